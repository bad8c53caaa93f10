import Testing
@testable import VendorScoreCore

@Suite("Phrase values")
struct PhraseValuesTests {
    @Test func keptInTheOrderOfTheirNamesBytes() {
        let values: PhraseValues = ["value": .number(1), "Zone": .id("a"), "fact": .fact("sla"), "数据": .written("x"), "b": .number(2)]
        #expect(values.map(\.key) == ["Zone", "b", "fact", "value", "数据"])
        #expect(values.count == 5)
    }

    @Test func aRepeatedNameKeepsItsLastValue() {
        let values: PhraseValues = ["a": .number(1), "b": .number(2), "a": .number(3)]
        #expect(values.map(\.key) == ["a", "b"])
        #expect(values["a"] == .number(3))
    }

    @Test func readAndChangedByName() {
        var values: PhraseValues = ["rule": .fact("x"), "fact": .fact("sla")]
        #expect(values["fact"] == .fact("sla"))
        #expect(values["missing"] == nil)
        values["fact"] = .fact("rto")
        values["added"] = .number(4)
        values["rule"] = nil
        values["missing"] = nil
        #expect(values.map(\.key) == ["added", "fact"])
        #expect(values["fact"] == .fact("rto") && values["added"] == .number(4))
    }

    @Test func equalWhateverOrderTheyWereWrittenIn() {
        let one: PhraseValues = ["a": .number(1), "b": .written("x")]
        let other = PhraseValues(["b": .written("x"), "a": .number(1)])
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        #expect(one != ["a": .number(1), "b": .written("y")])
        #expect(one != ["a": .number(1)])
        #expect(Phrase("m", one) == Phrase("m", ["b": .written("x"), "a": .number(1)]))
    }
}
