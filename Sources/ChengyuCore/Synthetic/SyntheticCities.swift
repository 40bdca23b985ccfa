/// One generated government: its id, Chinese name and cities.csv row.
struct SyntheticCity {
  let id: String
  let nameZh: String
  let row: [String]
}

/// Generates the city hierarchy of a synthetic corpus: two provinces, prefectures under them,
/// districts and counties under the prefectures, each with a seat near its parent's.
enum SyntheticCities {
  static let header = [
    "id", "name_zh", "name_en", "level", "parent", "province", "adcode", "lat", "lon",
    "in_region", "plan_2016", "former_names", "status_changes", "source",
  ]

  /// `count` cities (at least 3), in parent-before-child order.
  static func make(count: Int, rng: inout SplitMix64, label: String) -> [SyntheticCity] {
    let total = max(count, 3)
    // About one prefecture per nine lower units, as in Sichuan; at least one.
    let prefectures = max(1, (total - 2) / 10)
    let width = max(4, String(total).count)
    // Seats in 1/10,000 degree, near Chengdu and Chongqing so maps look plausible.
    let provinceSeats = [(306_500, 1_040_800), (295_600, 1_065_500)]
    var cities: [SyntheticCity] = []
    var seats: [(Int, Int)] = []
    cities.reserveCapacity(total)
    func add(_ id: String, _ zh: String, _ en: String, _ level: String, parent: String,
             province: String, seat: (Int, Int)) {
      seats.append(seat)
      cities.append(SyntheticCity(id: id, nameZh: zh, row: [
        id, zh, en, level, parent, province, "", degrees(seat.0), degrees(seat.1),
        "yes", "", "", "", label,
      ]))
    }
    for p in 1...2 {
      add("syn-prov-\(p)", "合成省\(p)", "Synthetic Province \(p)", "province",
          parent: "", province: "syn-prov-\(p)", seat: provinceSeats[p - 1])
    }
    for n in 1...prefectures {
      let province = rng.below(2)
      let seat = jitter(provinceSeats[province], by: 12_000, &rng)
      let number = padded(n, width)
      add("syn-pref-\(number)", "合成市\(number)", "Synthetic Prefecture \(number)", "prefecture",
          parent: "syn-prov-\(province + 1)", province: "syn-prov-\(province + 1)", seat: seat)
    }
    for n in 1...max(1, total - 2 - prefectures) where cities.count < total {
      let parentIndex = 2 + rng.below(prefectures)
      let parent = cities[parentIndex]
      let county = rng.below(2) == 0
      let number = padded(n, width)
      add(county ? "syn-cnty-\(number)" : "syn-dist-\(number)",
          county ? "合成县\(number)" : "合成区\(number)",
          county ? "Synthetic County \(number)" : "Synthetic District \(number)",
          county ? "county" : "district",
          parent: parent.id, province: parent.row[5], seat: jitter(seats[parentIndex], by: 3_000, &rng))
    }
    return cities
  }

  private static func jitter(_ seat: (Int, Int), by spread: Int, _ rng: inout SplitMix64) -> (Int, Int) {
    (seat.0 + rng.below(2 * spread + 1) - spread, seat.1 + rng.below(2 * spread + 1) - spread)
  }

  /// 1/10,000 degrees (positive here) as decimal text, e.g. 306500 → "30.6500".
  static func degrees(_ tenThousandths: Int) -> String {
    "\(tenThousandths / 10_000)." + padded(tenThousandths % 10_000, 4)
  }

  /// `n` with leading zeros to `width` digits.
  static func padded(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
