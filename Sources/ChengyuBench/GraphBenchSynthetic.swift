/// SYNTHETIC agreements for the graph benchmark when no generated dataset folder is given.
///
/// Seeded (SplitMix64), so a size and seed always give the same network. Party counts follow the
/// embedded data's shape: mostly bilateral, some multilateral (up to 8 parties); parties are
/// drawn with a skew towards low indices so a few "hub" governments sign much more, as real
/// capitals do. This is not real data.
struct GraphBenchSynthetic {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Uniform in [0, 1).
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

  /// Party lists of `agreements` synthetic agreements among `cities` governments.
  mutating func agreements(cities: Int, agreements: Int) -> [[Int]] {
    var result: [[Int]] = []
    result.reserveCapacity(agreements)
    for _ in 0..<agreements {
      let r = unit()
      let size = r < 0.7 ? 2 : r < 0.9 ? 3 + Int(next() % 3) : 6 + Int(next() % 3)
      var parties: [Int] = []
      while parties.count < min(size, cities) {
        // u² skews towards low indices: a heavy-tailed degree distribution.
        let u = unit()
        let p = min(cities - 1, Int(u * u * Double(cities)))
        if !parties.contains(p) { parties.append(p) }
      }
      result.append(parties)
    }
    return result
  }
}
