#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An equirectangular projection with the cos(latitude) correction: longitude is scaled by the
/// cosine of a reference latitude (the middle of the points drawn), so a region at 30°N keeps its
/// shape instead of being stretched east–west by about 15 %. Over a region the size of Sichuan
/// and Chongqing the error against a true distance stays within a few per cent, enough for a
/// scale bar; it is the projection Gephi's GeoLayout calls "equirectangular".
///
/// Output is in kilometres: x east of the origin, y north of it.
public struct GeoProjection: Hashable, Sendable {
  /// Mean Earth radius (IUGG), km.
  public static let earthRadiusKm = 6371.0088
  /// Latitude (degrees) whose parallel keeps its true length.
  public let referenceLatitude: Double
  /// The point projected to (0, 0), degrees.
  public let originLatitude: Double
  public let originLongitude: Double
  /// Kilometres per degree of longitude at the reference latitude.
  public let kmPerDegreeLongitude: Double
  /// Kilometres per degree of latitude.
  public static let kmPerDegreeLatitude = earthRadiusKm * Double.pi / 180

  /// cos(reference latitude): how much shorter a degree of longitude is than one of latitude.
  public let longitudeScale: Double

  /// A projection centred on `latitude`, `longitude` (degrees).
  public init(latitude: Double, longitude: Double) {
    self.init(referenceLatitude: latitude, originLatitude: latitude, originLongitude: longitude)
  }

  /// A projection true along `referenceLatitude` with (`originLatitude`, `originLongitude`)
  /// at (0, 0), e.g. the south-west corner of the points (DOT's `pos`, which must not be
  /// negative).
  public init(referenceLatitude: Double, originLatitude: Double, originLongitude: Double) {
    self.referenceLatitude = referenceLatitude
    self.originLatitude = originLatitude
    self.originLongitude = originLongitude
    longitudeScale = cos(referenceLatitude * Double.pi / 180)
    kmPerDegreeLongitude = GeoProjection.kmPerDegreeLatitude * longitudeScale
  }

  /// A projection centred on the middle of the coordinates given as (latitude, longitude);
  /// nil when there are none.
  public init?(fitting coordinates: [(latitude: Double, longitude: Double)]) {
    guard let lat0 = coordinates.map(\.latitude).min(), let lat1 = coordinates.map(\.latitude).max(),
      let lon0 = coordinates.map(\.longitude).min(), let lon1 = coordinates.map(\.longitude).max()
    else { return nil }
    self.init(latitude: (lat0 + lat1) / 2, longitude: (lon0 + lon1) / 2)
  }

  /// The point in degrees of latitude (x east, y north): `project` without the Earth's radius,
  /// for units other than km (DOT's points: 72 to the degree of latitude).
  public func projectDegrees(latitude: Double, longitude: Double) -> PlanePoint {
    PlanePoint(x: (longitude - originLongitude) * longitudeScale, y: latitude - originLatitude)
  }

  /// The point in km (x east, y north).
  public func project(latitude: Double, longitude: Double) -> PlanePoint {
    PlanePoint(x: (longitude - originLongitude) * kmPerDegreeLongitude,
               y: (latitude - originLatitude) * GeoProjection.kmPerDegreeLatitude)
  }
}
