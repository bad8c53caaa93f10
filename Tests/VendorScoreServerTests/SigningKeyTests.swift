import Foundation
import HTTPTypes
import Testing
@testable import VendorScoreCLI
import VendorScoreCore
import VendorScoreRecord
@testable import VendorScoreServer

/// The workspace signs the record it freezes at closing and offers its public key, so that
/// `vendorscore verify RECORD --public-key KEY` says both "reproduced" and "valid signature".
@Suite struct SigningKeyTests {
    static func temporaryFile(_ bytes: [UInt8], _ suffix: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vendorscore-\(UUID().uuidString)\(suffix)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func verify(_ arguments: [String]) throws -> (status: Int32, text: String) {
        let output = OutputBuffer(), errors = OutputBuffer()
        let status = VendorScoreCLI.run(arguments: ["verify"] + arguments,
                                        in: CommandEnvironment(registry: try ScorerRegistry(builtinModules), output: output, errors: errors))
        return (status, output.text + errors.text)
    }

    @Test func theClosedRecordIsSignedAndVerifiesWithTheServedPublicKey() async throws {
        try await LiveWorkspace.run { client in
            let scenario = try await CommitteeScenario.make(client)
            try await scenario.walk(to: .closed)
            // Anyone may fetch the public key; it is the server's, by fingerprint.
            let served = try await client.send(.get, "/api/v1/signing-key")
            #expect(served.status == .ok)
            #expect(served.headers[SigningKeyRoutes.fingerprintHeader] == LiveWorkspace.signingKey.publicKey.fingerprint)
            #expect(served.text == LiveWorkspace.signingKey.publicKey.pem)
            #expect(try await client.send(.get, "/signing-key.pem").text == served.text)

            let record = Array(buffer: try await client.api(.get, "/api/v1/tenders/GC-1/files/record", session: scenario.supervisor).body)
            let recordPath = try Self.temporaryFile(record, ".record.json")
            let keyPath = try Self.temporaryFile(Array(served.text.utf8), ".pub")
            let otherPath = try Self.temporaryFile(Array(RecordSigningKey.generate().publicKey.pem.utf8), ".pub")
            defer { for path in [recordPath, keyPath, otherPath] { try? FileManager.default.removeItem(atPath: path) } }

            let verified = try Self.verify([recordPath, "--public-key", keyPath])
            #expect(verified.status == 0, "\(verified.text)")
            #expect(verified.text.contains("reproduced"), "\(verified.text)")
            #expect(verified.text.contains("valid Ed25519 signature by key \(LiveWorkspace.signingKey.publicKey.fingerprint)"), "\(verified.text)")
            // Another key is refused: the signature is the server's and nobody else's.
            #expect(try Self.verify([recordPath, "--public-key", otherPath]).status != 0)

            let page = try await client.send(.get, "/tenders/GC-1/result", session: scenario.supervisor)
            #expect(page.text.contains("/signing-key.pem") && page.text.contains(LiveWorkspace.signingKey.publicKey.fingerprint))
        }
    }

    @Test func withoutAKeyRecordsAreSealedButUnsignedAndNoKeyIsServed() async throws {
        try await LiveWorkspace.run({ $0.signingKey = nil }) { client in
            let scenario = try await CommitteeScenario.make(client)
            try await scenario.walk(to: .closed)
            #expect(try await client.send(.get, "/api/v1/signing-key").status == .notFound)
            let record = try await client.api(.get, "/api/v1/tenders/GC-1/files/record", session: scenario.supervisor).text
            #expect(record.contains(#""signature":null"#))
        }
    }

    @Test func serveMakesItsKeyInTheDataFolderOnceWithMode600() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vendorscore-key-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = OutputBuffer()
        let made = try #require(try ServeSigningKey.resolve(given: nil, location: .sqlite(folder: folder), output: first, in: .en))
        #expect(first.text.contains("Created"))
        let path = folder + "/signing.key"
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try KeyFile.publicKey(at: path + ".pub") == made.publicKey)
        // The second start reads the same key rather than making another.
        let again = try #require(try ServeSigningKey.resolve(given: nil, location: .sqlite(folder: folder), output: OutputBuffer(), in: .en))
        #expect(again.publicKey == made.publicKey)
        // A key other users can read is refused, as for `evaluate --sign`.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(throws: KeyFileError.self) { _ = try ServeSigningKey.resolve(given: nil, location: .sqlite(folder: folder), output: OutputBuffer(), in: .en) }
        // PostgreSQL without --signing-key: no key, and a line saying so.
        let unsigned = OutputBuffer()
        #expect(try ServeSigningKey.resolve(given: nil, location: .postgres(url: "postgresql://x@127.0.0.1/x"), output: unsigned, in: .en) == nil)
        #expect(unsigned.text.contains("not signed"))
    }

    @Test func serveSaysWhichKeySignsInChinese() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vendorscore-key-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = OutputBuffer()
        let made = try #require(try ServeSigningKey.resolve(given: nil, location: .sqlite(folder: folder), output: first, in: .zh))
        let path = folder + "/signing.key"
        #expect(first.text == "已创建工作台的签名密钥 \(path)（权限 600）及其公钥 \(path).pub；指纹 \(made.publicKey.fingerprint)。\n")
        let again = OutputBuffer()
        _ = try ServeSigningKey.resolve(given: nil, location: .sqlite(folder: folder), output: again, in: .zh)
        #expect(again.text == "记录用 \(path) 签名；指纹 \(made.publicKey.fingerprint)（公钥位于 /signing-key.pem）。\n")
        let unsigned = OutputBuffer()
        _ = try ServeSigningKey.resolve(given: nil, location: .postgres(url: "postgresql://x:secret@127.0.0.1/x"), output: unsigned, in: .zh)
        #expect(unsigned.text.hasPrefix("记录已封存但未签名"))
    }
}
