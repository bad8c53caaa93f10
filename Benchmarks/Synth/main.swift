// vendorscore-synth: writes a deterministic synthetic rubric and bids for benchmarking.
//
//   vendorscore-synth OUTDIR [--bids N] [--seed S]
//
// Writes OUTDIR/rubric.yaml (40 criteria), OUTDIR/bids.yaml and OUTDIR/bids.csv (N bids × 40 facts,
// default 10,000, about 10 MB of YAML). The same arguments always give the same bytes.
import Foundation

func usage() -> Never {
    FileHandle.standardError.write(Data("usage: vendorscore-synth OUTDIR [--bids N] [--seed S]\n".utf8))
    exit(2)
}

func parseArguments(_ arguments: [String]) -> (directory: String, bids: Int, seed: UInt64) {
    var directory: String?
    var bids = 10_000
    var seed: UInt64 = 2026
    var index = 0
    while index < arguments.count {
        let argument = arguments[index]
        switch argument {
        case "--bids", "--seed":
            guard index + 1 < arguments.count else { usage() }
            let value = arguments[index + 1]
            if argument == "--bids" {
                guard let count = Int(value), count >= 1 else { usage() }
                bids = count
            } else {
                guard let number = UInt64(value) else { usage() }
                seed = number
            }
            index += 2
        case "-h", "--help":
            usage()
        default:
            guard directory == nil, !argument.hasPrefix("-") else { usage() }
            directory = argument
            index += 1
        }
    }
    guard let directory else { usage() }
    return (directory, bids, seed)
}

func write(_ text: String, to path: String) {
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    } catch {
        FileHandle.standardError.write(Data("vendorscore-synth: cannot write \(path): \(error)\n".utf8))
        exit(1)
    }
}

let options = parseArguments(Array(CommandLine.arguments.dropFirst()))
do {
    try FileManager.default.createDirectory(atPath: options.directory, withIntermediateDirectories: true)
} catch {
    FileHandle.standardError.write(Data("vendorscore-synth: cannot create \(options.directory): \(error)\n".utf8))
    exit(1)
}
let bids = SyntheticBids(count: options.bids, seed: options.seed)
write(SyntheticRubric.text, to: options.directory + "/rubric.yaml")
write(bids.yaml(), to: options.directory + "/bids.yaml")
write(bids.csv(), to: options.directory + "/bids.csv")
print("wrote \(options.directory)/rubric.yaml, bids.yaml and bids.csv (\(options.bids) bids × \(SyntheticFact.all.count) facts)")
