/// A parameter mapping names to points, such as `{云计算服务安全评估: 3, 密评: 2}`: every value
/// is points within the criterion's maximum, and an error is located at the offending value.
///
/// ```swift
/// let table = try PointsTable("points", in: parameters)
/// let earned = table.dictionary["密评"] ?? .zero
/// ```
public struct PointsTable: Sendable {
    public struct Entry: Sendable {
        public let key: String
        public let points: Rational
        /// Where the key is written, for errors about the key itself.
        public let keyNode: YAMLNode
    }

    /// Entries in document order.
    public let entries: [Entry]

    public init(_ name: String, in parameters: ScorerParameters) throws(ScorerError) {
        let values = try parameters.table(name)
        let pairs = parameters.node(name)?.mappingValue ?? []
        var entries: [Entry] = []
        for (entry, pair) in zip(values, pairs) {
            guard case .number(let points) = entry.value else {
                throw parameters.error(Messages.expected(.points, found: Messages.quoted(entry.value.description)), at: pair.value,
                                       path: "\(name).\(entry.key)")
            }
            guard points <= parameters.maximum else {
                throw parameters.error(Messages.pointsExceed(points, maximum: parameters.maximum),
                                       at: pair.value, path: "\(name).\(entry.key)")
            }
            entries.append(Entry(key: entry.key, points: points, keyNode: pair.key))
        }
        self.entries = entries
    }

    /// Points by key.
    public var dictionary: [String: Rational] {
        Dictionary(entries.map { ($0.key, $0.points) }, uniquingKeysWith: { first, _ in first })
    }
}
