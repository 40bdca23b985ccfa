extension DatasetLoader.Builder {
  static let cityColumns = ["id", "name_zh", "name_en", "level", "parent", "province", "in_region", "source"]

  /// The cities, or nil when cities.csv cannot be read at all (then references to cities are not
  /// checked, to avoid one "unknown city id" per party on top of the real problem).
  ///
  /// A row with a bad level or in_region is reported but kept, so its id still resolves and
  /// its parent is still checked.
  mutating func cities(_ issues: inout [DatasetIssue]) -> [City]? {
    guard let table = table("cities.csv", requiredColumns(Self.cityColumns, provenance: ["source"]), &issues)
    else { return nil }
    warnMissingColumns(["source"], table: table)
    var seen: [String: Int] = [:]
    var cities: [City] = []
    var lines: [CityID: Int] = [:]
    var unknownLevel: Set<CityID> = []
    for row in table.rows {
      guard checkID(row["id"], row: row, table: table, seen: &seen, &issues) else { continue }
      warnIDForExports(row["id"], row: row, table: table)
      func fail(_ reason: String) { issues.append(DatasetIssue(file: table.file, line: row.line, reason: reason)) }
      warnEmptyProvenance(row, table: table, columns: ["source"])
      plainReferences(["parent", "province"], row: row, table: table, &issues)
      let level = AdminLevel(rawValue: row["level"]) ?? .county
      if AdminLevel(rawValue: row["level"]) == nil {
        fail("unknown level \"\(row["level"])\" (use province, prefecture, district or county)")
        unknownLevel.insert(CityID(row["id"]))
      }
      let inRegion = row["in_region"] == "yes"
      if row["in_region"] != "yes" && row["in_region"] != "no" {
        fail("in_region must be yes or no, not \"\(row["in_region"])\"")
      }
      let lat = coordinate(row["lat"], range: -90...90, name: "lat", fail)
      let lon = coordinate(row["lon"], range: -180...180, name: "lon", fail)
      let adcode = row["adcode"]
      if !adcode.isEmpty, adcode.utf8.count != 6 || !adcode.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
        fail("bad adcode \"\(adcode)\" (the 6-digit administrative division code, e.g. 510100)")
      }
      let id = CityID(row["id"])
      lines[id] = row.line
      cities.append(City(
        id: id, nameZh: row["name_zh"], nameEn: row["name_en"], level: level,
        parent: row["parent"].isEmpty ? nil : CityID(row["parent"]),
        province: CityID(row["province"].isEmpty ? row["id"] : row["province"]),
        adcode: adcode, latitude: lat, longitude: lon, inRegion: inRegion,
        plan2016: row["plan_2016"], formerNames: row.list("former_names"),
        statusChanges: row["status_changes"], source: row["source"]))
    }
    checkHierarchy(cities, lines: lines, unknownLevel: unknownLevel, file: table.file, &issues)
    return cities
  }

  /// `-12`, `30.65`: an optional minus, digits, and optionally a point and more digits.
  static func isDecimal(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
    return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (0x30...0x39).contains($0) } }
  }

  private func coordinate(
    _ text: String, range: ClosedRange<Double>, name: String, _ fail: (String) -> Void
  ) -> Double? {
    guard !text.isEmpty else { return nil }
    // Decimal only: Double(_:) also reads "0x10" (16), "1e1", "inf" and "nan".
    guard Self.isDecimal(text), let v = Double(text), range.contains(v) else {
      fail("bad \(name) \"\(text)\" (decimal degrees in \(Int(range.lowerBound))…\(Int(range.upperBound)))")
      return nil
    }
    return v
  }

  /// Parents and provinces must exist, a city's province must be its parent's, and following
  /// parents must never come back to a city.
  private func checkHierarchy(
    _ cities: [City], lines: [CityID: Int], unknownLevel: Set<CityID>, file: String,
    _ issues: inout [DatasetIssue]
  ) {
    let byID = Dictionary(cities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let cycles = Self.parentCycles(cities)
    for city in cities {
      let line = lines[city.id]
      if let parent = city.parent, byID[parent] == nil {
        issues.append(DatasetIssue(file: file, line: line, reason: "unknown parent id \"\(parent)\""))
      }
      if let province = byID[city.province] {
        if province.level != .province, !unknownLevel.contains(province.id) {
          issues.append(DatasetIssue(file: file, line: line, reason: "province \"\(city.province)\" is not a provincial-level unit"))
        } else if let parent = city.parent.flatMap({ byID[$0] }), parent.province != city.province,
          byID[parent.province]?.level == .province
        {
          // Roll-up and the cross-border filter read `province`; it must agree with the hierarchy.
          issues.append(DatasetIssue(
            file: file, line: line,
            reason: "province \"\(city.province)\" differs from that of its parent \"\(parent.id)\" (\"\(parent.province)\")"))
        }
      } else {
        issues.append(DatasetIssue(file: file, line: line, reason: "unknown province id \"\(city.province)\""))
      }
      // Report a cycle on the lines of its members only; a city below a cycle is not in it.
      if let chain = cycles[city.id] {
        issues.append(DatasetIssue(file: file, line: line, reason: "cycle in parent: \(chain)"))
      }
    }
  }

  /// Longest cycle shown in full; a longer one is cut so a 2,000-member cycle does not print
  /// 2,000 lines of 2,000 names each.
  static let cycleShown = 8

  /// For each member of a parent cycle, the cycle read from it ("a → b → a"), cut after
  /// `cycleShown` members. Linear in the number of cities: every city is walked once, so a chain
  /// 10,000 deep costs 10,000 steps, not 10,000².
  static func parentCycles(_ cities: [City]) -> [CityID: String] {
    var index: [CityID: Int] = [:]
    for (i, c) in cities.enumerated() where index[c.id] == nil { index[c.id] = i }
    // 0: not seen, 1: on the walk in progress, 2: done.
    var state = [UInt8](repeating: 0, count: cities.count)
    var result: [CityID: String] = [:]
    var path: [Int] = []
    for start in cities.indices where state[start] == 0 {
      path.removeAll(keepingCapacity: true)
      var current: Int? = start
      while let c = current, state[c] == 0 {
        state[c] = 1
        path.append(c)
        current = cities[c].parent.flatMap { index[$0] }
      }
      if let c = current, state[c] == 1, let from = path.lastIndex(of: c) {
        let members = Array(path[from...])
        for (k, m) in members.enumerated() {
          result[cities[m].id] = cycleText(members, from: k, cities)
        }
      }
      for v in path { state[v] = 2 }
    }
    return result
  }

  private static func cycleText(_ members: [Int], from k: Int, _ cities: [City]) -> String {
    let n = members.count
    let shown = (0..<min(n, cycleShown)).map { cities[members[(k + $0) % n]].id.rawValue }
    let first = cities[members[k]].id.rawValue
    guard n > cycleShown else { return (shown + [first]).joined(separator: " → ") }
    return (shown + ["…", first]).joined(separator: " → ") + " (\(n) governments in the cycle)"
  }
}
