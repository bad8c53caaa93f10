import Foundation
import Testing
import VendorScoreRecord

@Suite("Keys and signatures") struct SignatureTests {
    @Test("--sign given the public key says so")
    func signingWithThePublicKey() throws {
        let scratch = try Scratch()
        let key = scratch.path("committee.key")
        #expect(Run(["keygen", "--out", key]).status == 0)
        let run = Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--record", scratch.path("r.json"), "--sign", key + ".pub"])
        #expect(run.status == 2)
        #expect(run.errors.contains("key file \(key).pub holds a public key; signing needs the private key (give the private key, \(key), "))
        #expect(!run.errors.contains("chmod"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("r.json")))
    }

    @Test("keygen writes an owner-only private key and a public key, and never overwrites")
    func keygen() throws {
        let scratch = try Scratch()
        let key = scratch.path("committee.key")
        let run = Run(["keygen", "--out", key])
        #expect(run.status == 0)
        let publicKey = try KeyFile.publicKey(at: key + ".pub")
        #expect(run.output == """
            private key: \(key) (mode 600; keep it secret)
            public key:  \(key).pub (give it to the auditors)
            fingerprint: \(publicKey.fingerprint)

            """)
        #expect(try Self.permissions(key) == 0o600)
        #expect(try Self.permissions(key + ".pub") == 0o644)
        #expect(try KeyFile.privateKey(at: key).publicKey == publicKey)
        #expect(try String(contentsOfFile: key, encoding: .utf8).hasPrefix("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI"))
        #expect(try String(contentsOfFile: key + ".pub", encoding: .utf8).hasPrefix("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA"))

        let again = Run(["keygen", "--out", key])
        #expect(again.status == 2)
        #expect(again.errors == "error: \(key) already exists; keygen never overwrites a key "
                + "(choose another name with --out, or remove the old key pair yourself)\n")
        #expect(try KeyFile.privateKey(at: key).publicKey == publicKey)
    }

    @Test("keygen and the key checks speak Chinese with --lang zh")
    func inChinese() throws {
        let scratch = try Scratch()
        let key = scratch.path("committee.key")
        let run = Run(["keygen", "--out", key, "--lang", "zh"])
        #expect(run.status == 0)
        let fingerprint = try KeyFile.publicKey(at: key + ".pub").fingerprint
        #expect(run.output == "私钥：\(key)（权限 600；请妥善保密）\n公钥：\(key).pub（交给核验者）\n指纹：\(fingerprint)\n")
        #expect(Run(["keygen", "--out", key, "--lang", "zh"]).errors
                == "错误：\(key) 已存在；keygen 从不覆盖密钥（请用 --out 另取名称，或自行删除旧的密钥对）\n")
        let withPublic = Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--record", scratch.path("r.json"),
                              "--sign", key + ".pub", "--lang", "zh"])
        #expect(withPublic.status == 2)
        #expect(withPublic.errors.hasSuffix("错误：密钥文件 \(key).pub 存放的是公钥；签名需要私钥（请给出私钥 \(key)，并把 .pub 文件交给核验者）\n"))
        #expect(chmod(key, 0o644) == 0)
        let exposed = Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--record", scratch.path("r.json"), "--sign", key, "--lang", "zh"])
        #expect(exposed.errors.hasSuffix("错误：私钥文件 \(key) 可被其他用户读取或修改（权限 644）；拒绝使用（请运行 'chmod 600 \(key)'，使只有其所有者可读）\n"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("r.json")))
    }

    @Test("Sign, then verify with the signer's public key", arguments: ["yaml", "csv"])
    func roundTrip(format: String) throws {
        let scratch = try Scratch()
        let key = scratch.path("committee.key")
        #expect(Run(["keygen", "--out", key]).status == 0)
        let record = scratch.path("signed.json")
        let bids = format == "csv" ? Repository.bidsCSV : Repository.bidsYAML
        let evaluate = Run(["evaluate", Repository.rubric, bids, "--record", record, "--sign", key])
        #expect(evaluate.status == 0)
        let fingerprint = try KeyFile.publicKey(at: key + ".pub").fingerprint
        #expect(evaluate.errors.hasPrefix("record written to \(record), signed with key \(fingerprint); seal"))

        let signed = try intact(try scratch.bytes("signed.json")).record
        let signature = try #require(signed.signature)
        #expect(signature.algorithm == "ed25519")
        #expect(Data(base64Encoded: signature.value)?.count == 64)

        let verify = Run(["verify", record, "--public-key", key + ".pub"])
        #expect(verify.status == 0)
        #expect(verify.output.contains("  signature:  valid Ed25519 signature by key \(fingerprint), signed \(signature.signedAt); "
                                       + "it is the key in \(key).pub\n"))
        let unchecked = Run(["verify", record])
        #expect(unchecked.status == 0)
        #expect(unchecked.output.contains("; not compared with a known key (give --public-key)\n"))
    }

    @Test("A signature by another key is refused")
    func wrongKey() throws {
        let scratch = try Scratch()
        let (record, _) = try Self.signedRecord(in: scratch)
        #expect(Run(["keygen", "--out", scratch.path("other.key")]).status == 0)
        let run = Run(["verify", record, "--public-key", scratch.path("other.key.pub")])
        #expect(run.status == 2)
        let signer = try KeyFile.publicKey(at: scratch.path("committee.key.pub")).fingerprint
        let other = try KeyFile.publicKey(at: scratch.path("other.key.pub")).fingerprint
        #expect(run.output == "WRONG SIGNATURE: \(record) is signed by key \(signer), not by the key in "
                + "\(scratch.path("other.key.pub")) (\(other))\n")
    }

    @Test("A stripped signature leaves an intact but unsigned record, which --public-key refuses")
    func strippedSignature() throws {
        let scratch = try Scratch()
        let (path, key) = try Self.signedRecord(in: scratch)
        var record = try intact(try scratch.bytes("signed.json")).record
        record.signature = nil
        let stripped = try scratch.write(record.fileBytes, to: "stripped.json")
        let run = Run(["verify", stripped, "--public-key", key + ".pub"])
        #expect(run.status == 2)
        #expect(run.output == "SIGNATURE MISSING: \(stripped) is not signed, but --public-key \(key).pub requires a signature by that key\n")
        #expect(Run(["verify", stripped]).status == 0)
        #expect(Run(["verify", path, "--public-key", key + ".pub"]).status == 0)
    }

    @Test("Changing the signing time, the signature or its key is caught", arguments: ["signed_at", "value", "public_key"])
    func editedSignature(field: String) throws {
        let scratch = try Scratch()
        _ = try Self.signedRecord(in: scratch)
        var record = try intact(try scratch.bytes("signed.json")).record
        var signature = try #require(record.signature)
        switch field {
        case "signed_at": signature.signedAt = signature.signedAt.replacingOccurrences(of: "Z", with: ".5Z")
        case "value": signature.value = Self.flipFirstCharacter(signature.value)
        default: signature.publicKey = try KeyFile.privateKey(at: scratch.path("committee.key")).publicKey.base64 == signature.publicKey
            ? RecordSigningKey.generate().publicKey.base64 : signature.publicKey
        }
        record.signature = signature
        let run = Run(["verify", try scratch.write(record.fileBytes, to: "edited.json")])
        #expect(run.status == 2)
        #expect(run.output.contains("  signature: the signature does not match: the seal, the signing time or the signature was changed after signing\n")
                || run.output.contains("  signature: the signature value is not a 64-byte Ed25519 signature in base64\n"))
    }

    @Test("A one-character change anywhere in a signed record's signature is caught")
    func everyEditOfASignedRecordIsCaught() throws {
        let scratch = try Scratch()
        let key = scratch.path("committee.key")
        try #require(Run(["keygen", "--out", key]).status == 0)
        let bytes = try makeRecord(Fixture.rubric(in: scratch), Fixture.bids(in: scratch), in: scratch, modules: targetModules,
                                   extra: ["--sign", key])
        let start = try #require(String(decoding: bytes, as: UTF8.self).range(of: "\"signature\":{")).lowerBound.utf16Offset(in: String(decoding: bytes, as: UTF8.self))
        // Every byte of the signature block, where the seal does not reach.
        for position in start..<bytes.count {
            var edited = bytes
            // Neighbouring letters: in base64 they differ only in the lowest bit, which a lenient
            // decoder ignores in the last character.
            edited[position] = bytes[position] == UInt8(ascii: "A") ? UInt8(ascii: "B") : bytes[position] ^ 0x01
            let caught = VerifyTests.isDamaged(edited)
            #expect(caught, "byte \(position) went unnoticed")
        }
    }

    @Test("A private key others can read is refused, saying how to fix it", arguments: [0o644, 0o640, 0o604, 0o660] as [Int])
    func exposedKeyIsRefused(mode: Int) throws {
        let scratch = try Scratch()
        let key = scratch.path("committee.key")
        #expect(Run(["keygen", "--out", key]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: key)
        let run = Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--record", scratch.path("r.json"), "--sign", key])
        #expect(run.status == 2)
        #expect(run.errors == "error: private key file \(key) can be read or changed by other users (mode \(String(mode, radix: 8))); "
                + "refusing to use it (run 'chmod 600 \(key)' so only its owner can read it)\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("r.json")))
    }

    @Test("Usage: --sign needs --record, and bad key files are named")
    func usage() throws {
        let scratch = try Scratch()
        let run = Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--sign", "committee.key"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("Error: --sign needs --record FILE: the signature is stored in the record\n"))

        let notAKey = try scratch.write("hello\n", to: "notes.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: notAKey)
        let bad = Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--record", scratch.path("r.json"), "--sign", notAKey])
        #expect(bad.status == 2)
        #expect(bad.errors == "error: \(notAKey): expected an Ed25519 private key in a PEM 'PRIVATE KEY' block, found no PEM block "
                + "(create keys with 'vendorscore keygen --out FILE')\n")

        #expect(Run(["keygen", "--out", scratch.path("k")]).status == 0)
        let swapped = Run(["verify", scratch.path("r.json"), "--public-key", scratch.path("k")])
        #expect(swapped.status == 2)
        #expect(swapped.errors.contains("expected an Ed25519 public key in a PEM 'PUBLIC KEY' block, found -----BEGIN PRIVATE KEY-----"))
    }

    /// A record of the shipped example signed with a new key `committee.key`.
    static func signedRecord(in scratch: Scratch) throws -> (record: String, key: String) {
        let key = scratch.path("committee.key")
        try #require(Run(["keygen", "--out", key]).status == 0)
        let record = scratch.path("signed.json")
        try #require(Run(["evaluate", Repository.rubric, Repository.bidsYAML, "--record", record, "--sign", key]).status == 0)
        return (record, key)
    }

    static func permissions(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    static func flipFirstCharacter(_ text: String) -> String {
        (text.first == "A" ? "B" : "A") + text.dropFirst()
    }
}
