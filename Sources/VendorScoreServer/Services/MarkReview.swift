import VendorScoreCore
import VendorScoreWorkspace

/// Every sitting member's submitted marks, cell by cell, with each cell's spread and whether it
/// is flagged by the rubric's committee policy, the same rule the engine's committee scorer uses.
struct MarkReview: Sendable {
    let template: ScoreSheetTemplate
    let members: [VendorScoreWorkspace.CommitteeMember]
    let sheets: [UserID: ScoreSheet]
    let committee: CommitteePolicy

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
        return committee.isFlagged(spread: spread, maximum: criterion.maximum.value)
    }
}
