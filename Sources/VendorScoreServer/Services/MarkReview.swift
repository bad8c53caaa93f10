import VendorScoreCore
import VendorScoreWorkspace

/// Every sitting member's submitted marks, cell by cell, with each cell's spread and whether it
/// is flagged: more than the rubric's share of the criterion's maximum between the highest and
/// the lowest mark, the rule Core's committee scorer flags by (`committee.spread-flag-share`).
struct MarkReview: Sendable {
    let template: ScoreSheetTemplate
    let members: [VendorScoreWorkspace.CommitteeMember]
    let sheets: [UserID: ScoreSheet]
    let spreadFlagShare: Rational

    func marks(_ key: MarkKey) -> [Points] {
        members.compactMap { sheets[$0.user]?.marks[key] }
    }

    func spread(_ key: MarkKey) -> Rational? {
        let values = marks(key).map(\.value)
        guard let high = values.max(), let low = values.min() else { return nil }
        return high - low
    }

    func isFlagged(_ key: MarkKey) -> Bool {
        guard let spread = spread(key), let criterion = template.criterion(key.criterion) else { return false }
        return spread > criterion.maximum.value * spreadFlagShare
    }
}
