extension DatasetLoader.Builder {
  static let cityColumns = ["id", "name_zh", "name_en", "level", "parent", "province", "in_region", "source"]

  func cities(_ issues: inout [DatasetIssue]) -> [City] {
    guard let table = table("cities.csv", Self.cityColumns, &issues) else { return [] }
    var seen: [String: Int] = [:]
    var cities: [City] = []
    var lines: [CityID: Int] = [:]
    for row in table.rows {
      guard checkID(row["id"], row: row, table: table, seen: &seen, &issues) else { continue }
      func fail(_ reason: String) { issues.append(DatasetIssue(file: table.file, line: row.line, reason: reason)) }
      guard let level = AdminLevel(rawValue: row["level"]) else {
        fail("unknown level \"\(row["level"])\" (use province, prefecture, district or county)")
        continue
      }
      let inRegion: Bool
      switch row["in_region"] {
      case "yes": inRegion = true
      case "no": inRegion = false
      default:
        fail("in_region must be yes or no, not \"\(row["in_region"])\"")
        continue
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
    checkHierarchy(cities, lines: lines, file: table.file, &issues)
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

  /// Parents and provinces must exist, and following parents must never come back to a city.
  private func checkHierarchy(
    _ cities: [City], lines: [CityID: Int], file: String, _ issues: inout [DatasetIssue]
  ) {
    let byID = Dictionary(cities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for city in cities {
      let line = lines[city.id]
      if let parent = city.parent, byID[parent] == nil {
        issues.append(DatasetIssue(file: file, line: line, reason: "unknown parent id \"\(parent)\""))
      }
      if let province = byID[city.province] {
        if province.level != .province {
          issues.append(DatasetIssue(file: file, line: line, reason: "province \"\(city.province)\" is not a provincial-level unit"))
        }
      } else {
        issues.append(DatasetIssue(file: file, line: line, reason: "unknown province id \"\(city.province)\""))
      }
      var visited: Set<CityID> = [city.id]
      var current = city.parent
      while let p = current, let next = byID[p] {
        if visited.contains(p) {
          issues.append(DatasetIssue(
            file: file, line: line, reason: "cycle in parent: \"\(city.id)\" is its own ancestor through \"\(p)\""))
          break
        }
        visited.insert(p)
        current = next.parent
      }
    }
  }
}
