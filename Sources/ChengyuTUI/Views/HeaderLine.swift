import ChengyuCore

/// Line 2: the active filter on the left, the counts it leaves on the right; always visible.
enum HeaderLine {
  static func render(_ state: AppState, in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, style: Style.role(.header))
    let v = state.view
    let (n, m, a) = (v.graph.nodeCount, v.graph.tieCount, v.agreements.count)
    let filter = " Filter: " + summary(state.filter, state: state, pen: pen)
    // The longest form of the counts that leaves the filter its full width.
    let forms = ["\(n) cities \(pen.dot) \(m) ties \(pen.dot) \(a) agreements ", "\(n) cities \(m) ties \(a) agr. ", "\(n)c \(m)t \(a)a "]
    let counts = forms.first { DisplayWidth.of($0) + DisplayWidth.of(filter) + 1 <= rect.width } ?? forms[forms.count - 1]
    let cw = DisplayWidth.of(counts)
    let style = Style(fg: .header, bg: .header, bold: true)
    pen.put(&buffer, filter, x: rect.x, y: rect.y, width: max(0, rect.width - cw - 1), style: style)
    pen.put(&buffer, counts, x: max(rect.x, rect.maxX - cw), y: rect.y, width: rect.width, style: style)
  }

  /// The filter in words, e.g. "governance · 2016–2020 · in-region".
  static func summary(_ f: Filter, state: AppState, pen: Pen) -> String {
    var parts: [String] = []
    parts.append(f.families.count == 1 ? "\(f.families.first!.rawValue) (\(f.families.first!.letter))" : "all mechanisms")
    if !f.mechanisms.isEmpty { parts.append("types: " + f.mechanisms.sorted().joined(separator: ",")) }
    if !f.domains.isEmpty { parts.append("domains: " + f.domains.sorted().joined(separator: ",")) }
    if let y = f.years { parts.append(y.lowerBound == y.upperBound ? "\(y.lowerBound)" : "\(y.lowerBound)\(pen.dash)\(y.upperBound)") }
    if !f.levels.isEmpty { parts.append("levels: " + f.levels.sorted().map(\.rawValue).joined(separator: ",")) }
    if f.inRegionOnly { parts.append("in-region") }
    if f.crossBorderOnly { parts.append("cross-border") }
    if !f.text.isEmpty { parts.append("text: \(f.text)") }
    if f.aggregation != .signed { parts.append("by \(f.aggregation.rawValue)") }
    if let s = state.search[state.screen], state.prompt == nil { parts.append("/\(s)") }
    return parts.joined(separator: " \(pen.dot) ")
  }
}
