extension DatasetLoader.Builder {
  static let cityColumns = ["id", "name_zh", "name_en", "level", "parent", "province", "in_region", "source"]

  /// The cities, or nil when cities.csv cannot be read at all (then references to cities are not
  /// checked, to avoid one "unknown city id" per party on top of the real problem).
  ///
  /// A row with a bad level or in_region is reported but kept, so its id still resolves and
  /// its parent is still checked.
  func cities(_ issues: inout [DatasetIssue]) -> [City]? {
    guard let table = table("cities.csv", requiredColumns(Self.cityColumns, provenance: ["source"]), &issues)
    else { return nil }
    warnMissingColumns(["source"], table: table)
    var seen: [String: Int] = [:]
    var cities: [City] = []
    var lines: [CityID: Int] = [:]
    var unknownLevel: Set<CityID> = []
    for row in table.rows {
      guard checkID(row["id"], row: row, table: table, seen: &seen, &issues) else { continue }
      func fail(_ reason: String) { issues.append(DatasetIssue(file: table.file, line: row.line, reason: reason)) }
      warnEmptyProvenance(row, table: table, columns: ["source"])
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
      let id = CityID(row["id"])
      lines[id] = row.line
      cities.append(City(
        id: id, nameZh: row["name_zh"], nameEn: row["name_en"], level: level,
        parent: row["parent"].isEmpty ? nil : CityID(row["parent"]),
        province: CityID(row["province"].isEmpty ? row["id"] : row["province"]),
        adcode: row["adcode"], latitude: lat, longitude: lon, inRegion: inRegion,
        plan2016: row["plan_2016"], formerNames: row.list("former_names"),
        statusChanges: row["status_changes"], source: row["source"]))
    }
    checkHierarchy(cities, lines: lines, unknownLevel: unknownLevel, file: table.file, &issues)
    return cities
  }

  private func coordinate(
    _ text: String, range: ClosedRange<Double>, name: String, _ fail: (String) -> Void
  ) -> Double? {
    guard !text.isEmpty else { return nil }
    guard let v = Double(text), range.contains(v) else {
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
      var path: [CityID] = [city.id]
      var visited: Set<CityID> = [city.id]
      var current = city.parent
      while let p = current, let next = byID[p] {
        if p == city.id {
          let chain = (path + [p]).map(\.rawValue).joined(separator: " → ")
          issues.append(DatasetIssue(file: file, line: line, reason: "cycle in parent: \(chain)"))
          break
        }
        if !visited.insert(p).inserted { break }
        path.append(p)
        current = next.parent
      }
    }
  }
}
