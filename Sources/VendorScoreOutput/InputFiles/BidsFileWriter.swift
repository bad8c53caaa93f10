import VendorScoreCore

/// Writes bids as a `vendorscore/bids@1` YAML file that loads back to the same bids: the same
/// ids, names, prices, declarations, facts and committee marks. A place that collects the
/// committee's marks itself (such as the workspace) writes them into the bids with `marks`.
///
/// ```swift
/// let yaml = BidsFileWriter(tender: "gov-cloud-2026").yaml(bids, marks: ["inspur": ["design": ["E1": 8]]])
/// let again = try BidsLoader().load(bytes: Array(yaml.utf8), file: "bids.yaml")
/// ```
public struct BidsFileWriter: Sendable {
    /// Marks by vendor id, then criterion id, then member id.
    public typealias Marks = [String: [String: [String: Rational]]]

    /// The tender (rubric id) the bids are for, written as `tender:` when given.
    public var tender: String?

    public init(tender: String? = nil) {
        self.tender = tender
    }

    /// The bids in vendor-id order. With `marks`, every vendor's committee marks are those given
    /// (a vendor missing from `marks` has none); without, the bids' own marks are written.
    public func yaml(_ bids: [Bid], marks: Marks? = nil) -> String {
        var text = "format: \(BidsLoader.format)\n"
        if let tender { text += "tender: \(YAMLText.quoted(tender))\n" }
        text += "bids:\n"
        for bid in bids.sorted(by: { $0.id < $1.id }) {
            text += "  - id: \(YAMLText.quoted(bid.id))\n"
            text += "    name: \(YAMLText.quoted(bid.name))\n"
            text += "    price: \(YAMLText.number(bid.price))\n"
            let declarations = declarationPairs(bid.declarations)
            if !declarations.isEmpty {
                text += "    declarations:\n" + declarations.map { "      \($0.key): \($0.value)\n" }.joined()
            }
            if !bid.facts.isEmpty {
                text += "    facts:\n"
                for (name, fact) in bid.facts {
                    text += "      \(YAMLText.quoted(name)): \(YAMLText.fact(fact.value))\n"
                }
            }
            let scores = marks.map { $0[bid.id] ?? [:] } ?? bid.evaluatorScores.mapValues { $0.mapValues(\.points) }
            let criteria = scores.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
            if !criteria.isEmpty {
                text += "    scores:\n"
                for (criterion, byMember) in criteria {
                    text += "      \(YAMLText.quoted(criterion)):\n"
                    for (member, points) in byMember.sorted(by: { $0.key < $1.key }) {
                        text += "        \(YAMLText.quoted(member)): \(YAMLText.number(points))\n"
                    }
                }
            }
        }
        return text
    }

    private func declarationPairs(_ declarations: Declarations) -> [(key: String, value: String)] {
        var pairs: [(String, String)] = []
        if let size = declarations.enterpriseSize { pairs.append(("enterprise_size", size.rawValue)) }
        if let share = declarations.smallEnterpriseShare { pairs.append(("small_share", YAMLText.number(share) + "%")) }
        if let share = declarations.domesticShare { pairs.append(("domestic_share", YAMLText.number(share) + "%")) }
        return pairs
    }
}
