import Foundation
import Synchronization

/// Runs async work to completion from a synchronous subcommand. The command line is synchronous
/// (``RunnableCommand``); the workspace store is async. The calling thread waits while the work
/// runs on the concurrency pool, which never waits for the caller, so this cannot deadlock.
enum BlockingAsync {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let result = Mutex<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            let outcome: Result<T, any Error>
            do { outcome = .success(try await work()) } catch { outcome = .failure(error) }
            result.withLock { $0 = outcome }
            done.signal()
        }
        done.wait()
        return try result.withLock { $0! }.get()
    }
}
