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
    let v = state.view  // its counts are not shown while a new filter's model is being built
    let (n, m, a) = (v.graph.nodeCount, v.graph.tieCount, v.agreements.count)
    // Nodes, not cities: at the province level the nodes are provinces (see docs/cli.md, stats).
    let lang = state.lang
    let words = [CountNoun.graphNodes.count(n, lang), CountNoun.ties.count(m, lang), CountNoun.agreements.count(a, lang)]
    let work = workText(state, pen: pen)
    var counts = [words.joined(separator: " \(pen.dot) ") + " ", words.joined(separator: " ") + " ", state.t(TUIMsg.countsShort, n, m, a)]
      .map { work + $0 }
    if state.isFiltering {
      // The counts are the older filter's until the new model is in: the progress stands there.
      let key = state.hasModel ? WorkMsg.filtering : .building  // the first model: "building network…"
      let done = state.t(key, pen.ellipsis, " \(Int(state.filteringDone * 100))%") + " "
      counts = [work + done, work + done, work + state.t(key, pen.ellipsis, "") + " "]
    }
    let label = state.t(TUIMsg.headerFilter)
    let full = label + summary(state.filter, state: state, pen: pen)
    let short = summary(state.filter, state: state, pen: pen, short: true)
    let tries = [(full, counts[0]), (full, counts[1]), (label + short, counts[1]), (" " + short, counts[1]), (full, counts[2]),
                 (label + short, counts[2]), (" " + short, counts[2])]
    return tries.first { DisplayWidth.of($0.0) + DisplayWidth.of($0.1) + 1 <= width } ?? tries[tries.count - 1]
  }

  /// The progress of work running off the key path ("working: measures 45% · "), or "".
  static func workText(_ state: AppState, pen: Pen) -> String {
    let running = WorkKind.allCases.compactMap { kind in state.work[kind].map { (kind, $0) } }
    guard !running.isEmpty else { return "" }
    let parts = running.map { kind, done in
      kind == .export ? state.t(kind.label) : "\(state.t(kind.label)) \(Int(done * 100))%"
    }
    return state.t(WorkMsg.headerWorking, parts.joined(separator: ", ")) + " \(pen.dot) "
  }

  /// Rows of the current list without its search (the list's cached order, not recomputed).
  private static func unsearchedRows(_ state: AppState) -> Int {
    var whole = state
    whole.search[state.screen] = nil
    return whole.rowCount(state.currentListKey)
  }

  /// The filter in words, e.g. "governance · 2016–2020 · in-region"; `short` gives the compact
  /// form "G·2016–2020·in-region" for narrow terminals.
  static func summary(_ f: Filter, state: AppState, pen: Pen, short: Bool = false) -> String {
    let lang = state.lang
    var parts: [String] = []
    if let family = f.families.first, f.families.count == 1 {
      // Chinese names the family alone: 治理 needs no letter to explain it.
      let long = lang == .en ? "\(family.name(lang)) (\(family.letter(lang)))" : family.name(lang)
      parts.append(short ? family.letter(lang) : long)
    } else {
      parts.append(state.t(short ? TUIMsg.headerAll : .headerAllMechanisms))
    }
    let book = state.dataset.codebook
    if !f.mechanisms.isEmpty {
      let names = f.mechanisms.sorted().map { id in lang == .en ? id : book.mechanisms.first { $0.id == id }?.nameZh ?? id }
      parts.append(state.t(TUIMsg.headerTypes, names.joined(separator: ",")))
    }
    if !f.domains.isEmpty {
      let names = f.domains.sorted().map { id in lang == .en ? id : book.domains.first { $0.id == id }?.nameZh ?? id }
      parts.append(state.t(TUIMsg.headerDomains, names.joined(separator: ",")))
    }
    if let y = f.years { parts.append(y.lowerBound == y.upperBound ? "\(y.lowerBound)" : "\(y.lowerBound)\(pen.dash)\(y.upperBound)") }
    if !f.levels.isEmpty { parts.append(state.t(TUIMsg.headerLevels, f.levels.sorted().map { $0.name(lang) }.joined(separator: ","))) }
    if f.inRegionOnly { parts.append(state.t(TUIMsg.headerInRegion)) }
    if f.crossBorderOnly { parts.append(state.t(TUIMsg.headerCrossBorder)) }
    if !f.issuerLevels.isEmpty {
      let names = f.issuerLevels.sorted().map { lang == .en ? $0.rawValue : $0.nameZh }.joined(separator: ",")
      parts.append(short ? names : state.t(TUIMsg.headerIssuers, names))
    }
    if !f.text.isEmpty { parts.append(state.t(TUIMsg.headerText, f.text)) }
    if let n = f.maxParties { parts.append(state.t(short ? TUIMsg.headerMaxPartiesShort : .headerMaxParties, String(n))) }
    if !f.confidences.isEmpty {
      parts.append(state.t(short ? TUIMsg.headerConfidenceShort : .headerConfidence, f.confidences.sorted().joined(separator: ",")))
    }
    if f.keepIsolates { parts.append(state.t(short ? TUIMsg.headerFixedActorsShort : .headerFixedActors)) }
    if f.weighting != .count { parts.append(short ? f.weighting.rawValue : state.t(TUIMsg.headerWeights, f.weighting.rawValue)) }
    if f.aggregation != .signed { parts.append(state.t(TUIMsg.headerBy, f.aggregation.name(lang))) }
    if let s = state.search[state.screen], state.prompt == nil {
      // The wide form says how much of the list the search keeps: "/遂宁 (1 of 129)".
      // Its counts wait for the new model while one is built.
      parts.append(short || state.isFiltering ? "/\(s)" : "/\(s) (\(Msg.countOf.text(lang, state.rowCount(state.currentListKey), unsearchedRows(state))))")
    }
    return parts.joined(separator: short ? pen.dot : " \(pen.dot) ")
  }
}
