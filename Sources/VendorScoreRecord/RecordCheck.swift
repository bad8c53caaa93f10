import VendorScoreCore

/// Reads a record file and checks that it is intact: a known format, every sealed part matching
/// its digest and the seal, the embedded inputs matching their SHA-256, a signature (when there is
/// one) matching the seal, and its numbers agreeing with one another (``RecordConsistency``).
/// A file re-formatted since (pretty-printed, say) is intact when all of that holds, and says so.
///
/// An intact record proves nothing about the result yet; ``RecordComparison`` re-runs it.
///
/// ```swift
/// switch RecordCheck.read(bytes) {
/// case .success(let intact): print("sealed", intact.record.seal)
/// case .failure(let damaged): for problem in damaged.problems { print(problem.text(.zh)) }
/// }
/// ```
public enum RecordCheck {
    /// A record that passed every check, with its embedded inputs decoded.
    public struct Intact: Sendable {
        public var record: EvaluationRecord
        public var rubric: [UInt8]
        public var bids: [UInt8]
        /// The embedded tender file, when the evaluation had one.
        public var tender: [UInt8]?
        /// The file's layout differs from the canonical form (pretty-printed, say) while every
        /// part still matches the seal: the content is intact.
        public var reformatted: Bool

        /// The embedded inputs as files under the names the record gives them, ready to re-run.
        public var rubricFile: SealedRecord.SourceFile {
            SealedRecord.SourceFile(path: record.sealed.inputs.rubric.name, bytes: rubric)
        }
        public var bidsFile: SealedRecord.SourceFile {
            SealedRecord.SourceFile(path: record.sealed.inputs.bids.name, bytes: bids)
        }
        public var tenderFile: SealedRecord.SourceFile? {
            guard let input = record.sealed.inputs.tender, let tender else { return nil }
            return SealedRecord.SourceFile(path: input.name, bytes: tender)
        }
    }

    /// One thing wrong with a record, and the part it concerns.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// `file`, `format`, `seal`, `sealed.findings`, `sealed.inputs.bids`, `digests.scorers`, `signature`…
        public var part: String
        public var message: LocalizedText

        /// `part: message`, in `language`.
        public func text(_ language: Language) -> String { "\(part): \(message.text(preferring: language))" }
        public var description: String { text(.en) }
    }

    /// Everything wrong with a damaged or edited record.
    public struct Damaged: Error, Sendable {
        public var problems: [Problem]
    }

    private struct FormatOnly: Decodable {
        var format: String?
    }

    public static func read(_ bytes: [UInt8]) -> Result<Intact, Damaged> {
        func damaged(_ part: String, _ message: LocalizedText) -> Result<Intact, Damaged> {
            .failure(Damaged(problems: [Problem(part: part, message: message)]))
        }
        if case .success(let found) = CanonicalJSON.decode(FormatOnly.self, from: bytes), let format = found.format,
           format != EvaluationRecord.format {
            return damaged("format", RecordMessages.unsupportedFormat(format))
        }
        let record: EvaluationRecord
        switch CanonicalJSON.decode(EvaluationRecord.self, from: bytes) {
        case .success(let decoded): record = decoded
        case .failure(let problem): return damaged("file", RecordMessages.unreadable("\(problem)"))
        }

        var problems: [Problem] = []
        if record.sealed.recordFormat != record.format {
            problems.append(Problem(part: "sealed.record_format",
                                    message: RecordMessages.formatDisagrees(sealed: record.sealed.recordFormat, file: record.format)))
        }
        let encoded = record.sealed.encoded
        let changed = record.digests.changedParts(comparedWith: encoded.digests)
        if encoded.seal != record.seal {
            for part in changed {
                problems.append(Problem(part: "sealed.\(part.part)",
                                        message: RecordMessages.changedAfterSealing(actual: part.actual, recorded: part.recorded)))
            }
            if changed.isEmpty {
                problems.append(Problem(part: "seal", message: RecordMessages.sealEdited))
            }
        } else {
            for part in changed {
                problems.append(Problem(part: "digests.\(part.part)",
                                        message: RecordMessages.digestEdited(actual: part.actual, recorded: part.recorded)))
            }
        }
        let rubric = embedded(record.sealed.inputs.rubric, role: .rubric, problems: &problems)
        let bids = embedded(record.sealed.inputs.bids, role: .bids, problems: &problems)
        let tender = record.sealed.inputs.tender.flatMap { embedded($0, role: .tender, problems: &problems) }
        if let signature = record.signature {
            do {
                try signature.verify(seal: record.seal, format: record.format)
            } catch {
                problems.append(Problem(part: "signature", message: error.message))
            }
        }
        // Numbers that do not add up betray an edit that was re-sealed afterwards.
        if problems.isEmpty { problems += RecordConsistency.problems(in: record.sealed) }
        // The seal never depends on layout: a re-formatted file whose every part matches is intact.
        let reformatted = record.fileBytes(sealedBytes: encoded.bytes) != bytes
        guard problems.isEmpty, let rubric, let bids else { return .failure(Damaged(problems: problems)) }
        return .success(Intact(record: record, rubric: rubric, bids: bids, tender: tender, reformatted: reformatted))
    }

    /// What `verify` says of a re-formatted, intact record.
    ///
    /// ```swift
    /// if case .success(let intact) = RecordCheck.read(bytes), intact.reformatted {
    ///     print(RecordCheck.reformattedNote.text(preferring: .zh))
    /// }
    /// ```
    public static let reformattedNote = RecordMessages.reformatted

    private static func embedded(_ input: RecordedInput, role: RecordedInput.Role, problems: inout [Problem]) -> [UInt8]? {
        let part = "sealed.inputs.\(role.rawValue)"
        guard input.name == RecordedInput.name(role: role, format: input.format), role == .bids || input.format == .yaml else {
            problems.append(Problem(part: part, message: RecordMessages.inputName(input.name, format: input.format.rawValue, role: role.rawValue)))
            return nil
        }
        guard let bytes = input.bytes else {
            problems.append(Problem(part: part, message: RecordMessages.notBase64))
            return nil
        }
        let digest = SHA256Hex.of(bytes)
        guard bytes.count == input.size, digest == input.sha256 else {
            problems.append(Problem(part: part, message: RecordMessages.embeddedBytes(count: bytes.count, digest: digest, size: input.size,
                                                                                       sha256: input.sha256)))
            return nil
        }
        return bytes
    }
}
