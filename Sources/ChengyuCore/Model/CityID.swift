/// The dataset's identifier of a government: an ASCII slug such as `chengdu`.
public struct CityID: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let rawValue: String
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }
  public static func < (a: CityID, b: CityID) -> Bool { a.rawValue < b.rawValue }
}
