#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A connected pair of Unix sockets: one end for the parent, one for the child's standard
/// stream. Created close-on-exec where the system allows it atomically.
struct SocketPair {
    let parent: Int32
    let child: Int32

    init?() {
        var ends: [Int32] = [-1, -1]
        #if canImport(Darwin)
        guard socketpair(AF_UNIX, SOCK_STREAM, 0, &ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            var on: Int32 = 1
            _ = setsockopt(end, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        }
        #else
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else { return nil }
        #endif
        parent = ends[0]
        child = ends[1]
    }

    /// Writes without raising SIGPIPE when the other end is closed; fails with EPIPE instead.
    static func send(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Darwin)
        return Darwin.send(descriptor, bytes, count, 0)
        #elseif canImport(Musl)
        return Musl.send(descriptor, bytes, count, Int32(MSG_NOSIGNAL))
        #else
        return Glibc.send(descriptor, bytes, count, Int32(MSG_NOSIGNAL))
        #endif
    }

    func closeChild() {
        close(child)
    }

    func closeBoth() {
        close(parent)
        close(child)
    }
}
