/// The version of VendorScore itself, written into evaluation records so an auditor can tell
/// which release produced a result.
///
/// ```swift
/// print("VendorScore \(VendorScoreVersion.current)")   // VendorScore 0.3.0
/// ```
public enum VendorScoreVersion {
    public static let current = "0.3.0"
}
