import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read, as a message: a missing file, a symbolic link loop, a link to
/// nothing, a folder and a permission problem each call for a different fix.
///
/// ```swift
/// guard let data = FileManager.default.contents(atPath: path) else {
///     throw DiagnosticList([Diagnostic(.error, at: nil, UnreadableFile.message(path))])   // "cannot read …: no such file"
/// }
/// ```
public enum UnreadableFile {
    /// "cannot read PATH: REASON".
    public static func message(_ path: String) -> Phrase {
        Messages.unreadable(path, reason(path))
    }

    /// "cannot read plugins file PATH: REASON".
    public static func pluginsMessage(_ path: String) -> Phrase {
        Messages.unreadablePlugins(path, reason(path))
    }

    /// Why `path` cannot be read: "no such file", "permission denied", ….
    public static func reason(_ path: String) -> Phrase {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            let code = errno
            switch code {
            case ELOOP: return Messages.symbolicLinkLoop
            case ENOENT:
                var info = stat()
                return lstat(path, &info) == 0 ? Messages.danglingLink : Messages.noSuchFile
            case EACCES, EPERM: return Messages.permissionDenied
            default: return Phrase(stringLiteral: String(cString: strerror(code)))  // the system's own words
            }
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return Messages.isDirectory }
        return Messages.notRegularFile
    }
}
