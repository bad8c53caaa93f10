// vendorscore-analysis-bench: times VendorScore's SMAA and TOPSIS on synthetic matrices, the
// computation only (matrix generation excluded), for Benchmarks/analysis.sh.
//
//   vendorscore-analysis-bench smaa [SAMPLES] [VENDORS] [CRITERIA]    default 1000000 14 20
//   vendorscore-analysis-bench topsis [ROWS] [COLUMNS] [REPEAT]       default 10000 50 5
//
// Prints one line: the seconds taken (the best of REPEAT runs for TOPSIS) and a checksum, so the
// work cannot be optimised away and runs can be compared.
import Foundation
import VendorScoreAnalysis

/// A reproducible matrix with values in [0, 1) and weights summing to 1.
func matrix(rows: Int, columns: Int) -> (values: [[Double]], weights: [Double]) {
    var generator = Xoshiro256StarStar(seed: 2026, block: 0)
    let values = (0..<rows).map { _ in (0..<columns).map { _ in generator.nextUnit() } }
    let raw = (0..<columns).map { _ in 0.5 + generator.nextUnit() }
    let sum = raw.reduce(0, +)
    return (values, raw.map { $0 / sum })
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

let arguments = Array(CommandLine.arguments.dropFirst())
func number(_ index: Int, _ fallback: Int) -> Int { arguments.count > index ? Int(arguments[index]) ?? fallback : fallback }

switch arguments.first {
case "smaa":
    let (samples, vendors, criteria) = (number(1, 1_000_000), number(2, 14), number(3, 20))
    let (values, weights) = matrix(rows: vendors, columns: criteria)
    let clock = ContinuousClock()
    var result: SMAA.Result?
    let elapsed = clock.measure {
        result = SMAA.run(performance: values, weights: weights, vendors: (0..<vendors).map { "v\($0)" },
                          criteria: (0..<criteria).map { "c\($0)" }, options: SMAA.Options(samples: samples, seed: 1))
    }
    let firsts = result!.rankCounts.map { $0[0] }
    print(String(format: "smaa %.4f s  samples %d  vendors %d  criteria %d  first-rank counts %@", seconds(elapsed), samples, vendors,
                 criteria, firsts.map(String.init).joined(separator: ",")))
case "topsis":
    let (rows, columns, repeats) = (number(1, 10_000), number(2, 50), number(3, 5))
    let (values, weights) = matrix(rows: rows, columns: columns)
    let decision = DecisionMatrix(values: values, weights: weights)
    let clock = ContinuousClock()
    var best = Double.infinity
    var checksum = 0.0
    for _ in 0..<repeats {
        var scores: [Double] = []
        let elapsed = clock.measure { scores = TOPSIS.scores(decision) }
        best = min(best, seconds(elapsed))
        checksum = scores.reduce(0, +)
    }
    print(String(format: "topsis %.6f s  rows %d  columns %d  checksum %.12f", best, rows, columns, checksum))
default:
    FileHandle.standardError.write(Data("usage: vendorscore-analysis-bench smaa [SAMPLES] [VENDORS] [CRITERIA] | topsis [ROWS] [COLUMNS] [REPEAT]\n".utf8))
    exit(2)
}
