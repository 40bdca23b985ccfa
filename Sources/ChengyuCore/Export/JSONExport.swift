/// JSON: nodes with their attributes, ties with weight, agreement ids and counts by mechanism
/// family and type, and the filter; indented by two spaces, keys in a fixed order.
public enum JSONExport {
  /// The whole document, ending with a newline.
  public static func render(_ network: ExportNetwork) -> String {
    document(network).serialized(pretty: true) + "\n"
  }

  /// The document as a value (for callers that embed it).
  public static func document(_ network: ExportNetwork) -> JSONValue {
    .object([
      ("format", .string("chengyu-network")),
      ("directed", .bool(false)),
      ("source", .string(network.origin)),
      ("description", .string(network.provenanceLine)),
      ("filter", FilterSummary.json(network.filter)),
      ("node_count", .int(network.nodes.count)),
      ("tie_count", .int(network.ties.count)),
      ("nodes", .array(network.nodes.map(node))),
      ("ties", .array(network.ties.map { tie($0, network) })),
    ])
  }

  private static func node(_ n: ExportNetwork.Node) -> JSONValue {
    .object([
      ("id", .string(n.id)), ("label", .string(n.label)), ("name_en", .string(n.nameEn)),
      ("level", .string(n.level)), ("province", .string(n.province)), ("in_region", .bool(n.inRegion)),
      ("lat", n.latitude.map(JSONValue.double) ?? .null), ("lon", n.longitude.map(JSONValue.double) ?? .null),
      ("first_date", .string(n.firstDate.description)),
    ])
  }

  private static func tie(_ t: ExportNetwork.Tie, _ network: ExportNetwork) -> JSONValue {
    var counts: [(String, Int)] = []
    for m in t.mechanisms {
      if let i = counts.firstIndex(where: { $0.0 == m }) { counts[i].1 += 1 } else { counts.append((m, 1)) }
    }
    counts.sort { $0.0 < $1.0 }
    return .object([
      ("source", .string(network.nodes[t.source].id)), ("target", .string(network.nodes[t.target].id)),
      ("weight", .int(t.weight)), ("governance", .int(t.governance)), ("collaboration", .int(t.collaboration)),
      ("mechanisms", .object(counts.map { ($0.0, .int($0.1)) })),
      ("first_date", .string(t.firstDate.description)), ("last_date", .string(t.lastDate.description)),
      ("agreements", .array(t.agreementIDs.map(JSONValue.string))),
    ])
  }
}
