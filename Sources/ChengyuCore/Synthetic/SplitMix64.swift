/// SplitMix64 (Steele, Lea and Flood 2014): a tiny seeded generator whose output is the same on
/// every platform and Swift version, unlike `SystemRandomNumberGenerator`; synthetic corpora must
/// be reproducible from their seed alone.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator whose whole output is fixed by `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (bound > 0). Uses Lemire's multiply-shift, which is deterministic
  /// here, rather than the stdlib's `random(in:)` whose algorithm may change between releases.
  public mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A number in `0..<1` with 53 random bits.
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
