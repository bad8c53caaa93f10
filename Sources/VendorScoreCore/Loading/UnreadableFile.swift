import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read, in words: a missing file, a symbolic link loop, a link to
/// nothing, a folder and a permission problem each call for a different fix.
///
/// ```swift
/// guard let data = FileManager.default.contents(atPath: path) else {
///     print("cannot read \(path): \(UnreadableFile.reason(path))")
/// }
/// ```
public enum UnreadableFile {
    public static func reason(_ path: String) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            let code = errno
            switch code {
            case ELOOP: return Messages.symbolicLinkLoop
            case ENOENT:
                var info = stat()
                return lstat(path, &info) == 0 ? Messages.danglingLink : Messages.noSuchFile
            case EACCES, EPERM: return Messages.permissionDenied
            default: return String(cString: strerror(code))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return Messages.isDirectory }
        return Messages.notRegularFile
    }
}
