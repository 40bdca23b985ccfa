import ChengyuCore

/// The agreements table the Agreements, City and Tie screens share.
enum AgreementTable {
  /// An agreements table: date, id, family letter, party count, title; wide terminals add the
  /// mechanism type, narrow panes drop the party count. Used by the Agreements, City and Tie
  /// screens.
  static func render(_ state: AppState, rows: [Int], list: ListState, sort: SortState? = nil, focused: Bool = true,
                    in rect: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    enum Field { case date, id, family, parties, mechanism, title }
    var fields: [(Field, Column)] = [(.date, Column("Date", 10, sort: .date)), (.id, Column("ID", 4, sort: .id)), (.family, Column("F", 1))]
    if rect.width >= 50 { fields.append((.parties, Column("Pty", 3, right: true, sort: .parties))) }
    if rect.width >= 100 {
      // Wide panes give the mechanism its longest name ("Declaration or memorandum"), not "Declaration or me…".
      let longest = state.dataset.codebook.mechanisms.map { DisplayWidth.of($0.nameEn) }.max() ?? 18
      fields.append((.mechanism, Column("Mechanism", rect.width >= 130 ? max(18, longest) : 18)))
    }
    fields.append((.title, Column("Title", 0)))
    var table = TableView(columns: fields.map(\.1), focused: focused)
    table.highlight = state.searchText(state.screen)
    table.sort = sort
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
