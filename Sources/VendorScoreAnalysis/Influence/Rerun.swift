import VendorScoreCore

/// The engine's inputs for re-running an evaluation with changed marks.
///
/// The tender file's mark corrections are applied to the bids once, here, and left out of the
/// tender handed back to the engine, so a changed mark is the mark scored, whether or not the
/// committee had corrected it.
struct Rerun: Sendable {
    let rubric: Rubric
    /// The bids as the engine scored them: corrections in place.
    let bids: [Bid]
    /// The evaluation's tender, without corrections (already applied); `nil` when there was none.
    let tender: Tender?

    init(rubric: Rubric, bids: [Bid], evaluation: Evaluation) {
        self.rubric = rubric
        var tender = evaluation.tender
        self.bids = tender?.decisions.applyingCorrections(to: bids) ?? bids
        tender?.decisions.corrections = []
        self.tender = tender
    }

    func evaluate(_ bids: [Bid]) throws(ScorerError) -> Evaluation {
        try Engine().evaluate(rubric: rubric, bids: bids, tender: tender, detail: .pointsOnly)
    }
}
