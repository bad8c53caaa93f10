/// Counts failed sign-ins per user name and per client address and refuses further attempts
/// once either reaches the limit within the window.
///
/// Both keys matter: per name stops guessing one account's password from many addresses, per
/// address stops one client trying many accounts. The counts live in the server process, which
/// is the unit that answers sign-ins; a success clears the name's count.
///
/// ```swift
/// let throttle = SignInThrottle(limit: 5, window: .seconds(900))
/// guard await throttle.allows(username: "li.wei", address: "10.0.0.7") else { return }  // 429
/// ```
actor SignInThrottle {
    private let limit: Int
    private let window: Duration
    private let clock: @Sendable () -> ContinuousClock.Instant
    private var failuresByName: [String: [ContinuousClock.Instant]] = [:]
    private var failuresByAddress: [String: [ContinuousClock.Instant]] = [:]

    init(limit: Int, window: Duration, clock: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.limit = limit
        self.window = window
        self.clock = clock
    }

    /// Whether another attempt for this name from this address may be checked at all.
    func allows(username: String, address: String) -> Bool {
        let now = clock()
        let byName = recent(&failuresByName, Self.nameKey(username), now: now)
        let byAddress = recent(&failuresByAddress, address, now: now)
        return byName < limit && byAddress < limit
    }

    func recordFailure(username: String, address: String) {
        let now = clock()
        failuresByName[Self.nameKey(username), default: []].append(now)
        failuresByAddress[address, default: []].append(now)
    }

    func recordSuccess(username: String) {
        failuresByName[Self.nameKey(username)] = nil
    }

    /// Names differing only in case count as one, so case games buy no extra attempts.
    private static func nameKey(_ username: String) -> String {
        username.lowercased()
    }

    private func recent(_ table: inout [String: [ContinuousClock.Instant]], _ key: String, now: ContinuousClock.Instant) -> Int {
        guard let times = table[key] else { return 0 }
        let kept = times.filter { now - $0 < window }
        table[key] = kept.isEmpty ? nil : kept
        return kept.count
    }
}
