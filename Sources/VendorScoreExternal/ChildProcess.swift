import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program once: writes `input` to its standard input, collects its standard output and
/// the end of its standard error, and kills it when it runs past its time or writes more than
/// allowed.
///
/// The three channels are socket pairs created close-on-exec, so a scorer started at the same
/// time by another thread never inherits them, and writing to a child that has stopped reading
/// fails with an error instead of a SIGPIPE that would end VendorScore. One `poll` loop writes,
/// reads and watches the deadline, so neither side can block the other.
///
/// ```swift
/// let result = ChildProcess.run(executable: "/usr/bin/python3", arguments: ["scorer.py"],
///                               input: Array(request.utf8), environment: ["PATH": "/usr/bin"],
///                               directory: "/tmp", limits: ChildProcess.Limits(timeout: .seconds(10)))
/// ```
struct ChildProcess {
    struct Limits: Sendable {
        var timeout: Duration
        /// Standard output beyond this many bytes stops the child.
        var outputBytes: Int
        /// How much of the end of standard error is kept for messages.
        var errorBytes: Int

        init(timeout: Duration, outputBytes: Int = 16 << 20, errorBytes: Int = 4096) {
            self.timeout = timeout
            self.outputBytes = outputBytes
            self.errorBytes = errorBytes
        }
    }

    enum Outcome: Equatable {
        case exited(status: Int32)
        case signalled(Int32)
        case timedOut
        case outputTooLarge
        case couldNotStart(String)
    }

    struct Result {
        var outcome: Outcome
        var output: [UInt8]
        /// The last bytes the child wrote to standard error.
        var errorTail: [UInt8]
    }

    static func run(executable: String, arguments: [String], input: [UInt8], environment: [String: String],
                    directory: String, limits: Limits) -> Result {
        let pairs = (0..<3).compactMap { _ in SocketPair() }
        guard pairs.count == 3 else {
            let reason = String(cString: strerror(errno))
            pairs.forEach { $0.closeBoth() }
            return Result(outcome: .couldNotStart("cannot create pipes: \(reason)"), output: [], errorTail: [])
        }
        let (stdin, stdout, stderr) = (pairs[0], pairs[1], pairs[2])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: directory, isDirectory: true)
        process.standardInput = FileHandle(fileDescriptor: stdin.child, closeOnDealloc: false)
        process.standardOutput = FileHandle(fileDescriptor: stdout.child, closeOnDealloc: false)
        process.standardError = FileHandle(fileDescriptor: stderr.child, closeOnDealloc: false)
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        let deadline = ContinuousClock.now + limits.timeout
        do {
            try process.run()
        } catch {
            [stdin, stdout, stderr].forEach { $0.closeBoth() }
            return Result(outcome: .couldNotStart("\(error.localizedDescription)"), output: [], errorTail: [])
        }
        [stdin, stdout, stderr].forEach { $0.closeChild() }

        var exchange = Exchange(input: input, stdin: stdin.parent, stdout: stdout.parent, stderr: stderr.parent, limits: limits)
        let stopped = exchange.run(until: deadline)
        exchange.closeAll()
        var outcome: Outcome
        let remaining = DispatchTimeInterval.nanoseconds(Int(max(0, Self.nanoseconds(deadline - ContinuousClock.now))))
        if let stopped {
            stop(process, exited)
            outcome = stopped
        } else if exited.wait(timeout: .now() + remaining) == .timedOut {
            stop(process, exited)
            outcome = .timedOut
        } else {
            outcome = process.terminationReason == .uncaughtSignal
                ? .signalled(process.terminationStatus) : .exited(status: process.terminationStatus)
        }
        return Result(outcome: outcome, output: exchange.output, errorTail: exchange.errorTail)
    }

    /// Kills the child (SIGKILL: a scorer past its time gets no chance to linger) and waits
    /// until it is gone, so no process outlives the evaluation.
    private static func stop(_ process: Process, _ exited: DispatchSemaphore) {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        exited.wait()
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}

/// The parent's side of a running child: input still to send, output read so far.
private struct Exchange {
    var input: [UInt8]
    var sent = 0
    var stdin: Int32
    var stdout: Int32
    var stderr: Int32
    let limits: ChildProcess.Limits
    var output: [UInt8] = []
    var errorTail: [UInt8] = []

    init(input: [UInt8], stdin: Int32, stdout: Int32, stderr: Int32, limits: ChildProcess.Limits) {
        self.input = input
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.limits = limits
        for descriptor in [stdin, stdout, stderr] {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        if input.isEmpty { finishInput() }
    }

    /// Exchanges data until the child closes its output and error streams, returning why it
    /// must be stopped instead, if it must.
    mutating func run(until deadline: ContinuousClock.Instant) -> ChildProcess.Outcome? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while stdout >= 0 || stderr >= 0 {
            let remaining = ChildProcess.nanoseconds(deadline - ContinuousClock.now)
            guard remaining > 0 else { return .timedOut }
            var watched: [pollfd] = []
            if stdin >= 0 { watched.append(pollfd(fd: stdin, events: Int16(POLLOUT), revents: 0)) }
            if stdout >= 0 { watched.append(pollfd(fd: stdout, events: Int16(POLLIN), revents: 0)) }
            if stderr >= 0 { watched.append(pollfd(fd: stderr, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&watched, nfds_t(watched.count), Int32(min(remaining / 1_000_000 + 1, 60_000)))
            if ready < 0 && errno != EINTR { return .couldNotStart("poll failed: \(String(cString: strerror(errno)))") }
            for entry in watched where entry.revents != 0 {
                if entry.fd == stdin {
                    send()
                } else if entry.fd == stdout {
                    guard let count = receive(stdout, into: &buffer) else { closeOutput(); continue }
                    output.append(contentsOf: buffer[0..<count])
                    if output.count > limits.outputBytes { return .outputTooLarge }
                } else if entry.fd == stderr {
                    guard let count = receive(stderr, into: &buffer) else { closeError(); continue }
                    errorTail.append(contentsOf: buffer[0..<count])
                    if errorTail.count > 2 * limits.errorBytes { errorTail.removeFirst(errorTail.count - limits.errorBytes) }
                }
            }
        }
        if errorTail.count > limits.errorBytes { errorTail.removeFirst(errorTail.count - limits.errorBytes) }
        return nil
    }

    /// Sends what the socket takes; a child that stopped reading ends the input, not the run.
    private mutating func send() {
        let count = input.withUnsafeBytes { bytes in
            SocketPair.send(stdin, bytes.baseAddress! + sent, min(bytes.count - sent, 65_536))
        }
        if count > 0 {
            sent += count
            if sent == input.count { finishInput() }
        } else if count < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
            finishInput()
        }
    }

    /// Bytes read, 0 when none are ready yet, or `nil` at the end of the stream.
    private func receive(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int? {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
        if count > 0 { return count }
        if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) { return 0 }
        return nil
    }

    private mutating func finishInput() {
        if stdin >= 0 { close(stdin) }
        stdin = -1
    }

    private mutating func closeOutput() {
        close(stdout)
        stdout = -1
    }

    private mutating func closeError() {
        close(stderr)
        stderr = -1
    }

    mutating func closeAll() {
        finishInput()
        if stdout >= 0 { closeOutput() }
        if stderr >= 0 { closeError() }
    }
}
