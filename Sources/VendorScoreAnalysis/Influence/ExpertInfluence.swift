import VendorScoreCore

/// Each committee member's influence on the ranking, found by re-running the real engine.
///
/// - **Without one member:** the bids with every mark of that evaluator removed are evaluated
///   again; the resulting ranking and whether the winner changes.
/// - **Swapping the first two:** for each member and subjective criterion, the smallest change of
///   that member's mark, in steps of ``markStep``, that puts the runner-up above the winner:
///   lowering the mark the winner got, or raising the mark the runner-up got (within 0 and the
///   criterion's maximum). A combined mark never falls when one mark rises, so the engine's
///   verdict is monotone in the change and a bisection over the steps finds the smallest one.
///
/// ```swift
/// let influence = try ExpertInfluence.analyse(rubric: rubric, bids: bids, evaluation: evaluation)
/// for member in influence.members { print(member.evaluator, member.winnerChanges) }
/// ```
public struct ExpertInfluence: Sendable {
    /// The grid of mark changes searched: 0.01 points.
    public static let markStep = Rational(1, 100)

    /// The ranking without one evaluator's marks.
    public struct WithoutMember: Sendable {
        public var evaluator: String
        /// Vendor ids in the new rank order, with their ranks; empty when the engine could not
        /// evaluate without this member (see ``failure``).
        public var ranking: [(vendor: String, rank: Int)]
        /// The engine's message when evaluation without the member fails (a trimmed mean left
        /// with fewer than three marks, a criterion left with none), worded by the output module.
        public var failure: Phrase?
        public var winner: String? { ranking.first?.vendor }
    }

    /// Whose mark moves in a swap.
    public enum Target: String, Sendable {
        /// The mark the winner received is lowered.
        case lowerWinner = "lower-winner"
        /// The mark the runner-up received is raised.
        case raiseRunnerUp = "raise-runner-up"
    }

    /// The smallest change of one member's mark on one criterion that swaps winner and runner-up.
    public struct Swap: Sendable, Hashable {
        public var evaluator: String
        public var criterion: String
        public var target: Target
        /// The mark as given.
        public var from: Rational
        /// The mark that swaps the two.
        public var to: Rational
        public var change: Rational { to - from }
    }

    public var winner: String
    public var runnerUp: String
    /// Evaluator ids in sorted order.
    public var evaluators: [String]
    public var members: [WithoutMember]
    /// For every member and subjective criterion, the smallest swapping change when one exists
    /// within the mark range, sorted by size of change, then evaluator, criterion, target.
    public var swaps: [Swap]

    /// The members whose absence changes the winner.
    public var decisiveMembers: [String] { members.filter { $0.winner != nil && $0.winner != winner }.map(\.evaluator) }

    /// Re-runs the engine on `bids` (the bids `evaluation` was made from, with the evaluation's
    /// tender file and its mark corrections) for every member.
    public static func analyse(rubric: Rubric, bids: [Bid], evaluation: Evaluation) throws(AnalysisError) -> ExpertInfluence {
        let table = try PerformanceTable(evaluation)
        let rerun = Rerun(rubric: rubric, bids: bids, evaluation: evaluation)
        let bids = rerun.bids
        let (winner, runnerUp) = (table.vendors[0], table.vendors[1])
        let evaluators = Set(bids.flatMap { $0.evaluatorScores.values.flatMap(\.keys) }).sorted()
        let members = evaluators.map { evaluator in
            let reduced = bids.map { bid in
                var copy = bid
                copy.evaluatorScores = copy.evaluatorScores.mapValues { $0.filter { $0.key != evaluator } }.filter { !$0.value.isEmpty }
                return copy
            }
            do throws(ScorerError) {
                let result = try rerun.evaluate(reduced)
                guard result.isRanked else {
                    return WithoutMember(evaluator: evaluator, ranking: [], failure: AnalysisMessages.notRanked)
                }
                return WithoutMember(evaluator: evaluator, ranking: result.qualified.map { ($0.id, $0.rank ?? 0) }, failure: nil)
            } catch {
                return WithoutMember(evaluator: evaluator, ranking: [], failure: error.message)
            }
        }
        var swaps: [Swap] = []
        for criterion in rubric.criteria where criterion.scorerID == CommitteeScorer.id {
            for evaluator in evaluators {
                for target in [Target.lowerWinner, .raiseRunnerUp] {
                    if let swap = smallestSwap(rerun, criterion: criterion, evaluator: evaluator,
                                               target: target, winner: winner, runnerUp: runnerUp) {
                        swaps.append(swap)
                    }
                }
            }
        }
        swaps.sort { a, b in
            let (x, y) = (a.change.absolute, b.change.absolute)
            if x != y { return x < y }
            return (a.evaluator, a.criterion, a.target.rawValue) < (b.evaluator, b.criterion, b.target.rawValue)
        }
        return ExpertInfluence(winner: winner, runnerUp: runnerUp, evaluators: evaluators, members: members, swaps: swaps)
    }

    /// Bisection over the 0.01 grid between the mark as given and the end of the range.
    static func smallestSwap(_ rerun: Rerun, criterion: Criterion, evaluator: String, target: Target,
                             winner: String, runnerUp: String) -> Swap? {
        let bids = rerun.bids
        let vendor = target == .lowerWinner ? winner : runnerUp
        guard let index = bids.firstIndex(where: { $0.id == vendor }),
              let mark = bids[index].evaluatorScores[criterion.id]?[evaluator]?.points else { return nil }
        let end = target == .lowerWinner ? Rational.zero : criterion.maximum
        let steps = Int(((end - mark) / markStep).magnitudeFloor)
        guard steps > 0 else { return nil }
        let sign = target == .lowerWinner ? Rational(-1) : Rational.one
        func markAt(_ step: Int) -> Rational { step == steps ? end : mark + sign * markStep * Rational(step) }
        func swapped(_ step: Int) -> Bool {
            var changed = bids
            changed[index].evaluatorScores[criterion.id]?[evaluator]?.points = markAt(step)
            guard let result = try? rerun.evaluate(changed), result.isRanked,
                  let first = result.vendor(runnerUp)?.rank, let second = result.vendor(winner)?.rank else { return false }
            // A tie (并列) is not yet a swap: the runner-up must rank strictly above.
            return first < second
        }
        guard swapped(steps) else { return nil }
        var (low, high) = (0, steps)   // swapped(high) holds, swapped(low) does not
        while high - low > 1 {
            let middle = (low + high) / 2
            if swapped(middle) { high = middle } else { low = middle }
        }
        return Swap(evaluator: evaluator, criterion: criterion.id, target: target, from: mark, to: markAt(high))
    }
}

extension Rational {
    /// The largest integer not above the magnitude.
    var magnitudeFloor: Int128 {
        let magnitude = isNegative ? -self : self
        // Marks and points are far inside Int128; a value beyond it has no meaningful grid step.
        return magnitude.rounded(RoundingRule(mode: .down, decimals: 0)).int128Parts?.numerator ?? .max
    }

    /// The value without its sign.
    var absolute: Rational { isNegative ? -self : self }
}
