import ArgumentParser
import Foundation
import VendorScoreCore
import VendorScoreRecord

/// `vendorscore keygen --out KEYFILE`: a new Ed25519 key pair for signing evaluation records.
struct KeygenCommand: RunnableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Create an Ed25519 key pair for signing evaluation records.",
        discussion: """
            Writes the private key to KEYFILE, readable and writable by its owner only (mode \
            600), and the public key to KEYFILE.pub. Both are PEM files that OpenSSL also reads \
            (PKCS #8 and SubjectPublicKeyInfo). Existing files are never overwritten.

            Keep the private key with whoever signs for the committee; hand the public key to \
            the auditors, who check a record with 'vendorscore verify RECORD --public-key \
            KEYFILE.pub'. A private key file that other users can read is refused when signing.

            Example:
              vendorscore keygen --out committee.key
              vendorscore evaluate rubric.yaml bids.yaml --record tender.record.json --sign committee.key

            Exit status: 0 when both files were written; 2 when either exists or cannot be written.
            """
    )

    @Option(help: ArgumentHelp("Where to write the private key; the public key goes to the same name plus .pub.",
                               valueName: "keyfile"))
    var out: String

    @Option(name: .customLong("lang"), help: "The language of what keygen says: zh or en.")
    var language: OutputLanguage = .en

    var messageLanguage: Language { language.language }

    func execute(in environment: CommandEnvironment) throws -> ExitStatus {
        let publicPath = out + ".pub"
        for path in [out, publicPath] where FileManager.default.fileExists(atPath: path) {
            throw CLIMessages.keyExists(path)
        }
        let key = RecordSigningKey.generate()
        try AtomicFile.save(bytes: Array(key.pem.utf8), to: out, permissions: KeyFile.privatePermissions)
        try AtomicFile.save(bytes: Array(key.publicKey.pem.utf8), to: publicPath, permissions: KeyFile.publicPermissions)
        environment.output.write(CLIMessages.keysWritten(out, publicPath: publicPath, fingerprint: key.publicKey.fingerprint)
            .text(preferring: language.language))
        return .success
    }
}
