import ChengyuCore

/// Line 2: the active filter on the left, the counts it leaves on the right; always visible.
enum HeaderLine {
  static func render(_ state: AppState, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, style: Style.role(.header))
    let (filter, counts) = texts(state, width: rect.width, pen: pen)
    let cw = DisplayWidth.of(counts)
    let style = Style(fg: .header, bg: .header, bold: true)
    pen.put(&buffer, filter, x: rect.x, y: rect.y, width: max(0, rect.width - cw - 1), style: style)
    pen.put(&buffer, counts, x: max(rect.x, rect.maxX - cw), y: rect.y, width: rect.width, style: style)
  }

  /// The filter and the counts, in the longest forms that fit `width` together: the filter gets
  /// its compact form ("G·2016–2020·cross-border") before the counts become "14n 13t 20a", and
  /// before any of it is cut off, so every active filter stays visible.
  static func texts(_ state: AppState, width: Int, pen: Pen) -> (filter: String, counts: String) {
    let v = state.view
    let (n, m, a) = (v.graph.nodeCount, v.graph.tieCount, v.agreements.count)
    // Nodes, not cities: at the province level the nodes are provinces (see docs/cli.md, stats).
    let words = [Wording.count(n, "node"), Wording.count(m, "tie"), Wording.count(a, "agreement")]
    let counts = [words.joined(separator: " \(pen.dot) ") + " ", words.joined(separator: " ") + " ", "\(n)n \(m)t \(a)a "]
    let full = " Filter: " + summary(state.filter, state: state, pen: pen)
    let short = summary(state.filter, state: state, pen: pen, short: true)
    let tries = [(full, counts[0]), (full, counts[1]), (" Filter: " + short, counts[1]), (" " + short, counts[1]), (full, counts[2]),
                 (" Filter: " + short, counts[2]), (" " + short, counts[2])]
    return tries.first { DisplayWidth.of($0.0) + DisplayWidth.of($0.1) + 1 <= width } ?? tries[tries.count - 1]
  }

  /// The filter in words, e.g. "governance · 2016–2020 · in-region"; `short` gives the compact
  /// form "G·2016–2020·in-region" for narrow terminals.
  static func summary(_ f: Filter, state: AppState, pen: Pen, short: Bool = false) -> String {
    var parts: [String] = []
    if let family = f.families.first, f.families.count == 1 {
      parts.append(short ? "\(family.letter)" : "\(family.rawValue) (\(family.letter))")
    } else {
      parts.append(short ? "all" : "all mechanisms")
    }
    if !f.mechanisms.isEmpty { parts.append("types: " + f.mechanisms.sorted().joined(separator: ",")) }
    if !f.domains.isEmpty { parts.append("domains: " + f.domains.sorted().joined(separator: ",")) }
    if let y = f.years { parts.append(y.lowerBound == y.upperBound ? "\(y.lowerBound)" : "\(y.lowerBound)\(pen.dash)\(y.upperBound)") }
    if !f.levels.isEmpty { parts.append("levels: " + f.levels.sorted().map(\.rawValue).joined(separator: ",")) }
    if f.inRegionOnly { parts.append("in-region") }
    if f.crossBorderOnly { parts.append("cross-border") }
    if !f.issuerLevels.isEmpty { parts.append((short ? "" : "issuers: ") + f.issuerLevels.sorted().map(\.rawValue).joined(separator: ",")) }
    if !f.text.isEmpty { parts.append("text: \(f.text)") }
    if f.aggregation != .signed { parts.append("by \(f.aggregation.rawValue)") }
    if let s = state.search[state.screen], state.prompt == nil { parts.append("/\(s)") }
    return parts.joined(separator: short ? pen.dot : " \(pen.dot) ")
  }
}
