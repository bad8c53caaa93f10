/// The version of VendorScore, written into reports so a reader knows what produced them.
///
/// ```swift
/// print("vendorscore \(vendorScoreVersion)")
/// ```
public let vendorScoreVersion = "0.1.0"
