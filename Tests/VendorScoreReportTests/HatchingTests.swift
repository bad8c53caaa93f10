import Foundation
import Testing
@testable import VendorScoreReport

/// Group fills are drawn as vector hatching cut to each shape, so print keeps them as vectors.
@Suite struct HatchingTests {
    /// Every coordinate in a path's data, in order.
    private func coordinates(_ data: String) -> [Double] {
        data.split(whereSeparator: { "MLa ".contains($0) }).compactMap { Double($0) }
    }

    @Test("Lines stay inside the shape, on a grid shared by neighbouring shapes",
          arguments: GroupPalette.Pattern.allCases.filter { $0 != .solid && $0 != .dots })
    func linesStayInside(pattern: GroupPalette.Pattern) throws {
        for (x, y, width, height) in [(0.0, 0.0, 8.0, 8.0), (13.3, 4.1, 57.9, 18.0), (100.0, 30.0, 3.0, 40.0)] {
            let data = GroupPalette.hatching(pattern, x: x, y: y, width: width, height: height)
            if width >= 8 && height >= 8 { #expect(!data.isEmpty) }
            let values = coordinates(data)
            #expect(values.count % 4 == 0)
            for (index, value) in values.enumerated() {
                let (low, high) = index % 2 == 0 ? (x, x + width) : (y, y + height)
                #expect(value >= low - 0.051 && value <= high + 0.051, "\(pattern) \(value) outside \(low)…\(high)")
            }
        }
        #expect(GroupPalette.hatching(pattern, x: 0, y: 0, width: 0, height: 10).isEmpty)
    }

    @Test func dotsAndSolid() {
        #expect(GroupPalette.hatching(.solid, x: 0, y: 0, width: 50, height: 50).isEmpty)
        let dots = GroupPalette.hatching(.dots, x: 0, y: 0, width: 16, height: 8)
        #expect(dots.components(separatedBy: "M").count - 1 == 4)
    }

    @Test func aRectIsItsColourThenItsMarks() {
        let palette = GroupPalette(groupCount: 2)
        #expect(palette.rect(0, x: 0, y: 0, width: 20, height: 10).count == 1)   // the first group is solid
        #expect(palette.rect(1, x: 0, y: 0, width: 20, height: 10).count == 2)
    }
}
