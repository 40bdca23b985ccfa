/// An axis-aligned box in any unit (SVG pixels, terminal cells), for label placement.
public struct LabelBox: Hashable, Sendable {
  public var x: Double
  public var y: Double
  public var width: Double
  public var height: Double

  public init(x: Double, y: Double, width: Double, height: Double) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  /// True when the two boxes share any area (touching edges do not count).
  public func overlaps(_ o: LabelBox) -> Bool {
    x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height
  }

  /// True when `o` lies completely inside.
  public func contains(_ o: LabelBox) -> Bool {
    o.x >= x && o.y >= y && o.x + o.width <= x + width && o.y + o.height <= y + height
  }
}

/// Greedy label placement (the usual cartographic rule): labels in priority order, each at the
/// first of its candidate positions that stays inside the area and overlaps neither a label
/// already placed nor an obstacle (the node markers); a label with no free position is left out.
public enum LabelPlacer {
  /// For each label (in priority order), the index of the chosen candidate, or nil.
  public static func place(_ candidates: [[LabelBox]], avoiding obstacles: [LabelBox], within area: LabelBox) -> [Int?] {
    var placed: [LabelBox] = []
    return candidates.map { options in
      for (i, box) in options.enumerated()
      where area.contains(box) && !placed.contains(where: box.overlaps) && !obstacles.contains(where: box.overlaps) {
        placed.append(box)
        return i
      }
      return nil
    }
  }

  /// The four usual positions around a marker at (x, y) of radius r: right, left, above, below.
  public static func around(x: Double, y: Double, radius r: Double, width: Double, height: Double) -> [LabelBox] {
    [LabelBox(x: x + r + 1, y: y - height / 2, width: width, height: height),
     LabelBox(x: x - r - 1 - width, y: y - height / 2, width: width, height: height),
     LabelBox(x: x - width / 2, y: y - r - 1 - height, width: width, height: height),
     LabelBox(x: x - width / 2, y: y + r + 1, width: width, height: height)]
  }
}
