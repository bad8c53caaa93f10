import Foundation
import VendorScoreCore
import VendorScoreRecord
import VendorScoreServer

/// The key `vendorscore serve` signs closed tenders' records with: the one `--signing-key`
/// names; else, with SQLite, `signing.key` in the data folder, made at the first start (mode 600,
/// beside `signing.key.pub`) and read at every later one; else (PostgreSQL without a key) none.
enum ServeSigningKey {
    static let fileName = "signing.key"

    static func resolve(given: String?, location: StoreLocation, output: any TextOutput, in language: Language) throws -> RecordSigningKey? {
        if let given {
            let key = try KeyFile.privateKey(at: given)
            output.write(CLIMessages.Serve.signingKeyInUse(given, fingerprint: key.publicKey.fingerprint).text(preferring: language))
            return key
        }
        guard case .sqlite(let folder) = location else {
            output.write(CLIMessages.Serve.recordsUnsigned.text(preferring: language))
            return nil
        }
        let path = URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(fileName).path
        if FileManager.default.fileExists(atPath: path) {
            // Read through KeyFile, which refuses a key other users could read.
            let key = try KeyFile.privateKey(at: path)
            output.write(CLIMessages.Serve.signingKeyInUse(path, fingerprint: key.publicKey.fingerprint).text(preferring: language))
            return key
        }
        let key = RecordSigningKey.generate()
        try AtomicFile.save(bytes: Array(key.pem.utf8), to: path, permissions: KeyFile.privatePermissions)
        try AtomicFile.save(bytes: Array(key.publicKey.pem.utf8), to: path + ".pub", permissions: KeyFile.publicPermissions)
        output.write(CLIMessages.Serve.signingKeyCreated(path, fingerprint: key.publicKey.fingerprint).text(preferring: language))
        return key
    }
}
