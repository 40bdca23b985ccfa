import ChengyuCore

/// What the keys of the map, graph and matrix screens ask for.
public enum PictureAction: Hashable, Sendable {
  /// Select the nearest city in a direction (matrix: move the cursor one cell).
  case move(DirectionPick.Direction)
  /// Zoom by a factor (> 1 zooms in).
  case zoom(Double)
  /// Pan by a share of the view: `dx` of its width east, `dy` of its height north.
  case pan(dx: Double, dy: Double)
  /// Back to the view that fits every city.
  case fit
  /// Play the growth year by year; any key stops it.
  case play
  /// The run loop's timer: the next year of the growth.
  case tick
  /// The graph layout running off the key path got this far (0…1).
  case layoutProgress(Double)
  /// The graph layout for a filter is ready.
  case layoutFinished(GraphLayout)
}
