import VendorScoreCore
/// Why the workspace refuses a change to a tender's data. Each case's description is a message a
/// user reads (from ``WorkspaceMessages``).
public enum WorkspaceError: Error, Hashable, Sendable, CustomStringConvertible {
    case committee([CommitteeProblem])
    case declaration(DeclarationProblem)
    case mark(MarkProblem)
    case correction(CorrectionProblem)
    case decision(DecisionProblem)
    case dissentWithoutReasons
    case denied(DenialReason)

    public var description: String { text(in: .en) }
    /// The message in Chinese or English.
    public func text(in language: Language) -> String { WorkspaceMessages.error(self, language) }
}
