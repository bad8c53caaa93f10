import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names on disk, after symbolic links: the device and inode of an existing file,
/// and its resolved path. Two paths name the same file when either matches, so a symbolic link
/// or a hard link to an input is recognised as that input.
struct FileIdentity: Equatable {
    var device: UInt64?
    var inode: UInt64?
    var resolvedPath: String

    init(_ path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
        resolvedPath = Self.resolve(path)
    }

    func sameFile(as other: FileIdentity) -> Bool {
        if let device, let inode, device == other.device, inode == other.inode { return true }
        return resolvedPath == other.resolvedPath
    }

    /// The absolute path with every symbolic link resolved; for a file that does not exist yet,
    /// its resolved directory and its name.
    static func resolve(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        var url = URL(fileURLWithPath: path)
        // A link to a file not written yet names that file (within the kernel's limit of links).
        for _ in 0..<40 {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) else { break }
            url = URL(fileURLWithPath: target, relativeTo: url.deletingLastPathComponent()).absoluteURL
        }
        let directory = url.deletingLastPathComponent().path
        guard let resolved = realpath(directory, nil) else { return url.standardizedFileURL.path }
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved)).appendingPathComponent(url.lastPathComponent).path
    }
}

/// The files a command writes, checked against the files it reads before anything is read or
/// written: an output that names an input (directly, or through a symbolic or hard link) would
/// destroy that input, so the command is refused.
struct OutputTargets {
    /// What each input file is, such as `("RUBRIC", "rubric.yaml")`.
    var inputs: [(role: String, path: String)]
    /// What each output file is, such as `("--output", "result.csv")`.
    var outputs: [(role: String, path: String)]

    func check() throws(CommandError) {
        let inputIdentities = inputs.map { ($0, FileIdentity($0.path)) }
        var seen: [((role: String, path: String), FileIdentity)] = []
        for output in outputs {
            let identity = FileIdentity(output.path)
            if let input = inputIdentities.first(where: { $0.1.sameFile(as: identity) }) {
                throw CLIMessages.outputIsInput(output: output, input: input.0)
            }
            if let earlier = seen.first(where: { $0.1.sameFile(as: identity) }) {
                throw CLIMessages.outputsCollide(earlier.0, output)
            }
            seen.append((output, identity))
        }
        // Each output is written beside itself and renamed into place: a folder that is missing
        // or not writable is said before anything is evaluated, not after another output is written.
        for (output, identity) in seen {
            var info = stat()
            let directory = URL(fileURLWithPath: identity.resolvedPath).deletingLastPathComponent().path
            if stat(identity.resolvedPath, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                throw CLIMessages.cannotWrite(output.path, reason: String(cString: strerror(EISDIR)))
            }
            guard access(directory, W_OK | X_OK) == 0 else {
                throw CLIMessages.cannotWrite(output.path, reason: String(cString: strerror(errno)))
            }
        }
    }
}
