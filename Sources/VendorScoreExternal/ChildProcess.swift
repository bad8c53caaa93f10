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
/// fails with an error instead of a SIGPIPE that would end VendorScore. The child starts in a
/// process group of its own and inherits no other descriptor. One `poll` loop writes, reads and
/// watches the deadline, so neither side can block the other.
///
/// The deadline holds whatever the program does: a shell script that runs its work without
/// `exec`, or a background child that keeps standard output open, is killed with its whole
/// process group when time runs out, and reading stops then even if a pipe is still open. When
/// the program itself exits, whatever it left running in its group is killed too, so nothing
/// outlives the evaluation and nothing holds the answer back.
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
        let deadline = ContinuousClock.now + limits.timeout
        let spawned = Spawn.start(executable: executable, arguments: arguments, environment: environment, directory: directory,
                                  streams: [stdin.child, stdout.child, stderr.child])
        [stdin, stdout, stderr].forEach { $0.closeChild() }
        let pid: pid_t
        switch spawned {
        case .failure(let reason):
            [stdin, stdout, stderr].forEach { close($0.parent) }
            return Result(outcome: .couldNotStart(reason.message), output: [], errorTail: [])
        case .success(let started):
            pid = started
        }

        var exchange = Exchange(input: input, stdin: stdin.parent, stdout: stdout.parent, stderr: stderr.parent, limits: limits)
        var status: Int32?
        let stopped = exchange.run(until: deadline) {
            // Once the program has exited, what it left running in its group goes too, which
            // also closes any pipe end such a leftover still held.
            guard status == nil else { return }
            var raw: Int32 = 0
            if waitpid(pid, &raw, WNOHANG) == pid {
                status = raw
                kill(-pid, SIGKILL)
            }
        }
        exchange.closeAll()
        if let stopped {
            // Past the deadline or too much output: the whole group is killed and the child reaped.
            kill(-pid, SIGKILL)
            if status == nil { _ = reap(pid) }
            return Result(outcome: stopped, output: exchange.output, errorTail: exchange.errorTail)
        }
        // The output is closed; the program may still be running, within its time.
        if status == nil { status = waitUntil(deadline, pid: pid) }
        kill(-pid, SIGKILL)
        guard let raw = status else {
            _ = reap(pid)
            return Result(outcome: .timedOut, output: exchange.output, errorTail: exchange.errorTail)
        }
        let outcome: Outcome = (raw & 0x7f) == 0 ? .exited(status: (raw >> 8) & 0xff) : .signalled(raw & 0x7f)
        return Result(outcome: outcome, output: exchange.output, errorTail: exchange.errorTail)
    }

    /// The child's wait status once it exits before `deadline`, else `nil`.
    private static func waitUntil(_ deadline: ContinuousClock.Instant, pid: pid_t) -> Int32? {
        var raw: Int32 = 0
        while ContinuousClock.now < deadline {
            let result = waitpid(pid, &raw, WNOHANG)
            if result == pid { return raw }
            if result < 0 && errno != EINTR { return 0 }
            usleep(5_000)
        }
        return nil
    }

    /// Waits for a killed child, so no zombie is left behind.
    private static func reap(_ pid: pid_t) -> Int32 {
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        return raw
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
    /// `tick` runs at least every 20 ms, to notice the child's exit.
    mutating func run(until deadline: ContinuousClock.Instant, tick: () -> Void) -> ChildProcess.Outcome? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while stdout >= 0 || stderr >= 0 {
            tick()
            let remaining = ChildProcess.nanoseconds(deadline - ContinuousClock.now)
            guard remaining > 0 else { return .timedOut }
            var watched: [pollfd] = []
            if stdin >= 0 { watched.append(pollfd(fd: stdin, events: Int16(POLLOUT), revents: 0)) }
            if stdout >= 0 { watched.append(pollfd(fd: stdout, events: Int16(POLLIN), revents: 0)) }
            if stderr >= 0 { watched.append(pollfd(fd: stderr, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&watched, nfds_t(watched.count), Int32(min(remaining / 1_000_000 + 1, 20)))
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
