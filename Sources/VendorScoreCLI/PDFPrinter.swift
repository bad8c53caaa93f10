import Foundation

/// Prints a report's HTML to an A4 PDF with a Chromium found on this machine (headless, no
/// network, no header or footer of its own: the report's print stylesheet numbers the pages).
///
/// ```swift
/// try PDFPrinter.locate().print(html: report.html(), to: "report.pdf")
/// ```
struct PDFPrinter {
    /// The browser's executable.
    let executable: String
    /// How long printing may take before it is stopped.
    static let timeout: TimeInterval = 120
    /// The names Chromium is installed under, tried in order on the `PATH`.
    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge"]

    /// The Chromium named by `VENDORSCORE_CHROMIUM`, or the first of ``candidates`` on the `PATH`.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(CommandError) -> PDFPrinter {
        if let chosen = environment["VENDORSCORE_CHROMIUM"], !chosen.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: chosen) else {
                throw CLIMessages.chromiumNotExecutable(chosen)
            }
            return PDFPrinter(executable: chosen)
        }
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in candidates {
            for directory in directories {
                let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
                if FileManager.default.isExecutableFile(atPath: path) { return PDFPrinter(executable: path) }
            }
        }
        throw CLIMessages.noChromium(tried: candidates)
    }

    /// Prints `html` to `path`, atomically: the PDF appears only when printing succeeded.
    func print(html: String, to path: String) throws(CommandError) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vendorscore-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let page = scratch.appendingPathComponent("report.html")
        let pdf = scratch.appendingPathComponent("report.pdf")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
        } catch {
            throw CLIMessages.cannotPreparePrinting(error.localizedDescription)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // --no-sandbox: Chromium refuses to start its sandbox as root, as in containers and CI.
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(scratch.appendingPathComponent("profile").path)", "--no-pdf-header-footer",
                             "--print-to-pdf=\(pdf.path)", page.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw CLIMessages.cannotStart(executable, error.localizedDescription)
        }
        let deadline = Date().addingTimeInterval(Self.timeout)
        // Chromium writes a lot to standard error; drain it so it never blocks on a full pipe.
        let drained = DispatchGroup()
        nonisolated(unsafe) var message = Data()
        drained.enter()
        DispatchQueue.global().async {
            message = errors.fileHandleForReading.readDataToEndOfFile()
            drained.leave()
        }
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw CLIMessages.printingTimedOut(executable, seconds: Int(Self.timeout))
        }
        drained.wait()
        guard process.terminationStatus == 0, let bytes = FileManager.default.contents(atPath: pdf.path), bytes.starts(with: Array("%PDF".utf8)) else {
            let detail = String(decoding: message, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: "; ")
            throw CLIMessages.printingFailed(executable, status: process.terminationStatus, detail: detail)
        }
        try AtomicFile.save(bytes: [UInt8](bytes), to: path)
    }
}
