import ChengyuCore

/// Reads the names of categories given on the command line: the id or English name, or the
/// Chinese name (`--family 治理`, `--level 地级`, `--mechanism 联席会议机制`, `--domain 旅游`,
/// `--aggregate 市级`). ASCII letters match in any case. An unknown name prints `UnknownValue`'s
/// message and throws exit code 64.
enum CategoryNames {
  static func family(_ name: String) throws -> MechanismFamily {
    try pick(name, kind: "family", MechanismFamily.allCases.map { ($0, [$0.rawValue, $0.nameZh]) })
  }

  static func level(_ name: String) throws -> AdminLevel {
    try pick(name, kind: "level", AdminLevel.allCases.map { ($0, [$0.rawValue, $0.nameZh]) })
  }

  static func issuerLevel(_ name: String) throws -> IssuerLevel {
    try pick(name, kind: "issuer level", IssuerLevel.allCases.map { ($0, [$0.rawValue, $0.nameZh]) })
  }

  /// `--confidence`: the values of data/README.md.
  static func confidence(_ name: String) throws -> String {
    try pick(name, kind: "confidence", [("high", ["high", "高"]), ("medium", ["medium", "中"])])
  }

  static func weighting(_ name: String) throws -> TieWeighting {
    try pick(name, kind: "weighting", TieWeighting.allCases.map { ($0, [$0.rawValue]) })
  }

  static func aggregation(_ name: String) throws -> AggregationLevel {
    try pick(name, kind: "aggregation", AggregationLevel.allCases.map { ($0, [$0.rawValue, $0.name(.zh)]) })
  }

  /// What `chengyu list` lists (`城市` for cities …).
  static func listKind(_ name: String) throws -> ListKind {
    try pick(name, kind: "list kind", listKinds)
  }

  /// The list kind `name` means, or nil (for a name `validate()` has already checked).
  static func knownListKind(_ name: String) -> ListKind? { match(name, listKinds) }

  private static var listKinds: [(ListKind, [String])] { ListKind.allCases.map { ($0, [$0.rawValue, $0.nameZh]) } }

  static func format(_ name: String) throws -> OutputFormat {
    try pick(name, kind: "format", OutputFormat.allCases.map { ($0, [$0.rawValue]) })
  }

  /// A mechanism id of the codebook, by the names `chengyu import` reads too (`CodebookNames`:
  /// id, Chinese or English name, 联席会议 for 联席会议机制 …).
  static func mechanism(_ name: String, in codebook: Codebook) throws -> String {
    let names = CodebookNames(codebook)
    if let m = names.mechanism(name) { return m.id }
    throw UnknownValue(kind: "mechanism", value: name, known: names.knownMechanisms).exit()
  }

  /// A domain id of the codebook, by the same names.
  static func domain(_ name: String, in codebook: Codebook) throws -> String {
    let names = CodebookNames(codebook)
    if let d = names.domain(name) { return d.id }
    throw UnknownValue(kind: "domain", value: name, known: names.knownDomains).exit()
  }

  /// The value one of whose names is `name` (folded); the first name is the id shown in the
  /// error, the second (when Chinese) beside it.
  private static func pick<T>(_ name: String, kind: String, _ choices: [(T, [String])]) throws -> T {
    if let hit = match(name, choices) { return hit }
    throw UnknownValue(kind: kind, value: name, known: choices.map { c in
      let names = c.1
      return names.count > 1 && names[1] != names[0] ? "\(names[0]) \(names[1])" : names[0]
    }).exit()
  }

  /// The value one of whose names is `name`, ASCII letters in any case.
  private static func match<T>(_ name: String, _ choices: [(T, [String])]) -> T? {
    let folded = TextMatch.fold(name)
    return choices.first { $0.1.contains { TextMatch.fold($0) == folded } }?.0
  }
}
