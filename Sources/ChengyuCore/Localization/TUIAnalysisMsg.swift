/// The explorer's Layers and Compare screens and a policy's follow-up on its record.
public enum TUIAnalysisMsg: String, MessageKey {
  case layerLine, qapUndefined, qapExact, qapSampled, tiesLine, qapLine, layersTooLarge, tiesByLayer
  case familyFiltersAside, colIn, colCity, colPartner, colPinyin
  case rowAgreements, rowNodes, rowTies, rowDensity, rowDensityOver, rowComponents, rowClustering, rowTop
  case stagesTooLarge, yearsAside, tiesGainedLost, colChange, colWeight
  case followedBy, followedByCounts, followedByYearOnly, followedAfter

  public var texts: LocalizedText {
    switch self {
    case .layerLine: .init("{1}: {2} agreements {3} {4} nodes {3} {5} ties", "{1}：{2} 项协议 {3} {4} 个节点 {3} {5} 条关系")
    case .qapUndefined: .init("undefined", "无定义")
    case .qapExact: .init("exact", "精确")
    case .qapSampled: .init("{1} perm., seed {2}", "{1} 次置换，种子 {2}")
    case .tiesLine: .init("Ties: both {1} {2} G only {3} {2} C only {4} {2} Jaccard {5}", "关系：两层皆有 {1} {2} 仅治理 {3} {2} 仅协作 {4} {2} Jaccard {5}")
    case .qapLine: .init("QAP r = {1}, p {2} (presence, {3} nodes, {4})", "QAP r = {1}，p {2}（有无关系，{3} 个节点，{4}）")
    case .layersTooLarge: .init("Network too large to compare the layers here: run chengyu compare --layers governance,collaboration", "网络过大，无法在此比较两层：请运行 chengyu compare --layers governance,collaboration")
    case .tiesByLayer: .init("Ties by layer{1}", "各层关系{1}")
    case .familyFiltersAside: .init(" (family and type filters set aside)", "（不计机制类别与类型筛选）")
    case .colIn: .init("In", "所在")
    case .colCity: .init("City", "城市")
    case .colPartner: .init("Partner", "合作方")
    case .colPinyin: .init("Pinyin", "拼音")
    case .rowAgreements: .init("Agreements", "协议")
    case .rowNodes: .init("Nodes", "节点")
    case .rowTies: .init("Ties", "关系")
    case .rowDensity: .init("Density", "密度")
    case .rowDensityOver: .init("Density over {1}", "{1} 个固定节点的密度")
    case .rowComponents: .init("Components", "连通分量")
    case .rowClustering: .init("Average clustering", "平均聚类系数")
    case .rowTop: .init("Top {1}", "{1}最高")
    case .stagesTooLarge: .init("Network too large to compare the stages here: run chengyu compare --periods stages", "网络过大，无法在此比较各阶段：请运行 chengyu compare --periods stages")
    case .yearsAside: .init(" (the filter's years set aside)", "（不计筛选的年份）")
    case .tiesGainedLost: .init("Ties gained (+) and lost (-) from stage to stage{1}", "各阶段之间新增（+）与消失（-）的关系{1}")
    case .colChange: .init("Change", "变化")
    case .colWeight: .init("Weight", "权重")
    case .followedBy: .init("Followed by", "其后协议")
    case .followedByCounts: .init("{1} agreements in the {2} months after ({3} among the governments it mentions), {4} in the {2} months before", "此后 {2} 个月内 {1} 项协议（其中 {3} 项在其提及的政府之间），此前 {2} 个月内 {4} 项")
    case .followedByYearOnly: .init("; dated by year only, so from 1 January", "；仅有年份，自 1 月 1 日起算")
    case .followedAfter: .init("After", "此后")
    }
  }
}
