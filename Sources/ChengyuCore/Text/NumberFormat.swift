/// Fixed-point formatting without Foundation's `String(format:)`, for tables, the explorer and
/// the benchmark.
public enum NumberFormat {
  /// `value` rounded to `digits` decimals, e.g. `fixed(0.04123, digits: 4)` is "0.0412"; "-" for
  /// a value that is not finite.
  public static func fixed(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return "-" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded())
    let unit = Int(scale)
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard digits > 0 else { return sign + String(scaled) }
    let fraction = String(scaled % unit)
    return sign + String(scaled / unit) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
  }
}
