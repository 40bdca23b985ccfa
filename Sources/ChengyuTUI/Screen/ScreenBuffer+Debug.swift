/// A readable dump for tests: rows in quotes, then the runs of non-plain style per row
/// (ratatui's `buffer_view`), e.g. `  0: 0..<5 selection+reverse`.
extension ScreenBuffer: CustomDebugStringConvertible {
  public var debugDescription: String {
    var out = "ScreenBuffer \(size)\n"
    for line in lines { out += "\"\(line)\"\n" }
    let runs = styleRuns
    if !runs.isEmpty {
      out += "styles:\n"
      for run in runs { out += "  \(run.y): \(run.columns.lowerBound)..<\(run.columns.upperBound) \(run.style)\n" }
    }
    return out
  }

  /// Maximal runs of equal non-plain style, row by row, in cell columns.
  public var styleRuns: [(y: Int, columns: Range<Int>, style: Style)] {
    var runs: [(y: Int, columns: Range<Int>, style: Style)] = []
    for y in 0..<size.height {
      var x = 0
      let cells = Array(row(y))
      while x < cells.count {
        let style = cells[x].style
        var end = x + 1
        while end < cells.count && cells[end].style == style { end += 1 }
        if style != .plain { runs.append((y, x..<end, style)) }
        x = end
      }
    }
    return runs
  }

  /// The style at every column of row y, for assertions on highlight.
  public func styles(row y: Int) -> [Style] { row(y).map(\.style) }
}
