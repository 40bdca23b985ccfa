import ChengyuCore

/// A column of a table: its title, its width (0 shares the space left), its alignment and the
/// sort key it shows (marked in the header when the list is sorted by it).
struct Column {
  let title: String
  let width: Int
  var right = false
  var sortKey: SortKey?

  init(_ title: String, _ width: Int, right: Bool = false, sort: SortKey? = nil) {
    self.title = title
    self.width = width
    self.right = right
    self.sortKey = sort
  }
}

/// A scrolling table: a header line, then rows, the selected one in reverse video. Every list
/// screen draws through it, so selection and scrolling look the same everywhere.
struct TableView {
  var columns: [Column]
  /// The list's sort, marked in the header of the column with that key.
  var sort: SortState? = nil
  var focused = true
  var emptyText = "Nothing matches the filter"
  /// Whether the first line holds the column titles.
  var header = true
  /// Folded search text, underlined where it occurs in a cell.
  var highlight = ""

  /// Narrowest useful share of a flexible column; below it the column is hidden.
  static let minimumFlexible = 6

  /// Column start and width within `width` columns (one space between columns); a flexible
  /// column too narrow to be useful gets width 0 and is not drawn.
  func layout(width: Int) -> [(x: Int, width: Int)] {
    let fixed = columns.reduce(0) { $0 + $1.width } + max(0, columns.count - 1)
    let flexible = columns.filter { $0.width == 0 }.count
    let share = flexible == 0 ? 0 : (width - fixed) / flexible
    let hidden = share < TableView.minimumFlexible
    var x = 0
    return columns.map { c in
      let w = c.width == 0 ? (hidden ? 0 : share) : c.width
      defer { x += w == 0 ? 0 : w + 1 }
      return (x, w)
    }
  }

  /// Draws the header and the visible rows; `cell(row, column)` gives each cell's text and style.
  func render(in rect: Rect, count: Int, list: ListState, pen: Pen, into buffer: inout ScreenBuffer,
              cell: (Int, Int) -> (String, Style?)) {
    guard rect.height > 0 else { return }
    let spans = layout(width: rect.width)
    for (i, c) in columns.enumerated() where header && spans[i].width > 0 {
      var title = c.title
      if let s = sort, c.sortKey == s.key { title += pen.arrow(descending: s.descending) }
      pen.cell(&buffer, title, x: rect.x + spans[i].x, y: rect.y, width: min(spans[i].width, rect.width - spans[i].x),
               right: c.right, style: Styles.columnHeader)
    }
    let rows = header ? Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1) : rect
    guard count > 0 else {
      // A search that matches nothing is named, so it is not taken for an empty filter.
      let text = highlight.isEmpty ? emptyText : "Nothing matches /\(highlight) (Esc clears the search)"
      pen.put(&buffer, text, x: rows.x + 1, y: rows.y, width: rows.width - 1, style: Styles.dim)
      return
    }
    let shown = list.visible(count: count, viewport: rows.height)
    for line in 0..<rows.height {
      let row = shown.offset + line
      guard row < count else { break }
      let y = rows.y + line
      let selected = row == shown.selected
      // The cursor covers the first column only: moving it then rewrites about 30 cells, not two
      // whole rows, which keeps a cursor-down key under 150 bytes over a slow SSH link.
      let cursor: Style? = selected ? (focused ? Styles.selection : Styles.unfocusedSelection) : nil
      if let cursor { buffer.fill(Rect(x: rows.x, y: y, width: min(rows.width, spans[0].width), height: 1), style: cursor) }
      for (i, c) in columns.enumerated() where spans[i].width > 0 {
        let (text, style) = cell(row, i)
        let shown = i == 0 ? cursor ?? style : style
        let width = min(spans[i].width, rows.width - spans[i].x)
        pen.cell(&buffer, text, x: rows.x + spans[i].x, y: y, width: width, right: c.right, style: shown ?? .plain)
        // Each word of the search is underlined where it occurs (lists match every word).
        for word in highlight.split(separator: " ") {
          underlineMatch(text, Array(word), x: rows.x + spans[i].x, y: y, width: width, right: c.right, pen: pen, into: &buffer)
        }
      }
    }
  }

  /// Underlines (and bolds) the first occurrence of `needle` (a folded search word) in a drawn
  /// cell, so search matches show without colour.
  private func underlineMatch(_ text: String, _ needle: [Character], x: Int, y: Int, width: Int, right: Bool, pen: Pen,
                              into buffer: inout ScreenBuffer) {
    let shown = Array(pen.fold(text))
    let folded = Array(TextMatch.fold(pen.fold(text)))
    guard !needle.isEmpty, needle.count <= folded.count, folded.count == shown.count,
      let k = (0...(folded.count - needle.count)).first(where: { Array(folded[$0..<$0 + needle.count]) == needle })
    else { return }
    let total = DisplayWidth.of(String(shown))
    let start = (right && total < width ? width - total : 0) + DisplayWidth.of(String(shown[..<k]))
    let end = min(width, start + DisplayWidth.of(String(shown[k..<k + needle.count])))
    guard start < end else { return }
    for col in (x + start)..<(x + end) where col < buffer.size.width {
      var cell = buffer[x: col, y: y]
      guard !cell.isContinuation else { continue }
      cell.style.underline = true
      cell.style.bold = true
      buffer[x: col, y: y] = cell
    }
  }
}
