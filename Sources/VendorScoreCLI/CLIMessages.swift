import VendorScoreCore
import VendorScoreOutput
import VendorScoreRecord
import VendorScoreServer

/// The command line's own messages (files, printing, report, explain, records and verify), in Chinese and English side
/// by side, in one place.
enum CLIMessages {
    static func outputIsInput(output: (role: String, path: String), input: (role: String, path: String)) -> CommandError {
        let same = output.path == input.path
        return CommandError(
            zh: "\(output.role) \(output.path) 是 \(input.role) 文件 \(input.path)\(same ? "" : "（同一文件的另一个名称）")，写入会毁掉输入",
            en: "\(output.role) \(output.path) is the \(input.role) file \(input.path)\(same ? "" : " (the same file by another name)"); writing it would destroy the input",
            hintZh: "请为 \(output.role) 另取文件名", hintEn: "give \(output.role) another file name")
    }

    static func outputsCollide(_ first: (role: String, path: String), _ second: (role: String, path: String)) -> CommandError {
        CommandError(zh: "\(first.role) \(first.path) 与 \(second.role) \(second.path) 是同一个文件，应为两个不同的文件",
                     en: "\(first.role) \(first.path) and \(second.role) \(second.path) are the same file; expected two different files")
    }

    static func cannotWrite(_ path: String, reason: String) -> CommandError {
        CommandError(zh: "无法写入 \(path)：\(reason)", en: "cannot write \(path): \(reason)")
    }

    static func danglingLink(_ path: String, target: String) -> CommandError {
        CommandError(zh: "无法写入 \(path)：它是指向 \(target) 的符号链接，而该文件不存在",
                     en: "cannot write \(path): it is a symbolic link to \(target), which does not exist",
                     hintZh: "请先创建 \(target)，或删除该链接", hintEn: "create \(target) first, or remove the link")
    }

    // MARK: report

    static func nothingToWrite(example: String) -> CommandError {
        CommandError(zh: "没有要写的内容：应给出 --html FILE、--markdown FILE 或 --pdf FILE，但一个也没有",
                     en: "nothing to write: expected --html FILE, --markdown FILE or --pdf FILE, found none",
                     hintZh: example, hintEn: example)
    }

    static func badDate(_ text: String) -> CommandError {
        CommandError(zh: "--date：日期应写作 YYYY-MM-DD（如 2026-03-18），实际为“\(text)”",
                     en: "--date: expected a date written YYYY-MM-DD (such as 2026-03-18), found '\(text)'")
    }

    static func chromiumNotExecutable(_ path: String) -> CommandError {
        CommandError(zh: "VENDORSCORE_CHROMIUM 指向 \(path)，但它不是可执行文件",
                     en: "VENDORSCORE_CHROMIUM names \(path), which is not an executable file")
    }

    static func noChromium(tried: [String]) -> CommandError {
        CommandError(zh: "--pdf 需要 Chromium 来打印报告，但未找到（已在 PATH 中查找 \(tried.joined(separator: "、"))）",
                     en: "--pdf needs Chromium to print the report, and none was found (tried \(tried.joined(separator: ", ")) on the PATH)",
                     hintZh: "请安装：Debian 或 Ubuntu 上用 'apt-get install chromium fonts-noto-cjk'，或将 VENDORSCORE_CHROMIUM 设为其路径",
                     hintEn: "install it, on Debian or Ubuntu with 'apt-get install chromium fonts-noto-cjk', or set VENDORSCORE_CHROMIUM to its path")
    }

    static func cannotPreparePrinting(_ reason: String) -> CommandError {
        CommandError(zh: "无法准备打印报告：\(reason)", en: "cannot prepare the report for printing: \(reason)")
    }

    static func cannotStart(_ executable: String, _ reason: String) -> CommandError {
        CommandError(zh: "无法启动 \(executable)：\(reason)", en: "cannot start \(executable): \(reason)")
    }

    static func printingTimedOut(_ executable: String, seconds: Int) -> CommandError {
        CommandError(zh: "\(executable) 未在 \(seconds) 秒内完成打印；未写出 PDF",
                     en: "\(executable) did not finish printing within \(seconds) seconds; no PDF was written")
    }

    static func printingFailed(_ executable: String, status: Int32, detail: String) -> CommandError {
        CommandError(zh: "\(executable) 未能打印报告（退出码 \(status)）：\(detail)",
                     en: "\(executable) could not print the report (exit \(status)): \(detail)")
    }

    // MARK: explain

    static func vendorMissingFromEvaluation(_ vendor: String) -> CommandError {
        CommandError(zh: "评审结果中没有投标人“\(vendor)”", en: "vendor '\(vendor)' is missing from the evaluation")
    }

    static func noVendor(_ vendor: String, in source: String, closest: [String], all: [String]) -> CommandError {
        let quotedZh = closest.map { "“\($0)”" }.joined(separator: "或")
        let quotedEn = closest.map { "'\($0)'" }.joined(separator: " or ")
        return CommandError(
            zh: "\(source) 中没有投标人“\(vendor)”", en: "no vendor '\(vendor)' in \(source)",
            hintZh: closest.isEmpty ? "投标人：" + all.joined(separator: "、") : "是否指 \(quotedZh)？",
            hintEn: closest.isEmpty ? "vendors: " + all.joined(separator: ", ") : "did you mean \(quotedEn)?")
    }

    // MARK: records

    static func unreadable(_ path: String) -> CommandError {
        let message = UnreadableFile.message(path)
        return CommandError(zh: PhraseText(.zh).render(message), en: PhraseText(.en).render(message))
    }

    static func recordDamaged(_ path: String, problems: [RecordCheck.Problem]) -> CommandError {
        CommandError(zh: "\(path) 在写出后被编辑或损坏：" + problems.map { $0.text(.zh) }.joined(separator: "；"),
                     en: "\(path) was edited or damaged after it was written: " + problems.map { $0.text(.en) }.joined(separator: "; "),
                     hintZh: "运行 'vendorscore verify \(path) --lang zh' 查看完整报告",
                     hintEn: "run 'vendorscore verify \(path)' for the full report")
    }

    // MARK: keygen

    static func keyExists(_ path: String) -> CommandError {
        CommandError(zh: "\(path) 已存在；keygen 从不覆盖密钥", en: "\(path) already exists; keygen never overwrites a key",
                     hintZh: "请用 --out 另取名称，或自行删除旧的密钥对", hintEn: "choose another name with --out, or remove the old key pair yourself")
    }

    static func keysWritten(_ path: String, publicPath: String, fingerprint: String) -> LocalizedText {
        LocalizedText(zh: "私钥：\(path)（权限 600；请妥善保密）\n公钥：\(publicPath)（交给核验者）\n指纹：\(fingerprint)\n",
                      en: "private key: \(path) (mode 600; keep it secret)\npublic key:  \(publicPath) (give it to the auditors)\n"
                          + "fingerprint: \(fingerprint)\n")
    }

    // MARK: verify

    /// `verify`'s words, each in both languages.
    enum Verify {
        private static func text(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }

        static func inputNames(tender: Bool) -> LocalizedText {
            tender ? text("评分办法、投标文件和招标项目文件", "rubric, bids and tender file") : text("评分办法和投标文件", "rubric and bids")
        }
        static func reproduced(_ inputs: LocalizedText) -> LocalizedText {
            text("已复现：嵌入的\(inputs.zh!)给出的结果与记录完全相同。",
                 "reproduced: the embedded \(inputs.en!) give exactly the recorded result.")
        }
        static let reproducedButFilesDiffer = text("已复现，但给出的某个文件不是生成记录所用的文件。",
                                                   "reproduced, but a given file is not the one the record was made from.")
        static func notReproduced(_ inputs: LocalizedText) -> LocalizedText {
            text("未复现：重新计算嵌入的\(inputs.zh!)，结果与记录不同。",
                 "NOT reproduced: a re-run of the embedded \(inputs.en!) differs from the record.")
        }
        static func notEvaluated(_ inputs: LocalizedText) -> LocalizedText {
            text("未复现：嵌入的\(inputs.zh!)无法用本机安装的评分器完成评审。",
                 "NOT reproduced: the embedded \(inputs.en!) no longer evaluate with the scorers installed here.")
        }
        static func damaged(_ path: String) -> LocalizedText {
            text("已损坏：\(path) 在写出后被编辑或损坏；未重新计算。",
                 "DAMAGED: \(path) was edited or damaged after it was written; nothing was re-run.")
        }
        static let rerun = text("重新计算：", "Re-run:")

        // The facts listed under the verdict, label first.
        static let recordLabel = text("记录", "record")
        static let sealLabel = text("封签", "seal")
        static let resultLabel = text("结果", "result")
        static let signatureLabel = text("签名", "signature")
        static let fileLabel = text("文件", "file")
        static func record(_ path: String, format: String, version: String) -> LocalizedText {
            text("\(path)（\(format)，由 VendorScore \(version) 生成）", "\(path) (\(format), made with VendorScore \(version))")
        }
        static func seal(_ seal: String) -> LocalizedText {
            text("\(seal)（封存部分的 SHA-256；记录完好）", "\(seal) (SHA-256 of the sealed part; the record is intact)")
        }
        static func result(vendors: Int, ranked: Int, version: String) -> LocalizedText {
            text("\(vendors) 家供应商，\(ranked) 家排名；由 VendorScore \(version) 重新计算",
                 "\(vendors) vendors, \(ranked) ranked; re-run with VendorScore \(version)")
        }
        static let unsigned = text("无（记录未签名）", "none (the record is not signed)")
        /// A valid signature, and whether its key is the one `--public-key` names (`nil`: none was given).
        static func signed(by fingerprint: String, at time: String, theKeyIn path: String?) -> LocalizedText {
            guard let path else {
                return text("有效的 Ed25519 签名，密钥 \(fingerprint)，签于 \(time)；未与已知密钥比对（请给出 --public-key）",
                            "valid Ed25519 signature by key \(fingerprint), signed \(time); not compared with a known key (give --public-key)")
            }
            return text("有效的 Ed25519 签名，密钥 \(fingerprint)，签于 \(time)；正是 \(path) 中的密钥",
                        "valid Ed25519 signature by key \(fingerprint), signed \(time); it is the key in \(path)")
        }
        static func signatureMissing(_ record: String, key: String) -> CommandError {
            CommandError(zh: "缺少签名：\(record) 未签名，而 --public-key \(key) 要求有该密钥的签名",
                         en: "SIGNATURE MISSING: \(record) is not signed, but --public-key \(key) requires a signature by that key")
        }
        static func wrongSignature(_ record: String, signer: String, key: String, expected: String) -> CommandError {
            CommandError(zh: "签名不符：\(record) 由密钥 \(signer) 签名，而不是 \(key) 中的密钥（\(expected)）",
                         en: "WRONG SIGNATURE: \(record) is signed by key \(signer), not by the key in \(key) (\(expected))")
        }

        // A file given with --rubric, --bids or --tender, against the recorded one.
        static func tenderNotRecorded(_ path: String) -> LocalizedText {
            text("给出了 \(path)，但生成记录时没有招标项目文件", "\(path) was given, but the record was made without a tender file")
        }
        static func identical(_ path: String) -> LocalizedText {
            text("\(path) 正是记录的文件：字节完全相同", "\(path) is the recorded file: identical bytes")
        }
        static func sameContent(_ path: String) -> LocalizedText {
            text("\(path)：内容相同，字节不同（重新缩进、改换引号或重新保存）",
                 "\(path): same content, different bytes (re-indented, re-quoted or re-saved)")
        }
        static func otherFile(_ path: String, _ reason: LocalizedText) -> LocalizedText {
            text("\(path) 不是记录的文件：\(reason.text(preferring: .zh))", "\(path) is NOT the recorded file: \(reason.text(preferring: .en))")
        }
    }

    // MARK: serve

    /// What `serve` prints where it was started, and its own errors, each in both languages.
    enum Serve {
        private static func text(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }

        static func firstAdministrator(_ username: String, password: String, address: String) -> LocalizedText {
            text("首次启动：已创建管理员“\(username)”。\n一次性密码：\(password)\n请在 \(address) 登录并设置新密码。\n\n",
                 "First start: created the administrator '\(username)'.\nOne-time password: \(password)\n"
                    + "Sign in at \(address) and choose a new password.\n\n")
        }
        static func listening(_ location: StoreLocation, address: String) -> LocalizedText {
            switch location {
            case .sqlite:
                return text("VendorScore 工作台（SQLite，位于 \(location.place)）：\(address)\n",
                            "VendorScore workspace (SQLite in \(location.place)) on \(address)\n")
            case .postgres:
                return text("VendorScore 工作台（PostgreSQL，\(location.place)）：\(address)\n",
                            "VendorScore workspace (PostgreSQL at \(location.place)) on \(address)\n")
            }
        }
        static func signingKeyCreated(_ path: String, fingerprint: String) -> LocalizedText {
            text("已创建工作台的签名密钥 \(path)（权限 600）及其公钥 \(path).pub；指纹 \(fingerprint)。\n",
                 "Created the workspace's signing key \(path) (mode 600) and its public key \(path).pub; fingerprint \(fingerprint).\n")
        }
        static func signingKeyInUse(_ path: String, fingerprint: String) -> LocalizedText {
            text("记录用 \(path) 签名；指纹 \(fingerprint)（公钥位于 /signing-key.pem）。\n",
                 "Records are signed with \(path); fingerprint \(fingerprint) (public key at /signing-key.pem).\n")
        }
        static let recordsUnsigned = text(
            "记录已封存但未签名：请用 --signing-key KEYFILE（由 'vendorscore keygen' 生成）为其签名。\n",
            "Records are sealed but not signed: give --signing-key KEYFILE (from 'vendorscore keygen') to sign them.\n")
        static let notAPostgresURL = CommandError(zh: "数据库 URL 必须以 postgresql:// 开头", en: "the database URL must start with postgresql://",
                                                  hintZh: "或省略它，以在 --data 下使用 SQLite", hintEn: "or leave it out to use SQLite under --data")
        static func cannotCreateDataFolder(_ folder: String, reason: String) -> CommandError {
            CommandError(zh: "无法创建数据文件夹 \(folder)：\(reason)", en: "cannot create the data folder \(folder): \(reason)")
        }
    }
}
