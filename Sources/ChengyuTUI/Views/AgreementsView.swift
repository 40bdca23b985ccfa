import ChengyuCore

/// The Agreements tab: every agreement of the filtered view, by date.
enum AgreementsView {
  static func render(_ state: AppState, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    table(state, rows: state.agreementRows(), list: state.list(ListKey(.agreements)), sortable: true,
          in: body, pen: pen, into: &buffer)
  }

  /// An agreements table: date, id, family letter, party count, title; wide terminals add the
  /// mechanism type, narrow panes drop the party count. Used by the Agreements, City and Tie
  /// screens.
  static func table(_ state: AppState, rows: [Int], list: ListState, sortable: Bool = false, focused: Bool = true,
                    in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    enum Field { case date, id, family, parties, mechanism, title }
    var fields: [(Field, Column)] = [(.date, Column("Date", 10)), (.id, Column("ID", 4)), (.family, Column("F", 1))]
    if rect.width >= 50 { fields.append((.parties, Column("Pty", 3, right: true))) }
    if rect.width >= 100 { fields.append((.mechanism, Column("Mechanism", 18))) }
    fields.append((.title, Column("Title", 0)))
    var table = TableView(columns: fields.map(\.1), focused: focused)
    table.highlight = state.searchText(state.screen)
    if sortable {
      let at = { (f: Field) in fields.firstIndex { $0.0 == f } }
      table.sorted = state.sortMark(.agreements, columns: [.date: at(.date), .id: at(.id), .parties: at(.parties)].compactMapValues { $0 })
    }
    let data = state.dataset
    table.render(in: rect, count: rows.count, list: list, pen: pen, into: &buffer) { row, col in
      let a = data.agreements[rows[row]]
      switch fields[col].0 {
      case .date: return (a.date.description, nil)
      case .id: return (a.id, nil)
      case .family: return (String(a.family.letter), Styles.family(a.family))
      case .parties: return (String(a.parties.count), nil)
      case .mechanism: return (data.mechanism(of: a).nameEn, Styles.dim)
      case .title: return (state.title(a), nil)
      }
    }
  }
}

/// The Policies tab: the central and provincial documents, by date.
enum PoliciesView {
  static func render(_ state: AppState, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let rows = state.policyRows()
    let wide = body.width >= 100
    var columns = [Column("Date", 10), Column("ID", 4), Column("Issuer", wide ? 22 : 14)]
    if wide { columns.append(Column("Level", 16)) }
    columns.append(Column("Title", 0))
    var table = TableView(columns: columns)
    table.highlight = state.searchText(state.screen)
    table.sorted = state.sortMark(.policies, columns: [.date: 0, .id: 1])
    let data = state.dataset
    table.render(in: body, count: rows.count, list: state.list(ListKey(.policies)), pen: pen, into: &buffer) { row, col in
      let p = data.policies[rows[row]]
      switch (col, wide) {
      case (0, _): return (p.date.description, nil)
      case (1, _): return (p.id, nil)
      case (2, _): return (state.asciiMode ? p.issuerLevel : p.issuerZh, nil)
      case (3, true): return (p.issuerLevel, Styles.dim)
      default: return (state.title(p), nil)
      }
    }
  }
}

/// One tie: its two cities, weight and families, and the agreements behind it.
enum TieView {
  static func render(_ state: AppState, _ a: Int, _ b: Int, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let (ca, cb) = (state.dataset.cities[a], state.dataset.cities[b])
    let rows = state.tieAgreementRows(a, b)
    let info = "\(state.name(ca)) \(pen.dash) \(state.name(cb)) \(pen.dot) \(ca.nameEn) \(pen.dash) \(cb.nameEn) \(pen.dot) "
      + (rows.isEmpty ? "no tie under the current filter" : "weight \(rows.count) \(pen.dot) \(state.familyCounts(rows))")
    pen.put(&buffer, info, x: body.x + 1, y: body.y, width: body.width - 1, style: Style(fg: .title, bold: true))
    let rect = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
    AgreementsView.table(state, rows: rows, list: state.list(ListKey(.tie(a, b))), in: rect, pen: pen, into: &buffer)
  }
}
