import VendorScoreCore
import VendorScoreOutput

/// The record module's words: what a check finds wrong with a record, how a re-run differs from
/// it and why, in Chinese and English side by side, in one place. Ids, digests, paths and values
/// are quoted as they are.
///
/// ```swift
/// RecordMessages.totalSum(vendor: "inspur", recorded: "78.50", expected: "77.93").text(preferring: .zh)
/// // "供应商“inspur”：总分 78.50 不等于其记录的各评审因素得分之和（77.93）"
/// ```
enum RecordMessages {
    private static func text(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }

    // MARK: A record's own consistency

    static func unknownRounding(_ mode: String) -> LocalizedText {
        text("未知的舍入方式“\(mode)”", "unknown rounding mode '\(mode)'")
    }
    static func unreadableNumber(vendor: String, _ criterion: String, _ number: String) -> LocalizedText {
        text("供应商“\(vendor)”，评审因素 \(criterion)：“\(number)”不是精确的数", "vendor '\(vendor)', criterion \(criterion): '\(number)' is not an exact number")
    }
    static func groupSum(vendor: String, group: String, recorded: String, expected: String) -> LocalizedText {
        text("供应商“\(vendor)”，评分组 \(group)：小计 \(recorded) 不等于其记录的各评审因素得分之和（\(expected)）",
             "vendor '\(vendor)', group \(group): subtotal \(recorded) is not the sum of its recorded criteria (\(expected))")
    }
    static func totalSum(vendor: String, recorded: String, expected: String) -> LocalizedText {
        text("供应商“\(vendor)”：总分 \(recorded) 不等于其记录的各评审因素得分之和（\(expected)）",
             "vendor '\(vendor)': total \(recorded) is not the sum of its recorded criteria (\(expected))")
    }
    static func rankOrder(above: String, aboveRank: Int, below: String, belowRank: Int) -> LocalizedText {
        text("供应商“\(above)”排第 \(aboveRank) 名，总分却低于排第 \(belowRank) 名的供应商“\(below)”",
             "vendor '\(above)' is ranked \(aboveRank) with a lower total than vendor '\(below)' ranked \(belowRank)")
    }

    // MARK: Reading and checking a record

    static let reformatted = text(
        "格式已变，内容完好：文件排版与 VendorScore 写出的规范形式不同（空白、键的顺序或转义），而封签与排版无关",
        "re-formatted, content intact: the layout differs from the canonical form VendorScore writes "
            + "(whitespace, key order or escaping), which the seal does not depend on")
    static func unsupportedFormat(_ format: String) -> LocalizedText {
        text("不支持的记录格式“\(format)”；本版 VendorScore 读取“\(EvaluationRecord.format)”",
             "unsupported record format '\(format)'; this VendorScore reads '\(EvaluationRecord.format)'")
    }
    static func unreadable(_ problem: String) -> LocalizedText {
        text("不是可读取的 VendorScore 记录：\(problem)", "not a readable VendorScore record: \(problem)")
    }
    static func formatDisagrees(sealed: String, file: String) -> LocalizedText {
        text("写的是“\(sealed)”，而文件写的是“\(file)”", "says '\(sealed)' but the file says '\(file)'")
    }
    static func changedAfterSealing(actual: String, recorded: String) -> LocalizedText {
        text("封签后被改动：其 SHA-256 为 \(actual)，记录所列为 \(recorded)",
             "changed after sealing: its SHA-256 is \(actual), the record lists \(recorded)")
    }
    static let sealEdited = text(
        "与封存部分不符，而各部分都与其摘要相符：封签、record_format 或 vendorscore_version 被改动过",
        "does not match the sealed part, although every part matches its digest: the seal, record_format or vendorscore_version was edited")
    static func digestEdited(actual: String, recorded: String) -> LocalizedText {
        text("被改动：该部分与封签相符，其 SHA-256 为 \(actual)，而不是 \(recorded)",
             "edited: the part matches the seal, its SHA-256 is \(actual), not \(recorded)")
    }
    static func inputName(_ name: String, format: String, role: String) -> LocalizedText {
        text("名称“\(name)”与 \(format) 格式的 \(role) 文件不符", "name '\(name)' does not fit a \(format) \(role) file")
    }
    static let notBase64 = text("嵌入的字节不是有效的 base64", "the embedded bytes are not valid base64")
    static func embeddedBytes(count: Int, digest: String, size: Int, sha256: String) -> LocalizedText {
        text("嵌入的字节（\(count) 字节，SHA-256 \(digest)）与记录的大小和 SHA-256（\(size) 字节，\(sha256)）不符",
             "the embedded bytes (\(count) bytes, SHA-256 \(digest)) do not match their recorded size and SHA-256 (\(size) bytes, \(sha256))")
    }

    // MARK: Signatures

    static func unknownAlgorithm(_ algorithm: String, known: String) -> LocalizedText {
        text("签名算法“\(algorithm)”不是 VendorScore 核验的算法（\(known)）",
             "signature algorithm '\(algorithm)' is not one VendorScore checks (\(known))")
    }
    static let badSignatureKey = text("签名中的公钥不是有效的 Ed25519 密钥", "the signature's public key is not a valid Ed25519 key")
    static let badSignatureValue = text("签名值不是 base64 编码的 64 字节 Ed25519 签名",
                                        "the signature value is not a 64-byte Ed25519 signature in base64")
    static let signatureMismatch = text("签名不符：签名后封签、签名时间或签名被改动过",
                                        "the signature does not match: the seal, the signing time or the signature was changed after signing")

    // MARK: Files at hand against the recorded ones

    static func otherFormat(_ format: String, recorded: String) -> LocalizedText {
        text("它是 \(format)；记录的文件是 \(recorded)", "it is \(format); the recorded file is \(recorded)")
    }
    static func otherDigestMethod(_ method: String, recorded: String) -> LocalizedText {
        text("其内容摘要方法为 \(method)，记录的为 \(recorded)：请比较字节", "its content digest method is \(method), the record's is \(recorded): compare the bytes")
    }
    static let otherContent = text("其内容不同", "its content differs")
    static func unreadableContent(_ problem: String) -> LocalizedText {
        text("其内容无法读取（\(problem)）", "it is \(problem)")
    }

    // MARK: Why a re-run differs

    static func scorerMissing(_ id: String, version: String, module: String, external command: String?, criteria: [String]) -> LocalizedText {
        let uses = criteria.joined(separator: ", ")
        guard let command else {
            return text("评分器 \(id) 未安装（记录的版本 \(version)，来自 \(module)；它为 \(uses) 评分）",
                        "scorer \(id) is not installed (recorded version \(version) from \(module); it scores \(uses))")
        }
        return text("评分器 \(id) 未安装（记录的版本 \(version)，来自外部程序 \(command)；它为 \(uses) 评分）；请在插件文件中声明它，并用 --plugins 给出该文件",
                    "scorer \(id) is not installed (recorded version \(version) from the external program \(command); it scores \(uses)); "
                        + "declare it in a plugins file and give that with --plugins")
    }
    static func versionChanged(recorded: String, installed: String) -> LocalizedText {
        text("记录的版本 \(recorded)，已安装 \(installed)", "recorded version \(recorded), installed \(installed)")
    }
    static func moduleChanged(recorded: String, installed: String) -> LocalizedText {
        text("记录时来自 \(recorded)，已安装的来自 \(installed)", "recorded from \(recorded), installed from \(installed)")
    }
    static func commandChanged(recorded: String, installed: String) -> LocalizedText {
        text("记录的命令 \(recorded)，已安装的 \(installed)", "recorded command \(recorded), installed \(installed)")
    }
    static func programChanged(recorded: String?, installed: String?) -> LocalizedText {
        text("其程序的 SHA-256 原为 \(recorded ?? "未知")，现为 \(installed ?? "未知")",
             "its program's SHA-256 was \(recorded ?? "unknown"), is now \(installed ?? "unknown")")
    }
    static func scorerChanged(_ id: String, changes: [LocalizedText], criteria: [String]) -> LocalizedText {
        let uses = criteria.joined(separator: ", ")
        return text("评分器 \(id)：" + changes.map { $0.text(preferring: .zh) }.joined(separator: "；") + "（它为 \(uses) 评分）",
                    "scorer \(id): " + changes.map { $0.text(preferring: .en) }.joined(separator: "; ") + " (it scores \(uses))")
    }
    static func vendorScoreChanged(recorded: String, current: String) -> LocalizedText {
        text("记录由 VendorScore \(recorded) 生成；此为 VendorScore \(current)",
             "the record was made with VendorScore \(recorded); this is VendorScore \(current)")
    }
    static func roundedPointsDiffer(criterion: String, vendors: String) -> LocalizedText {
        text("评审因素 \(criterion)：原始得分相同而舍入后的得分不同（\(vendors)）：舍入规则或其实现变了",
             "criterion \(criterion): the raw points are the same but the rounded points differ (\(vendors)): "
                + "the rounding rule or its implementation changed")
    }
    static func totalsDiffer(vendors: String) -> LocalizedText {
        text("各评审因素得分都相同而总分不同（\(vendors)）：总分的舍入变了",
             "every criterion's points are the same but the total differs (\(vendors)): the rounding of totals changed")
    }
    static let noKnownCause = text(
        "评分器和 VendorScore 的版本都没有变：某个评分器或引擎改变了结果而未提升版本，或记录由修改过的程序生成",
        "no scorer and no VendorScore version changed: a scorer or the engine changed its results without "
            + "raising its version, or the record was made by a modified program")

    // MARK: The difference report

    static func causesHeading(_ count: Int) -> LocalizedText {
        text("可能的原因：", count == 1 ? "Likely cause:" : "Likely causes:")
    }
    static func differencesHeading(_ count: Int, rankingChanged: Bool) -> LocalizedText {
        text("差异（\(count) 个值）；排名\(rankingChanged ? "已改变" : "未变")：",
             "Differences (\(count) \(count == 1 ? "value" : "values")); ranking \(rankingChanged ? "CHANGED" : "unchanged"):")
    }
    static func moreDifferences(_ count: Int) -> LocalizedText {
        text("… 另有 \(count) 处（用 --all 列出全部）", "… and \(count) more (use --all to list every one)")
    }
    static func notRecorded(_ place: String) -> LocalizedText {
        text("\(place)：记录中没有，重新计算中有", "\(place): not in the record, present in the re-run")
    }
    static func notRecomputed(_ place: String) -> LocalizedText {
        text("\(place)：记录中有，重新计算中没有", "\(place): in the record, absent from the re-run")
    }
    static func recordedAndRecomputed(_ place: String, recorded: (zh: String, en: String), recomputed: (zh: String, en: String)) -> LocalizedText {
        text("\(place)：记录为 \(recorded.zh)，重新计算为 \(recomputed.zh)",
             "\(place): recorded \(recorded.en), recomputed \(recomputed.en)")
    }
    static let nothing = text("无", "nothing")
    static func vendors(_ count: Int, _ list: String) -> LocalizedText {
        text("\(count) 家供应商（\(list)）", "\(count) vendors (\(list))")
    }

    /// The Chinese of the nouns a difference's path uses for identified things.
    private static let nouns = ["vendor": "供应商", "criterion": "评审因素", "gate": "审查项", "group": "评分组", "scorer": "评分器"]

    /// What a difference's path names: a collection's element by id (`vendor inspur`), an order.
    static func place(_ noun: String, _ id: String) -> LocalizedText {
        text("\(nouns[noun] ?? noun) \(id)", "\(noun) \(id)")
    }
    static let rankingOrder = text("排名顺序", "ranking order")
    static func order(_ noun: String) -> LocalizedText {
        text("\(nouns[noun] ?? noun)顺序", "\(noun) order")
    }
    /// The record's `rubric` and `inputs`, as places.
    static func section(_ key: String) -> LocalizedText {
        text(["rubric": "评分办法", "inputs": "输入文件"][key] ?? key, key)
    }
    static func warning(_ number: Int) -> LocalizedText { text("第 \(number) 条警告", "warning \(number)") }

    // MARK: Key files

    static func publicKeyForSigning(_ path: String) -> LocalizedText {
        text("密钥文件 \(path) 存放的是公钥；签名需要私钥", "key file \(path) holds a public key; signing needs the private key")
    }
    static func privateKeyHint(_ path: String) -> LocalizedText {
        guard path.hasSuffix(".pub") else {
            return text("请给出私钥，即 'vendorscore keygen --out FILE' 写出的 FILE，并把 .pub 文件交给核验者",
                        "give the private key, the file 'vendorscore keygen --out FILE' wrote as FILE, and hand the .pub file to those who verify")
        }
        let privatePath = String(path.dropLast(4))
        return text("请给出私钥 \(privatePath)，并把 .pub 文件交给核验者",
                    "give the private key, \(privatePath), and hand the .pub file to those who verify")
    }
    static func unreadableKey(_ path: String, reason: Phrase) -> LocalizedText {
        text("无法读取密钥文件 \(path)：\(PhraseText(.zh).render(reason))", "cannot read key file \(path): \(PhraseText(.en).render(reason))")
    }
    static func keyNotARegularFile(_ path: String) -> LocalizedText {
        text("密钥文件 \(path) 不是普通文件", "key file \(path) is not a regular file")
    }
    static func exposedKey(_ path: String, mode: String) -> LocalizedText {
        text("私钥文件 \(path) 可被其他用户读取或修改（权限 \(mode)）；拒绝使用",
             "private key file \(path) can be read or changed by other users (mode \(mode)); refusing to use it")
    }
    static func chmodHint(_ path: String) -> LocalizedText {
        text("请运行 'chmod 600 \(path)'，使只有其所有者可读", "run 'chmod 600 \(path)' so only its owner can read it")
    }
    static func notPEMText(_ path: String) -> LocalizedText {
        text("\(path)：不是文本（PEM）文件", "\(path): not a text (PEM) file")
    }
    static let privateKeyKind = text("Ed25519 私钥", "an Ed25519 private key")
    static let publicKeyKind = text("Ed25519 公钥", "an Ed25519 public key")
    static func invalidPrivateKey(_ path: String) -> LocalizedText {
        text("\(path)：不是有效的 Ed25519 私钥", "\(path): not a valid Ed25519 private key")
    }
    static func invalidPublicKey(_ path: String) -> LocalizedText {
        text("\(path)：不是有效的 Ed25519 公钥", "\(path): not a valid Ed25519 public key")
    }
    static let notBase64Key = text("不是 base64 编码的 Ed25519 公钥", "not an Ed25519 public key in base64")
    static func noPEMBlock(_ path: String, kind: LocalizedText, label: String, found: String?) -> LocalizedText {
        text("\(path)：应为 PEM“\(label)”块中的 \(kind.zh!)，" + (found.map { "实际为 \($0)" } ?? "实际没有 PEM 块"),
             "\(path): expected \(kind.en!) in a PEM '\(label)' block, found \(found ?? "no PEM block")")
    }
    static func notThatKey(_ path: String, kind: LocalizedText, label: String) -> LocalizedText {
        text("\(path)：“\(label)”块不是 \(kind.zh!)", "\(path): the '\(label)' block is not \(kind.en!)")
    }
    static let createKeys = text("请用 'vendorscore keygen --out FILE' 生成密钥", "create keys with 'vendorscore keygen --out FILE'")
    static let keygenKeys = text("VendorScore 用 'vendorscore keygen' 生成的 Ed25519 密钥签名",
                                 "VendorScore signs with Ed25519 keys made by 'vendorscore keygen'")
}
