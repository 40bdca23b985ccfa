/// JSON: nodes and ties with every attribute of the export schema (the per-type mechanism counts
/// nested as `mechanisms`), and the filter; indented by two spaces, keys in a fixed order.
public enum JSONExport {
  /// The whole document as a String, ending with a newline (tests; files are streamed).
  public static func render(_ network: ExportNetwork) -> String {
    String(decoding: ExportSink.collect { write(network, to: $0) }, as: UTF8.self)
  }

  /// The document as a value (for callers that embed it).
  public static func document(_ network: ExportNetwork) -> JSONValue {
    .object(head(network) + [
      ("nodes", .array(network.nodes.map { node($0, network) })),
      ("ties", .array(network.ties.map { tie($0, network) })),
    ])
  }

  /// Streams the document: the same text as `document(_:).serialized(pretty: true)` plus a
  /// newline, written one node or tie at a time.
  public static func write(_ network: ExportNetwork, to out: ExportSink) {
    out.write("{")
    for (i, (key, value)) in head(network).enumerated() {
      out.write((i == 0 ? "\n  " : ",\n  ") + JSONValue.string(key).serialized() + ": "
        + value.serialized(pretty: true, level: 1))
    }
    array("nodes", network.nodes, to: out) { node($0, network) }
    array("ties", network.ties, to: out) { tie($0, network) }
    out.write("\n}\n")
  }

  private static func head(_ network: ExportNetwork) -> [(String, JSONValue)] {
    [
      ("format", .string("chengyu-network")),
      ("directed", .bool(false)),
      ("source", .string(network.origin)),
      ("description", .string(network.provenanceLine)),
      ("filter", FilterSummary.json(network.filter)),
      ("node_count", .int(network.nodes.count)),
      ("tie_count", .int(network.ties.count)),
    ]
  }

  private static func array<T>(_ key: String, _ items: [T], to out: ExportSink, _ element: (T) -> JSONValue) {
    out.write(",\n  \"\(key)\": [")
    for (i, item) in items.enumerated() {
      out.write((i == 0 ? "\n    " : ",\n    ") + element(item).serialized(pretty: true, level: 2))
    }
    out.write(items.isEmpty ? "]" : "\n  ]")
  }

  private static func json(_ v: ExportValue?) -> JSONValue {
    switch v {
    case nil: .null
    case .string(let s): .string(s)
    case .int(let i): .int(i)
    case .double(let d): .double(d)
    case .bool(let b): .bool(b)
    case .list(let items): .array(items.map(JSONValue.string))
    }
  }

  /// Members for a list of attributes: grouped ones become one object at their first position.
  private static func members<S>(_ attributes: [ExportAttribute<S>], _ subject: S) -> [(String, JSONValue)] {
    var out: [(String, JSONValue)] = []
    var groups: [String: Int] = [:]
    var grouped: [[(String, JSONValue)]] = []
    for a in attributes {
      guard let g = a.group else {
        out.append((a.key, json(a.value(subject))))
        continue
      }
      if groups[g] == nil {
        groups[g] = grouped.count
        grouped.append([])
        out.append((g, .null))
      }
      grouped[groups[g]!].append((a.key, json(a.value(subject))))
    }
    for (g, i) in groups {
      if let at = out.firstIndex(where: { $0.0 == g }) { out[at].1 = .object(grouped[i]) }
    }
    return out
  }

  private static func node(_ n: ExportNetwork.Node, _ network: ExportNetwork) -> JSONValue {
    .object([("id", .string(n.id))] + members(network.nodeAttributes, n))
  }

  private static func tie(_ t: ExportNetwork.Tie, _ network: ExportNetwork) -> JSONValue {
    .object([("source", .string(network.nodes[t.source].id)), ("target", .string(network.nodes[t.target].id))]
      + members(network.tieAttributes, t))
  }
}
