import Crypto

/// The input files a report names in its footer, each with the SHA-256 of its bytes, so a reader
/// can check that a report belongs to a given rubric, bids file and tender file.
///
/// Hash the bytes that were evaluated, not a second read of the file:
///
/// ```swift
/// let inputs = ReportInputs(rubric: .init(path: "rubric.yaml", bytes: rubricBytes),
///                           bids: .init(path: "bids.yaml", bytes: bidsBytes),
///                           tender: .init(path: "tender.yaml", bytes: tenderBytes))
/// inputs.rubric.sha256   // "9f86d081884c7d65…"
/// ```
public struct ReportInputs: Sendable {
    /// One input file: its path as given and the SHA-256 of its contents, in lowercase hex.
    public struct File: Sendable, Hashable {
        public var path: String
        public var sha256: String

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            sha256 = SHA256.hash(data: bytes).map { byte in
                let digits = String(byte, radix: 16)
                return byte < 16 ? "0" + digits : digits
            }.joined()
        }

        /// A file whose hash was computed elsewhere (such as a sealed record).
        public init(path: String, sha256: String) {
            self.path = path
            self.sha256 = sha256
        }
    }

    public var rubric: File
    public var bids: File
    /// The tender file, when the evaluation read one.
    public var tender: File?

    public init(rubric: File, bids: File, tender: File? = nil) {
        self.rubric = rubric
        self.bids = bids
        self.tender = tender
    }
}
