/// One generated fact value, written the same way a person would write it in a bids file.
enum SyntheticValue {
    /// A plain scalar such as `99.95%`, `15min`, `true` or `12`.
    case scalar(String)
    /// A list, written `[a, b]` in YAML and `a | b` in CSV.
    case list([String])

    var yaml: String {
        switch self {
        case .scalar(let text): return text
        case .list(let items): return "[" + items.joined(separator: ", ") + "]"
        }
    }

    var csv: String {
        switch self {
        case .scalar(let text): return text
        case .list(let items): return items.joined(separator: " | ")
        }
    }
}
