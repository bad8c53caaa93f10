/// The command line's own messages (files, printing, report and explain), in Chinese and English side
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

    /// `serve`'s lines about the key it signs records with.
    static func signingKeyCreated(_ path: String, fingerprint: String) -> String {
        "Created the workspace's signing key \(path) (mode 600) and its public key \(path).pub; fingerprint \(fingerprint).\n"
    }

    static func signingKeyInUse(_ path: String, fingerprint: String) -> String {
        "Records are signed with \(path); fingerprint \(fingerprint) (public key at /signing-key.pem).\n"
    }

    static let recordsUnsigned = "Records are sealed but not signed: give --signing-key KEYFILE (from 'vendorscore keygen') to sign them.\n"
}
