/// A value of a node or tie attribute, typed so each format can declare and write it its own way.
public enum ExportValue: Sendable, Equatable {
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)
  /// Several strings (agreement ids, domains): a JSON array, `;`-joined elsewhere.
  case list([String])

  /// The value as one text cell: numbers in their shortest exact form, booleans `true`/`false`,
  /// lists joined by `;`.
  public var text: String {
    switch self {
    case .string(let s): s
    case .int(let i): String(i)
    case .double(let d): ExportText.number(d)
    case .bool(let b): b ? "true" : "false"
    case .list(let items): items.joined(separator: ";")
    }
  }

  /// True for values a format may write unquoted (numbers).
  public var isNumber: Bool {
    switch self {
    case .int, .double: true
    default: false
    }
  }
}

/// The type an attribute declares (GraphML `attr.type`, GEXF `type`).
public enum ExportValueType: Sendable {
  case string, int, double, bool, list
}

/// One attribute of the export schema: its name, type and how to read it from a node or a tie.
///
/// Every writer iterates `ExportNetwork.nodeAttributes` and `tieAttributes` instead of spelling
/// out the columns, so an attribute added there reaches every format that has attributes.
public struct ExportAttribute<Subject>: Sendable {
  /// What a format may treat specially: the label (GEXF's `label`, Gephi's `Label` column) and the
  /// weight (GEXF's `weight`, Gephi's `Weight`).
  public enum Role: Sendable { case label, weight }

  /// The column or key name in flat formats, e.g. `level`, `mechanism.joint-conference`.
  public let name: String
  public let type: ExportValueType
  public let role: Role?
  /// JSON nests attributes that share a group under one key (`mechanisms: {…}`); `key` is the
  /// member's name there. Nil for attributes at the top level.
  public let group: String?
  public let key: String
  private let read: @Sendable (Subject) -> ExportValue?

  /// An attribute; `read` returns nil where the value is unknown (a missing coordinate), which
  /// formats write as an empty cell, `null` or nothing.
  public init(
    _ name: String, _ type: ExportValueType, role: Role? = nil, group: String? = nil, key: String? = nil,
    _ read: @escaping @Sendable (Subject) -> ExportValue?
  ) {
    self.name = name
    self.type = type
    self.role = role
    self.group = group
    self.key = key ?? name
    self.read = read
  }

  /// The attribute's value for one node or tie.
  public func value(_ subject: Subject) -> ExportValue? { read(subject) }
}
