/// Which ties `Filter.crossBorderOnly` keeps.
///
/// In a dataset with the provincial-level units `sichuan` and `chongqing` (the Chengdu–Chongqing
/// data and its extensions): ties between a Sichuan and a Chongqing government only, so a
/// Chongqing–Guizhou tie is not "cross-border" for the 成渝 question. In any other dataset those
/// ids mean nothing, so the option falls back to ties between governments of two different
/// provincial-level units rather than silently keeping no tie at all.
struct CrossBorderRule {
  /// City index → index of its provincial-level unit (-1 when unknown).
  private let provinceOf: [Int]
  /// The two provinces whose ties count, or nil for "any two different provinces".
  private let pair: (Int, Int)?

  init(dataset: Dataset) {
    provinceOf = dataset.cities.map { dataset.cityIndex[$0.province] ?? -1 }
    if let s = dataset.cityIndex[CityID("sichuan")], let c = dataset.cityIndex[CityID("chongqing")] {
      pair = (s, c)
    } else {
      pair = nil
    }
  }

  /// True when a tie between cities `u` and `v` (indices into `dataset.cities`) crosses the border.
  func crosses(_ u: Int, _ v: Int) -> Bool {
    let (pu, pv) = (provinceOf[u], provinceOf[v])
    guard pu != pv, pu >= 0, pv >= 0 else { return false }
    guard let (s, c) = pair else { return true }
    return (pu == s && pv == c) || (pu == c && pv == s)
  }
}
