import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import VendorScoreCore
import VendorScoreOutput

/// Reads key files, refusing a private key that other users can read or change.
///
/// ```swift
/// let key = try KeyFile.privateKey(at: "committee.key")   // fails unless mode is 0600 or 0400
/// let expected = try KeyFile.publicKey(at: "committee.pub")
/// ```
public enum KeyFile {
    /// The permissions a private key file is written with: owner read and write only.
    public static let privatePermissions: mode_t = 0o600
    public static let publicPermissions: mode_t = 0o644

    public static func privateKey(at path: String) throws(KeyFileError) -> RecordSigningKey {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw KeyFileError(RecordMessages.unreadableKey(path, reason: UnreadableFile.reason(path)))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw KeyFileError(RecordMessages.keyNotARegularFile(path))
        }
        // A public key given where the private one belongs is named as such, whatever its mode.
        if let data = FileManager.default.contents(atPath: path),
           String(decoding: data, as: UTF8.self).contains("-----BEGIN \(RecordPublicKey.label)-----") {
            throw KeyFileError(RecordMessages.publicKeyForSigning(path), hint: RecordMessages.privateKeyHint(path))
        }
        let exposed = status.st_mode & 0o077
        guard exposed == 0 else {
            let mode = String(status.st_mode & 0o777, radix: 8)
            throw KeyFileError(RecordMessages.exposedKey(path, mode: mode), hint: RecordMessages.chmodHint(path))
        }
        return try RecordSigningKey(pem: try text(at: path), file: path)
    }

    public static func publicKey(at path: String) throws(KeyFileError) -> RecordPublicKey {
        try RecordPublicKey(pem: try text(at: path), file: path)
    }

    private static func text(at path: String) throws(KeyFileError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KeyFileError(RecordMessages.unreadableKey(path, reason: UnreadableFile.reason(path)))
        }
        guard let text = String(data: data, encoding: .utf8) else { throw KeyFileError(RecordMessages.notPEMText(path)) }
        return text
    }
}
