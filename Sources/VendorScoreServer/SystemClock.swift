import Foundation
import VendorScoreWorkspace

/// The wall clock, for a running server; tests pass their own ``WorkspaceClock``.
///
/// ```swift
/// let server = try await WorkspaceServer(store: store, registry: registry,
///                                        configuration: ServerConfiguration(), clock: SystemClock())
/// ```
public struct SystemClock: WorkspaceClock {
    public init() {}

    public func now() -> Timestamp {
        Timestamp(millisecondsSince1970: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)))
    }
}
