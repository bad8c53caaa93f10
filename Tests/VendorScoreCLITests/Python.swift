import Foundation
import Testing

/// Tests that run the shipped Python scorer need python3. Without it they fail, saying so,
/// unless VENDORSCORE_SKIP_PYTHON=1 asks to skip them.
enum Python {
    static let skipped = ProcessInfo.processInfo.environment["VENDORSCORE_SKIP_PYTHON"] == "1"

    /// `python3` on PATH, as the example's `#!/usr/bin/env python3` line finds it.
    static var installed: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains { directory in
            FileManager.default.isExecutableFile(atPath: "\(directory)/python3")
        }
    }

    static let missing: Comment = "python3 is needed to run examples/external-scorer/service_centres.py; install it, or set VENDORSCORE_SKIP_PYTHON=1 to skip the tests that need it"
}
