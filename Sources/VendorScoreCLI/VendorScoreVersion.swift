import VendorScoreCore

/// The version of VendorScore, written into reports so a reader knows what produced them. It is
/// ``VendorScoreCore/VendorScoreVersion/current``, the one evaluation records carry too.
///
/// ```swift
/// print("vendorscore \(vendorScoreVersion)")
/// ```
public let vendorScoreVersion = VendorScoreVersion.current
