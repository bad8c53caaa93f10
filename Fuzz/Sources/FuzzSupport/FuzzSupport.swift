import GenericScorers
import ReliabilityScorers
import ScalabilityScorers
import SecurityScorers
import CostScorers
import VendorScoreCore

/// What every fuzz target shares: the built-in scorers, and the bytes libFuzzer hands over.
public enum FuzzSupport {
    public static let registry: ScorerRegistry = {
        do {
            return try ScorerRegistry([
                ScorerModule("GenericScorers", GenericScorers.all), ScorerModule("ReliabilityScorers", ReliabilityScorers.all),
                ScorerModule("ScalabilityScorers", ScalabilityScorers.all), ScorerModule("SecurityScorers", SecurityScorers.all),
                ScorerModule("CostScorers", CostScorers.all),
            ])
        } catch {
            fatalError("the built-in scorers do not register: \(error)")
        }
    }()

    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }
}
