/// The command line's own messages about files, in one place.
enum CLIMessages {
    static func outputIsInput(output: (role: String, path: String), input: (role: String, path: String)) -> CommandError {
        let how = output.path == input.path ? "" : " (the same file by another name)"
        return CommandError("\(output.role) \(output.path) is the \(input.role) file \(input.path)\(how); writing it would destroy the input",
                            hint: "give \(output.role) another file name")
    }

    static func outputsCollide(_ first: (role: String, path: String), _ second: (role: String, path: String)) -> CommandError {
        CommandError("\(first.role) \(first.path) and \(second.role) \(second.path) are the same file; expected two different files")
    }

    static func cannotWrite(_ path: String, reason: String) -> CommandError {
        CommandError("cannot write \(path): \(reason)")
    }

    static func cannotWriteScratch(reason: String) -> CommandError {
        CommandError("cannot write a temporary file (for the record's sealed part): \(reason)",
                     hint: "make room in the temporary directory (TMPDIR), or set TMPDIR to a directory with room")
    }

    static func danglingLink(_ path: String, target: String) -> CommandError {
        CommandError("cannot write \(path): it is a symbolic link to \(target), which does not exist",
                     hint: "create \(target) first, or remove the link")
    }

    /// `serve`'s lines about the key it signs records with.
    static func signingKeyCreated(_ path: String, fingerprint: String) -> String {
        "Created the workspace's signing key \(path) (mode 600) and its public key \(path).pub; fingerprint \(fingerprint).\n"
    }

    static func signingKeyInUse(_ path: String, fingerprint: String) -> String {
        "Records are signed with \(path); fingerprint \(fingerprint) (public key at /signing-key.pem).\n"
    }

    static let recordsUnsigned = "Records are sealed but not signed: give --signing-key KEYFILE (from 'vendorscore keygen') to sign them.\n"
}
