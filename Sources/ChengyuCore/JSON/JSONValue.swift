/// A JSON document with ordered object keys, so output is stable for scripts and tests.
///
/// The core writes JSON itself instead of using Foundation's encoder (kept out of the core).
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (l: JSONValue, r: JSONValue) -> Bool {
    l.serialized() == r.serialized()
  }

  /// Compact JSON, or indented by two spaces when `pretty`; `level` starts the indentation
  /// deeper, for a value written inside an enclosing document (streamed exports).
  public func serialized(pretty: Bool = false, level: Int = 0) -> String {
    var out = ""
    write(into: &out, pretty: pretty, indent: level)
    return out
  }

  private func write(into out: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d): out += JSONValue.format(d)
    case .string(let s): JSONValue.quote(s, into: &out)
    case .array(let items):
      writeContainer("[", "]", items.count, into: &out, pretty: pretty, indent: indent) { i, out in
        items[i].write(into: &out, pretty: pretty, indent: indent + 1)
      }
    case .object(let members):
      writeContainer("{", "}", members.count, into: &out, pretty: pretty, indent: indent) { i, out in
        JSONValue.quote(members[i].0, into: &out)
        out += pretty ? ": " : ":"
        members[i].1.write(into: &out, pretty: pretty, indent: indent + 1)
      }
    }
  }

  private func writeContainer(
    _ open: String, _ close: String, _ count: Int, into out: inout String, pretty: Bool,
    indent: Int, _ item: (Int, inout String) -> Void
  ) {
    out += open
    if count == 0 {
      out += close
      return
    }
    let pad = pretty ? "\n" + String(repeating: "  ", count: indent + 1) : ""
    for i in 0..<count {
      if i > 0 { out += "," }
      out += pad
      item(i, &out)
    }
    if pretty { out += "\n" + String(repeating: "  ", count: indent) }
    out += close
  }

  /// Shortest round-tripping form; non-finite numbers (which JSON cannot hold) become null.
  static func format(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) + ".0" }
    return "\(d)"
  }

  static func quote(_ s: String, into out: inout String) {
    out += "\""
    // Fast path: nothing to escape (0xC2 leads the UTF-8 of U+0080–U+00BF, which holds the C1 controls).
    if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 }) {
      out += s
      out += "\""
      return
    }
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where u.value < 0x20 || (0x7F...0x9F).contains(u.value):
        let hex = String(u.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(u)
      }
    }
    out += "\""
  }
}
