// vendorscore-store-bench: many experts submitting score sheets at once against one store.
//
//   vendorscore-store-bench --sqlite DIR [--writers 50 --bids 14 --criteria 10]
//   vendorscore-store-bench --postgres URL [...]     (works in a new schema, dropped afterwards)
//   vendorscore-store-bench (--sqlite DIR | --postgres URL) --seed-closed N [--bids 14 --criteria 10]
//
// With --seed-closed the store itself (DIR as a data folder, or the URL's database) gets N closed
// tenders and is kept, for timing the workspace's tender list (Benchmarks/workspace-http.sh).
//
// Each writer saves a full draft sheet and then submits it: two transactions of bids × criteria
// marks each, all writers at once. Afterwards every sheet, mark and log row is counted (none may
// be lost or duplicated) and the log chain verified. Prints latency percentiles per save and the
// throughput. Exit status 1 when anything is missing or duplicated.
import Foundation
import PostgresNIO
import VendorScoreCore
import VendorScoreStore
import VendorScoreWorkspace

struct Options {
    var sqlite: String?
    var postgres: String?
    var writers = 50
    var bids = 14
    var criteria = 10
    var seedClosed: Int?

    init(_ arguments: [String]) {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { Self.usage("\(flag) needs a value") }
            switch flag {
            case "--sqlite": sqlite = value
            case "--postgres": postgres = value
            case "--writers": writers = Self.number(value)
            case "--bids": bids = Self.number(value)
            case "--criteria": criteria = Self.number(value)
            case "--seed-closed": seedClosed = Self.number(value)
            default: Self.usage("unknown option \(flag)")
            }
        }
        if (sqlite == nil) == (postgres == nil) { Self.usage("give exactly one of --sqlite DIR or --postgres URL") }
    }

    static func number(_ text: String) -> Int {
        guard let value = Int(text), value > 0 else { usage("'\(text)' is not a positive whole number") }
        return value
    }

    static func usage(_ problem: String) -> Never {
        FileHandle.standardError.write(Data("vendorscore-store-bench: \(problem)\nusage: vendorscore-store-bench (--sqlite DIR | --postgres URL) [--writers N] [--bids N] [--criteria N] [--seed-closed N]\n".utf8))
        exit(2)
    }
}

/// The wall clock, for timestamps in the benchmark's own data only.
struct SystemClock: WorkspaceClock {
    func now() -> Timestamp { Timestamp(millisecondsSince1970: Int64(Date().timeIntervalSince1970 * 1000)) }
}

struct Outcome {
    var latencies: [Duration]
    var wall: Duration
    var problems: [String]
}

func run(_ store: any WorkspaceStore, _ options: Options) async throws -> Outcome {
    let clock = SystemClock()
    let officer = User(id: UserID("officer"), username: "officer", displayName: "officer", roles: [.officer])
    _ = try await store.createUser(officer, passwordHash: "-", context: ActionContext(actor: nil, at: clock.now()))
    let experts = (1...options.writers).map { User(id: UserID("e\($0)"), username: "e\($0)", displayName: "e\($0)", roles: [.expert]) }
    for expert in experts { _ = try await store.createUser(expert, passwordHash: "-", context: ActionContext(actor: nil, at: clock.now())) }
    let context = ActionContext(actor: officer.id, at: clock.now())
    var revision = try await store.createTender(TenderID("bench"), title: "bench", context: context)
    let committee = Committee(members: experts.enumerated().map {
        CommitteeMember(memberID: "M\($0.offset + 1)", user: $0.element.id, name: $0.element.displayName, role: .expert, isLeader: $0.offset == 0)
    })
    revision = try await store.setCommittee(revision.ref, committee, expectedVersion: revision.version, context: context)
    for stage in [TenderStage.declarations, .complianceReview, .scoring] {
        revision = try await store.advance(revision.ref, to: stage, files: [], expectedVersion: revision.version, context: context)
    }
    let template = ScoreSheetTemplate(
        vendors: (1...options.bids).map { "vendor\($0)" },
        criteria: (1...options.criteria).map { SheetCriterion(id: "c\($0)", title: "c\($0)", maximum: Points("10")!) }
    )
    let ref = revision.ref
    let logBefore = try await store.lastLogRow()?.sequence ?? 0

    let started = ContinuousClock.now
    let latencies = try await withThrowingTaskGroup(of: [Duration].self) { group in
        for (index, expert) in experts.enumerated() {
            group.addTask {
                var sheet = ScoreSheet(member: expert.id)
                let marks = template.keys.enumerated().map { ($0.element, Points(Rational(Int128(($0.offset + index) % 21), 2))) }
                try sheet.saveDraft(Dictionary(uniqueKeysWithValues: marks), template: template)
                var times: [Duration] = []
                var start = ContinuousClock.now
                let draft = try await store.saveSheet(ref, sheet, expectedVersion: 0, expectedStage: .scoring, context: ActionContext(actor: expert.id, at: clock.now()))
                times.append(ContinuousClock.now - start)
                start = ContinuousClock.now
                _ = try await store.saveSheet(ref, try sheet.submitted(template: template), expectedVersion: draft.version, expectedStage: .scoring,
                                              context: ActionContext(actor: expert.id, at: clock.now()))
                times.append(ContinuousClock.now - start)
                return times
            }
        }
        return try await group.reduce(into: [Duration]()) { $0 += $1 }
    }
    let wall = ContinuousClock.now - started

    var problems: [String] = []
    let sheets = try await store.scoreSheets(ref)
    let cells = template.keys.count
    if sheets.count != experts.count { problems.append("\(sheets.count) sheets stored, expected \(experts.count)") }
    for stored in sheets where !stored.sheet.isSubmitted || stored.sheet.marks.count != cells || stored.version != 2 {
        problems.append("sheet of \(stored.sheet.member): submitted \(stored.sheet.isSubmitted), \(stored.sheet.marks.count) marks, version \(stored.version)")
    }
    let logAfter = try await store.lastLogRow()?.sequence ?? 0
    if logAfter - logBefore != Int64(2 * experts.count) { problems.append("\(logAfter - logBefore) log rows for \(2 * experts.count) saves") }
    if case .broken(let broken) = try await store.verifyLog() { problems.append("\(broken)") }
    print("stored: \(sheets.count) sheets, \(sheets.reduce(0) { $0 + $1.sheet.marks.count }) marks, \(logAfter - logBefore) log rows for the saves")
    return Outcome(latencies: latencies, wall: wall, problems: problems)
}

func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
}

func report(_ outcome: Outcome, _ options: Options, backend: String) {
    let sorted = outcome.latencies.sorted()
    func percentile(_ p: Double) -> Duration { sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)] }
    let (seconds, attoseconds) = outcome.wall.components
    let wallSeconds = Double(seconds) + Double(attoseconds) / 1e18
    print("""
        \(backend): \(options.writers) writers × \(options.bids * options.criteria) marks, draft + submit each (\(sorted.count) saves)
          save latency: p50 \(milliseconds(percentile(0.5))) ms, p99 \(milliseconds(percentile(0.99))) ms, max \(milliseconds(sorted.last!)) ms
          wall \(String(format: "%.2f", wallSeconds)) s, \(String(format: "%.0f", Double(sorted.count) / wallSeconds)) saves/s, \
        \(String(format: "%.0f", Double(sorted.count * options.bids * options.criteria) / wallSeconds)) marks/s
        """)
    if outcome.problems.isEmpty {
        print("  check: every sheet and mark stored once, log chain intact")
    } else {
        for problem in outcome.problems { print("  PROBLEM: \(problem)") }
    }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
if let count = options.seedClosed {
    do {
        let seed = SeedClosed(count: count, bids: options.bids, criteria: options.criteria)
        if let folder = options.sqlite {
            try await seed.run(try SQLiteWorkspaceStore(directory: URL(filePath: folder)))
        } else {
            try await PostgresWorkspaceStore.withStore(url: options.postgres!) { store in try await seed.run(store) }
        }
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("vendorscore-store-bench: \(error)\n".utf8))
        exit(2)
    }
}
do {
    let outcome: Outcome
    let backend: String
    if let folder = options.sqlite {
        let directory = URL(filePath: folder).appending(path: "store-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        outcome = try await run(try SQLiteWorkspaceStore(directory: directory), options)
        backend = "SQLite (WAL)"
    } else {
        let writers = options.writers
        outcome = try await PostgresWorkspaceStore.withScratchSchema(url: options.postgres!, configure: { $0.options.maximumConnections = writers }) { store in
            try await run(store, options)
        }
        backend = "PostgreSQL"
    }
    report(outcome, options, backend: backend)
    exit(outcome.problems.isEmpty ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("vendorscore-store-bench: \(error)\n".utf8))
    exit(2)
}
