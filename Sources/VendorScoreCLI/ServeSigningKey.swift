import Foundation
import VendorScoreRecord
import VendorScoreServer

/// The key `vendorscore serve` signs closed tenders' records with: the one `--signing-key`
/// names; else, with SQLite, `signing.key` in the data folder, made at the first start (mode 600,
/// beside `signing.key.pub`) and read at every later one; else (PostgreSQL without a key) none.
enum ServeSigningKey {
    static let fileName = "signing.key"

    static func resolve(given: String?, location: StoreLocation, output: any TextOutput) throws -> RecordSigningKey? {
        if let given {
            let key = try KeyFile.privateKey(at: given)
            output.write(CLIMessages.signingKeyInUse(given, fingerprint: key.publicKey.fingerprint))
            return key
        }
        guard case .sqlite(let folder) = location else {
            output.write(CLIMessages.recordsUnsigned)
            return nil
        }
        let path = URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(fileName).path
        if FileManager.default.fileExists(atPath: path) {
            // Read through KeyFile, which refuses a key other users could read.
            let key = try KeyFile.privateKey(at: path)
            output.write(CLIMessages.signingKeyInUse(path, fingerprint: key.publicKey.fingerprint))
            return key
        }
        let key = RecordSigningKey.generate()
        try AtomicFile.save(bytes: Array(key.pem.utf8), to: path, permissions: KeyFile.privatePermissions)
        try AtomicFile.save(bytes: Array(key.publicKey.pem.utf8), to: path + ".pub", permissions: KeyFile.publicPermissions)
        output.write(CLIMessages.signingKeyCreated(path, fingerprint: key.publicKey.fingerprint))
        return key
    }
}
