/// The explorer's analysis views: the Layers and Compare screens, a policy's follow-up (on its
/// record and on the Timeline), a city's ego network and the communities of the map and graph.
public enum TUIAnalysisMsg: String, MessageKey {
  case layerLine, qapUndefined, qapExact, qapSampled, tiesLine, qapLine, layersTooLarge, tiesByLayer
  case familyFiltersAside, colIn, colCity, colPartner, colPinyin
  case rowAgreements, rowNodes, rowTies, rowDensity, rowDensityOver, rowComponents, rowClustering, rowTop
  case stagesTooLarge, yearsAside, tiesGainedLost, colChange, colWeight
  case followedBy, followedByCounts, followedByCounting, followedByYearOnly, followedAfter, followedAfterMore
  case egoFacts, egoShape, egoCountedAs, egoEmpty, egoNeedsCity, egoAlters, egoAlterTies, colAlter, colToAlters, colTie
  case degreesByLayer, layerSearchAside
  case periodsPrompt, periodsKeys, periodsTooFew, periodsTooMany, periodsNotARange, periodsReversed, periodsSet, periodsTooLarge
  case tiesGainedLostPeriods
  case followUpRow, followUpRule, followUpCounting, followUpWindow, followUpNone
  case byCommunity, byProvince, communitiesTooLarge, legendCommunities, legendOther

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
    case .followedByCounting: .init("counting the agreements in the {1} months after and before{2}{3}", "正在统计前后 {1} 个月的协议{2}{3}")
    case .followedByYearOnly: .init("; dated by year only, so from 1 January", "；仅有年份，自 1 月 1 日起算")
    case .followedAfter: .init("After", "此后")
    case .followedAfterMore: .init("… and {1} more (chengyu show {2} --after {3} lists them all)", "……另有 {1} 项（chengyu show {2} --after {3} 列出全部）")
    case .egoFacts: .init("{1} alters {2} {3} ties among them of {4} pairs", "{1} 个他者 {2} 他者之间 {3} 条关系（共 {4} 对）")
    case .egoShape: .init("Density {1} {2} brokerage {3} unconnected pairs of alters ({4} of pairs)", "密度 {1} {2} 中间人 {3} 对互不相连的他者（占 {4}）")
    case .egoCountedAs: .init("counted as {1} at this level", "在此汇总层级计入{1}")
    case .egoNeedsCity: .init("Select a city to see its ego network", "请先选择一个城市以查看其个体网")
    case .egoEmpty: .init("No tie under this filter: the ego network is empty.", "当前筛选下没有关系：个体网为空。")
    case .egoAlters: .init("Alters ({1}), heaviest tie first", "他者（{1}），按关系权重排序")
    case .egoAlterTies: .init("Ties among the alters ({1})", "他者之间的关系（{1}）")
    case .colAlter: .init("Alter", "他者")
    case .colToAlters: .init("To alters", "连他者")
    case .colTie: .init("Tie", "关系")
    case .degreesByLayer: .init("Degree in each layer", "各层度数")
    case .layerSearchAside: .init(" (search: {1} of {2})", "（搜索：{1} / {2}）")
    case .periodsPrompt: .init("Periods (2011-2013,2014-2016,… or stages): ", "时期（如 2011-2013,2014-2016,… 或 stages）：")
    case .periodsKeys: .init("Enter compare  Esc cancel", "Enter 比较  Esc 取消")
    case .periodsTooFew: .init("Periods: give two or more year ranges separated by commas, e.g. 2011-2013,2014-2016,2017-2020, or stages (got {1})", "时期：请给出两个或更多以逗号分隔的年份区间，如 2011-2013,2014-2016,2017-2020，或 stages（现有 {1} 个）")
    case .periodsTooMany: .init("Periods: at most {1} can stand side by side (got {2})", "时期：最多并列比较 {1} 个（现有 {2} 个）")
    case .periodsNotARange: .init("Periods: '{1}' is not a year range; write YYYY or YYYY-YYYY, e.g. 2014-2016", "时期：“{1}”不是年份区间；请写作 YYYY 或 YYYY-YYYY，如 2014-2016")
    case .periodsReversed: .init("Periods: in '{1}' the first year is after the last", "时期：“{1}”的起始年份晚于截止年份")
    case .periodsSet: .init("Comparing {1}", "比较 {1}")
    case .periodsTooLarge: .init("Network too large to compare the periods here: run chengyu compare --periods {1}", "网络过大，无法在此比较各时期：请运行 chengyu compare --periods {1}")
    case .tiesGainedLostPeriods: .init("Ties gained (+) and lost (-) from period to period{1}", "各时期之间新增（+）与消失（-）的关系{1}")
    case .followUpRow: .init("{1} after ({2} among named) {3} {4} before", "其后 {1}（提及方之间 {2}）{3} 此前 {4}")
    case .followUpRule: .init(" {1} agreements in the {2} months after and before", " {1} 前后 {2} 个月的协议")
    case .followUpCounting: .init(" {1} counting the {2} months after and before{3}{4}", " {1} 正在统计前后 {2} 个月的协议{3}{4}")
    case .followUpWindow: .init("Follow-up window: {1} months (Timeline and policy records)", "后续窗口：{1} 个月（时间线与政策详情）")
    case .followUpNone: .init("No policy in {1}", "{1} 年没有政策文件")
    case .byCommunity: .init("Cities marked by Louvain community ({1}, modularity {2})", "按 Louvain 社群标示城市（{1} 个社群，模块度 {2}）")
    case .byProvince: .init("Cities marked by province", "按省级单位标示城市")
    case .communitiesTooLarge: .init("Communities are not computed above {1} nodes: cities stay marked by province", "节点超过 {1} 个，未计算社群：仍按省级单位标示")
    case .legendCommunities: .init("{1} communities, Q {2}", "{1} 个社群，模块度 {2}")
    case .legendOther: .init("other", "其他")
    }
  }
}
