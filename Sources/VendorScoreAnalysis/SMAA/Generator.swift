/// The analysis's random numbers: xoshiro256** (Blackman and Vigna, 2018), its 256-bit state
/// filled from SplitMix64. Integer operations only, so the same seed gives the same numbers on
/// every machine and compiler.
///
/// Sampling is split into blocks of ``SMAA/blockSize`` samples; block `b` starts from the state
/// made of SplitMix64 outputs `4b+1 … 4b+4` of the stream seeded with the user's seed. Blocks can
/// therefore run in any order, on any number of cores, and give the same samples.
///
/// ```swift
/// var generator = Xoshiro256StarStar(seed: 42, block: 0)
/// let u = generator.nextUnit()   // in [0, 1)
/// ```
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s0, s1, s2, s3: UInt64

    /// The generator of block `block` for `seed`.
    public init(seed: UInt64, block: UInt64) {
        var splitMix = SplitMix64(state: seed &+ (block &* 4) &* SplitMix64.gamma)
        s0 = splitMix.next()
        s1 = splitMix.next()
        s2 = splitMix.next()
        s3 = splitMix.next()
    }

    /// A generator with the given state (not all zero), for checking against the reference outputs.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
    }

    public mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    /// A uniform double in [0, 1): the top 53 bits times 2⁻⁵³.
    @inline(__always)
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    @inline(__always)
    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

/// SplitMix64 (Steele, Lea and Flood, 2014), used only to seed xoshiro256**.
struct SplitMix64 {
    static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= Self.gamma
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
