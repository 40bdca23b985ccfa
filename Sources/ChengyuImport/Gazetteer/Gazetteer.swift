import ChengyuCore

/// China's administrative divisions (provinces, prefectures, districts, counties) with their
/// codes and seats, from the embedded gazetteer (cpca 0.5.5, MIT; data/gazetteer/README.md).
///
/// The level and parent follow from the 6-digit code: `PP0000` is a provincial-level unit,
/// `PPCC00` a prefecture, anything else a county-level unit under `PPCC00` — except in the four
/// municipalities (Beijing, Tianjin, Shanghai, Chongqing), whose districts and counties come
/// directly under `PP0000`, and for the county-level units directly under a province (`PP90xx`),
/// whose code block has no real prefecture.
public struct Gazetteer: Sendable {
  /// One division.
  public struct Division: Sendable, Hashable {
    /// The 6-digit GB/T 2260 code.
    public var code: String
    public var name: String
    public var level: AdminLevel
    /// The code of the administrative parent; nil for provincial-level units.
    public var parentCode: String?
    public var latitude: Double?
    public var longitude: Double?

    /// The code of the provincial-level unit it belongs to.
    public var provinceCode: String { String(code.prefix(2)) + "0000" }
  }

  /// The divisions in file order, without the placeholder rows (市辖区, 县, 省直辖县级行政区划),
  /// which group codes but are not governments.
  public let divisions: [Division]
  /// Code → index into `divisions`.
  public let index: [String: Int]

  /// The gazetteer compiled into the binary.
  public static let embedded: Gazetteer = {
    do { return try Gazetteer(csv: Array(GazetteerFile.csv.utf8)) } catch {
      fatalError("embedded gazetteer is invalid: \(error)")  // checked by GazetteerTests
    }
  }()

  /// Why a gazetteer file could not be read.
  public struct FormatError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var reason: String
    public var description: String { "line \(line): \(reason)" }
  }

  static let municipalities: Set<String> = ["11", "12", "31", "50"]
  static let placeholders: Set<String> = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]

  /// Reads `adcode,name,longitude,latitude` rows (12-digit codes; the first 6 digits are used).
  public init(csv bytes: [UInt8]) throws {
    var reader = CSVReader(bytes: bytes)
    var rows: [(code: String, name: String, lon: Double?, lat: Double?)] = []
    var first = true
    while let record = try reader.next() {
      if first { first = false; continue }  // header
      guard record.fields.count == 4 else {
        throw FormatError(line: record.line, reason: "has \(record.fields.count) fields, expected 4")
      }
      let code = String(record.fields[0].prefix(6))
      guard code.count == 6, code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
        throw FormatError(line: record.line, reason: "bad adcode \"\(record.fields[0])\"")
      }
      let name = record.fields[1]
      if Self.placeholders.contains(name) { continue }
      rows.append((code, name, Double(record.fields[2]), Double(record.fields[3])))
    }
    let codes = Set(rows.map(\.code))
    var divisions: [Division] = []
    var index: [String: Int] = [:]
    for row in rows where index[row.code] == nil {
      let (level, parent) = Self.placement(row.code, name: row.name, codes: codes)
      index[row.code] = divisions.count
      divisions.append(Division(
        code: row.code, name: row.name, level: level, parentCode: parent,
        latitude: row.lat, longitude: row.lon))
    }
    self.divisions = divisions
    self.index = index
  }

  /// Level and parent code from the code's structure (see the type's description).
  static func placement(_ code: String, name: String, codes: Set<String>) -> (AdminLevel, String?) {
    let province = String(code.prefix(2))
    let city = code.dropFirst(2).prefix(2)
    let county = code.suffix(2)
    if city == "00" && county == "00" { return (.province, nil) }
    if county == "00" { return (.prefecture, province + "0000") }
    let level: AdminLevel = name.hasSuffix("区") ? .district : .county
    let prefecture = province + city + "00"
    if municipalities.contains(province) || !codes.contains(prefecture) { return (level, province + "0000") }
    return (level, prefecture)
  }

  /// The division with this 6-digit code, or nil.
  public func division(_ code: String) -> Division? { index[code].map { divisions[$0] } }
}
