@testable import VendorScoreYAML

extension YAMLNode {
    /// The node written out with its marks, styles and tags, to compare nodes built different
    /// ways (recorded, streamed, parsed in pieces) in one expectation.
    var shape: String {
        let head = "\(mark)\(tag.map { " " + $0 } ?? "")"
        switch content {
        case .scalar(let text, let style): return "\(head) \(style) '\(text)'"
        case .sequence(let items): return "\(head) [" + items.map(\.shape).joined(separator: ", ") + "]"
        case .mapping(let pairs): return "\(head) {" + pairs.map { $0.key.shape + ": " + $0.value.shape }.joined(separator: ", ") + "}"
        }
    }
}
