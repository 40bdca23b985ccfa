/// The texts of the map, graph and matrix pictures: the info line above them, the legend below,
/// the matrix cursor's line. The letters G/C stay on the canvas (one cell each; 治/协 are two
/// columns wide), the legend names them in the interface language.
public enum TUIPictureMsg: String, MessageKey {
  case infoCounts, infoSelected, infoZoom
  case legendTo, legendCell, legendFamily, legendHeaviest
  case matrixEmpty, matrixSameCity, matrixNoTie, matrixAgreement, matrixAgreements, matrixFamilies

  public var texts: LocalizedText {
    switch self {
    case .infoCounts: .init("{1} governments, {2} ties", "{1} 个政府，{2} 条关系")
    case .infoSelected: .init("{1} {2}: {3} partners, strength {4}", "{1} {2}：{3} 个合作方，加权度 {4}")
    case .infoZoom: .init("zoom {1}×", "缩放 {1}×")
    case .legendTo: .init("to {1}", "截至 {1} 年")
    case .legendCell: .init("1 cell {1} {2} km", "1 格 {1} {2} 公里")
    case .legendFamily: .init("G/C family", "G/C 治理/协作")
    case .legendHeaviest: .init("heaviest {1} of {2} ties", "{2} 条关系中最重的 {1} 条")
    case .matrixEmpty: .init("No ties with this filter.", "此筛选下没有关系。")
    case .matrixSameCity: .init("same city", "同一城市")
    case .matrixNoTie: .init("no tie", "没有关系")
    case .matrixAgreement: .init("{1} agreement", "{1} 项协议")
    case .matrixAgreements: .init("{1} agreements", "{1} 项协议")
    case .matrixFamilies: .init(" (G {1}, C {2})", "（治 {1}，协 {2}）")
    }
  }
}
