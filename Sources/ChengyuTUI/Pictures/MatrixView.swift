import ChengyuCore

/// The adjacency matrix as a heatmap widget: one row and one two-column column per city, in
/// `MatrixOrder`; cells shaded `░▒▓█` by weight (ASCII `.:+#`); row labels with the province
/// glyph on the left, column labels written downwards on top (Chinese reads well vertically);
/// the cursor cell is reversed, its row and column labels too, and the bottom line names the
/// pair and its weight. The view scrolls to keep the cursor in sight.
public struct MatrixView: Sendable {
  public var picture: NetworkPicture
  /// Row order and weights, computed once per filter.
  public var data: MatrixData
  var order: [Int] { data.order }
  /// Row and column of the cursor, in matrix order.
  public var cursor: (row: Int, column: Int)
  public var ascii: Bool
  /// The language of the cursor's line (English unless set).
  public var language = Language.en

  public init(picture: NetworkPicture, data: MatrixData, cursor: (row: Int, column: Int) = (0, 0), ascii: Bool = false) {
    self.picture = picture
    self.data = data
    self.cursor = cursor
    self.ascii = ascii
  }

  /// Rows of column labels (characters written downwards).
  static func headerRows(_ area: Rect) -> Int { max(1, min(4, (area.height - 3) / 4)) }

  func label(_ v: Int) -> String { ascii ? picture.nodes[v].pinyin : picture.nodes[v].label }

  /// Label column width: the widest label plus the glyph, capped.
  func labelWidth(_ area: Rect) -> Int {
    let widest = order.map { DisplayWidth.of(label($0)) }.max() ?? 0
    return min(max(4, widest + 2), max(4, area.width / 4))
  }

  /// First visible row and column, and how many of each fit.
  func window(_ area: Rect) -> (top: Int, left: Int, rows: Int, columns: Int) {
    let rows = max(1, area.height - MatrixView.headerRows(area) - 1)
    let columns = max(1, (area.width - labelWidth(area) - 1) / 2)
    func start(_ at: Int, _ fit: Int) -> Int { max(0, min(at - fit / 2, order.count - fit)) }
    return (start(cursor.row, rows), start(cursor.column, columns), rows, columns)
  }

  public func render(in area: Rect, into buffer: inout ScreenBuffer) {
    guard area.width > 8, area.height > 3 else { return }
    let pen = Pen(ascii: ascii)
    let glyphs = PictureGlyphs(ascii: ascii)
    let n = order.count
    guard n > 0 else {
      pen.put(&buffer, TUIPictureMsg.matrixEmpty.text(language), x: area.x, y: area.y, width: area.width, style: Styles.dim)
      return
    }
    let head = MatrixView.headerRows(area)
    let lw = labelWidth(area)
    let win = window(area)
    let x0 = area.x + lw + 1, y0 = area.y + head
    let maxW = picture.maxWeight
    // Column labels, one character per row, downwards.
    for c in win.left..<min(n, win.left + win.columns) {
      let x = x0 + 2 * (c - win.left)
      let style = c == cursor.column ? Styles.selection : PictureGlyphs.nodeStyle(group: picture.nodes[order[c]].group)
      for (k, ch) in label(order[c]).prefix(head).enumerated() {
        pen.put(&buffer, String(ch), x: x, y: area.y + k, width: 2, style: style)
      }
    }
    for r in win.top..<min(n, win.top + win.rows) {
      let y = y0 + r - win.top
      let v = order[r]
      let group = picture.nodes[v].group
      let rowStyle = r == cursor.row ? Styles.selection : PictureGlyphs.nodeStyle(group: group)
      pen.put(&buffer, glyphs.node(group: group), x: area.x, y: y, width: 1, style: PictureGlyphs.nodeStyle(group: group))
      pen.cell(&buffer, label(v), x: area.x + 1, y: y, width: lw - 1, style: rowStyle)
      for c in win.left..<min(n, win.left + win.columns) {
        let band = MatrixOrder.shade(data.weight(row: r, column: c), max: maxW)
        var g = glyphs.shade(band)
        if r == c { g = ascii ? "\\" : "╲" }
        let style = (r == cursor.row && c == cursor.column) ? Styles.selection : (band == 0 ? Styles.dim : Style(fg: .header))
        pen.put(&buffer, g + g, x: x0 + 2 * (c - win.left), y: y, width: 2, style: style)
      }
    }
    renderInfo(in: area.row(area.height - 1), pen: pen, glyphs: glyphs, into: &buffer)
  }

  private func renderInfo(in row: Rect, pen: Pen, glyphs: PictureGlyphs, into buffer: inout ScreenBuffer) {
    let n = order.count
    let (r, c) = (min(cursor.row, n - 1), min(cursor.column, n - 1))
    let (a, b) = (order[r], order[c])
    let w = data.weight(row: r, column: c)
    var text = "\(label(a)) \(pen.dash) \(label(b))" + (language == .zh ? "：" : ": ")
    if a == b {
      text += TUIPictureMsg.matrixSameCity.text(language)
    } else if w == 0 {
      text += TUIPictureMsg.matrixNoTie.text(language)
    } else {
      let link = data.link(row: r, column: c).map { picture.links[$0] }
      text += (w == 1 ? TUIPictureMsg.matrixAgreement : .matrixAgreements).text(language, w)
      if let link { text += TUIPictureMsg.matrixFamilies.text(language, link.governance, link.collaboration) }
    }
    let maxW = picture.maxWeight
    let scale = (1...4).map { glyphs.shade($0) }.joined() + " 1\(pen.dash)\(maxW)"
    let used = pen.put(&buffer, text, x: row.x, y: row.y, width: row.width, style: Styles.title)
    let sw = DisplayWidth.of(pen.fold(scale))
    if row.width - used > sw + 2 { pen.put(&buffer, scale, x: row.maxX - sw, y: row.y, width: sw, style: Styles.dim) }
  }
}
