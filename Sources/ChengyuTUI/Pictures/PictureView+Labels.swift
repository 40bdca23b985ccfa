import ChengyuCore

extension PictureView {
  /// A label put on the canvas: its node, its cell and its width in columns.
  struct LabelPlacement: Hashable {
    var node: Int
    var text: String
    var x: Int
    var y: Int
    var width: Int
  }

  /// Labels in canvas cells for an area (what `render` prints), for tests.
  func labelPlacements(in area: Rect) -> [LabelPlacement] {
    let rect = PictureView.canvasRect(area)
    let v = viewport(for: area)
    var canvas = BrailleCanvas(width: rect.width, height: rect.height, ascii: ascii)
    let at = picture.nodes.map { v.project($0.position) }
    for (i, _) in picture.nodes.enumerated() where visible(i) { canvas.marker(atDot: at[i].x, at[i].y, glyph: "o", style: .plain) }
    return labelPlacements(at: at, canvas: canvas)
  }

  /// Labels in priority order (the selection first, then by centrality), each right of its
  /// marker, else left, above or below, on cells free of markers and other labels (with one
  /// blank column between two labels on a row).
  func labelPlacements(at: [(x: Double, y: Double)], canvas: BrailleCanvas) -> [LabelPlacement] {
    let w = canvas.width, h = canvas.height
    guard w > 0, h > 0 else { return [] }
    var placed: [LabelPlacement] = []
    var taken = [Bool](repeating: false, count: w * h)  // markers and labels
    var lettered = [Bool](repeating: false, count: w * h)  // labels only
    var cells = [(x: Int, y: Int)?](repeating: nil, count: picture.nodes.count)
    for i in picture.nodes.indices where visible(i) {
      if let c = canvas.cell(ofDot: at[i].x, at[i].y) {
        cells[i] = c
        taken[c.y * w + c.x] = true
      }
    }
    var order = picture.nodes.indices.filter { cells[$0] != nil }.sorted { picture.nodes[$0].rank < picture.nodes[$1].rank }
    if let s = selected, let k = order.firstIndex(of: s) { order.remove(at: k); order.insert(s, at: 0) }
    for i in order {
      let c = cells[i]!
      let text = Pen(ascii: ascii).fold(ascii ? picture.nodes[i].pinyin : picture.nodes[i].label)
      let lw = DisplayWidth.of(text)
      guard lw > 0 else { continue }
      // Beside the marker, else above or below it, else (for crowded centres) two rows off.
      let spots = [(c.x + 1, c.y), (c.x - lw, c.y), (c.x - lw / 2, c.y - 1), (c.x - lw / 2, c.y + 1),
                   (c.x + 1, c.y - 1), (c.x + 1, c.y + 1), (c.x - lw / 2, c.y - 2), (c.x - lw / 2, c.y + 2)]
      let inside = spots.filter { $0.0 >= 0 && $0.1 >= 0 && $0.0 + lw <= w && $0.1 < h }
      // The selected city is always named: when every spot is taken it covers what is there.
      let forced = i == selected ? inside.first : nil
      for (x, y) in inside {
        let free = (x..<(x + lw)).allSatisfy({ !taken[y * w + $0] })
          && (x == 0 || !lettered[y * w + x - 1]) && (x + lw >= w || !lettered[y * w + x + lw])
        guard free || forced.map({ $0.0 == x && $0.1 == y }) == true else { continue }
        for col in x..<(x + lw) {
          taken[y * w + col] = true
          lettered[y * w + col] = true
        }
        placed.append(LabelPlacement(node: i, text: text, x: x, y: y, width: lw))
        break
      }
    }
    return placed
  }
}
