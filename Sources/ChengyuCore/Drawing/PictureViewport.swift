/// Maps plane points (km east/north, or layout units) to a device grid (braille dots, SVG
/// pixels) with y growing downwards, as both terminals and SVG count rows.
///
/// One device unit is the same length across and down (braille dots are nearly square: a
/// terminal cell is about twice as tall as wide and holds 2×4 dots), so shapes are kept.
public struct PictureViewport: Hashable, Sendable {
  /// The plane point drawn at the centre of the device area.
  public var center: PlanePoint
  /// Plane units per device unit (km per dot on a map).
  public var planePerDevice: Double
  /// Device area, in device units.
  public var width: Double
  public var height: Double

  public init(center: PlanePoint, planePerDevice: Double, width: Double, height: Double) {
    self.center = center
    self.planePerDevice = planePerDevice > 0 ? planePerDevice : 1
    self.width = width
    self.height = height
  }

  /// The viewport that shows all of `bounds` inside a `margin` (device units) on every side.
  /// A single point or no point at all gets an arbitrary scale of one plane unit per device unit
  /// (10 for a single point, so a lone city is not drawn at a huge scale).
  public static func fit(_ bounds: PlaneBounds?, width: Double, height: Double, margin: Double = 0) -> PictureViewport {
    guard let b = bounds else { return PictureViewport(center: PlanePoint(x: 0, y: 0), planePerDevice: 1, width: width, height: height) }
    let usableW = max(1, width - 2 * margin), usableH = max(1, height - 2 * margin)
    let scale = max(b.width / usableW, b.height / usableH)
    return PictureViewport(center: b.center, planePerDevice: scale > 0 ? scale : 10, width: width, height: height)
  }

  /// Device coordinates of a plane point (may lie outside the area).
  public func project(_ p: PlanePoint) -> (x: Double, y: Double) {
    (width / 2 + (p.x - center.x) / planePerDevice, height / 2 - (p.y - center.y) / planePerDevice)
  }

  /// The plane point under a device position.
  public func unproject(x: Double, y: Double) -> PlanePoint {
    PlanePoint(x: center.x + (x - width / 2) * planePerDevice, y: center.y - (y - height / 2) * planePerDevice)
  }

  /// This viewport after a camera's zoom and offset.
  public func applying(_ camera: PictureCamera) -> PictureViewport {
    var v = self
    v.planePerDevice = planePerDevice / camera.zoom
    v.center = PlanePoint(x: center.x + camera.offset.x, y: center.y + camera.offset.y)
    return v
  }
}

/// What the user did to the fitted view: a zoom factor and a pan offset in plane units. Kept
/// apart from the viewport so a resize or a filter change fits again and keeps the camera.
public struct PictureCamera: Hashable, Sendable {
  /// 1 shows the fitted view; 2 shows half the width.
  public var zoom: Double
  /// Plane units the centre moved from the fitted centre (x east, y north).
  public var offset: PlanePoint

  public init(zoom: Double = 1, offset: PlanePoint = PlanePoint(x: 0, y: 0)) {
    self.zoom = zoom
    self.offset = offset
  }

  /// Zoom limits: from the fitted view out to a quarter, in to 64 times.
  public static let zoomRange = 0.25...64.0

  /// Zoomed by `factor` (> 1 zooms in), within `zoomRange`.
  public func zoomed(by factor: Double) -> PictureCamera {
    var c = self
    c.zoom = min(PictureCamera.zoomRange.upperBound, max(PictureCamera.zoomRange.lowerBound, zoom * factor))
    return c
  }

  /// Moved by a share of what `viewport` (the current one) shows: `dx` of its width east,
  /// `dy` of its height north.
  public func panned(dx: Double, dy: Double, in viewport: PictureViewport) -> PictureCamera {
    var c = self
    c.offset.x += dx * viewport.width * viewport.planePerDevice
    c.offset.y += dy * viewport.height * viewport.planePerDevice
    return c
  }
}
