/// The explorer's status-line messages and the texts of the timeline, measures, export and
/// palette panels.
public enum TUIStatusMsg: String, MessageKey {
  case growthStopped, growthNoTies, growthPlaying, growthPlayed, layingOut, matrixNoTie, matrixInfo
  case noSearch, promptTooLong, noCommandMatches, noCommand, worksOnlyOn, everyScreen
  case familyIs, aggregationIs, cleared, clearedFilters, clearedSearches, clearedAggregation, listAnd
  case measuresComputed, atFirstScreen, sortedBy, descending, ascending
  case wrote, notExported, kept, partnerFirst, noSettingStarts, jump, showingYear, yearsAre
  case nothingAtSigned
  // Sort keys in messages ("Sorted by pinyin ascending"); measures are named by the measure table.
  case sortDataset, sortPinyin, sortProvince, sortLevel, sortDate, sortID, sortWeight, sortParties, sortTies, sortGovernance, sortCollaboration
  // Timeline.
  case perYear, perMonth, timelineTitle, allYears, policiesOfYear, morePolicies, moreKey
  // Measures screen.
  case sumNodes, sumTies, sumDensity, sumComponents, sumClustering, sumTransitivity, sumDiameter
  case sumAgreements, sumPolicies, measuresCities, measuresNotComputed, eigenvectorFailed
  // City charts.
  case perYearChart, chartLegend
  // Export panel and palette.
  case exportWrites, exportSearchNote, exportFormats, exportType, exportTitle, paletteTitle, unknownFormat
  case exportWritesExcel, exportExcelOn, exportExcelOff, exportExcelNotApplicable
  // The box that shows a message too long for the hint bar.
  case messageTitle

  public var texts: LocalizedText {
    switch self {
    case .noSearch: .init("No list to search here", "这里没有可搜索的列表")
    case .growthStopped: .init("Growth stopped at {1}", "增长播放停在 {1} 年")
    case .growthNoTies: .init("No ties to play", "没有可播放的关系")
    case .growthPlaying: .init("Playing the growth from {1}: any key stops", "从 {1} 年开始播放增长：按任意键停止")
    case .growthPlayed: .init("Growth played to {1}", "增长已播放到 {1} 年")
    case .layingOut: .init("Laying out {1} governments{2}{3}  (keys keep working)", "正在布局 {1} 个政府{2}{3}（按键照常可用）")
    case .matrixNoTie: .init("No tie between {1} and {2}", "{1}与{2}之间没有关系")
    case .matrixInfo: .init("{1} governments, {2} ties; rows by community, then province and degree", "{1} 个政府，{2} 条关系；行按社群、再按省份和度数排列")
    case .promptTooLong: .init("The prompt takes at most {1} characters", "输入最多 {1} 个字符")
    case .noCommandMatches: .init("No command matches '{1}'", "没有与“{1}”匹配的命令")
    case .noCommand: .init("No command '{1}'", "没有命令“{1}”")
    case .worksOnlyOn: .init("'{1}' works only on: {2}", "“{1}”只适用于：{2}")
    case .everyScreen: .init("every screen", "所有界面")
    case .familyIs: .init("Mechanism family: {1}", "机制类别：{1}")
    case .aggregationIs: .init("Aggregation: {1}", "汇总层级：{1}")
    case .cleared: .init("{1} cleared", "已清除{1}")
    case .clearedFilters: .init("Filters", "筛选")
    case .clearedSearches: .init("searches", "搜索")
    case .clearedAggregation: .init("aggregation (now signed)", "汇总层级（恢复为签署方）")
    case .listAnd: .init(" and ", "和")
    case .measuresComputed: .init("Measures computed for {1}", "已为 {1}计算指标")
    case .atFirstScreen: .init("At the first screen; q quits", "已在第一个界面；q 退出")
    case .sortedBy: .init("Sorted by {1} {2}", "按{1}{2}排序")
    case .descending: .init("descending", "降序")
    case .ascending: .init("ascending", "升序")
    case .wrote: .init("Wrote {1}, {2}: {3}", "已写入 {1}、{2}：{3}")
    case .notExported: .init("Not exported: {1}", "未导出：{1}")
    case .kept: .init("Nothing written; kept {1}", "未写入；保留 {1}")
    case .partnerFirst: .init("p opens a partner: go to the partners list first (Left)", "p 打开合作方：请先移到合作方列表（←）")
    case .noSettingStarts: .init("No setting starts with '{1}'", "没有以“{1}”开头的设置")
    case .jump: .init("Jump: {1}", "跳转：{1}")
    case .showingYear: .init("Showing {1} only; y shows every year", "只显示 {1} 年；y 显示全部年份")
    case .yearsAre: .init("Years {1}–{2}", "年份 {1}–{2}")
    case .nothingAtSigned:
      .init("Nothing at the signed level; {1} at the city level (a: aggregation)", "签署方层级无结果；市级有 {1}（a：汇总层级）")
    case .sortDataset: .init("dataset", "数据集顺序")
    case .sortPinyin: .init("pinyin", "拼音")
    case .sortProvince: .init("province", "省份")
    case .sortLevel: .init("level", "层级")
    case .sortDate: .init("date", "日期")
    case .sortID: .init("id", "编号")
    case .sortWeight: .init("weight", "权重")
    case .sortParties: .init("parties", "签署方数")
    case .sortTies: .init("ties", "度数")
    case .sortGovernance: .init("governance", "治理层度数")
    case .sortCollaboration: .init("collaboration", "协作层度数")
    case .perYear: .init("year", "年")
    case .perMonth: .init("month of {1}", "{1} 年各月")
    case .timelineTitle:
      .init("Agreements per {1}  {2} governance  {3} collaboration  {4} policies", "每{1}协议数  {2} 治理  {3} 协作  {4} 政策")
    case .allYears: .init("all years", "全部年份")
    case .policiesOfYear: .init("{1} Policies {2}: {3}", "{1} {2} 年政策：{3}")
    case .morePolicies: .init("+{1} more on the Policies tab{2}", "另有 {1} 份，见“政策”标签{2}")
    case .moreKey: .init(" (key {1})", "（按 {1}）")
    case .sumNodes: .init("Nodes {1}", "节点 {1}")
    case .sumTies: .init("Ties {1}", "关系 {1}")
    case .sumDensity: .init("Density {1}", "密度 {1}")
    case .sumComponents: .init("Components {1} (largest {2})", "成分 {1}（最大成分 {2}）")
    case .sumClustering: .init("Average clustering {1}", "平均聚类系数 {1}")
    case .sumTransitivity: .init("Transitivity {1}", "传递性 {1}")
    case .sumDiameter: .init("Diameter {1}", "直径 {1}")
    case .sumAgreements: .init("Agreements {1}: G governance {2}, C collaboration {3}", "协议 {1}：治 治理 {2}，协 协作 {3}")
    case .sumPolicies: .init("Policies {1}", "政策 {1}")
    case .measuresCities: .init("Cities", "城市")
    case .measuresNotComputed:
      .init("Cities{1}measures not computed: run :compute-measures (network too large)", "城市{1}指标未计算：请运行 :compute-measures（网络太大）")
    case .eigenvectorFailed: .init("Cities{1}eigenvector did not converge: shown as –", "城市{1}特征向量中心度未收敛：显示为 –")
    case .perYearChart: .init("Agreements per year (max {1})", "每年协议数（最多 {1}）")
    case .chartLegend: .init("{1} G governance  {2} C collaboration", "{1} 治 治理  {2} 协 协作")
    case .exportWrites: .init("Enter writes {1}", "Enter 写入 {1}")
    case .exportWritesExcel: .init("Enter writes, CSV with a UTF-8 BOM: {1}", "Enter 写入（CSV 带 UTF-8 BOM）：{1}")
    case .exportExcelOn:
      .init("Tab  for Excel: on (CSV tables start with a UTF-8 BOM, so Excel reads Chinese)", "Tab  供 Excel 打开：开（CSV 表格以 UTF-8 BOM 开头，Excel 能正确读出中文）")
    case .exportExcelOff:
      .init("Tab  for Excel: off (Tab adds a UTF-8 BOM to the CSV tables)", "Tab  供 Excel 打开：关（按 Tab 给 CSV 表格加 UTF-8 BOM）")
    case .exportExcelNotApplicable:
      .init("Tab  for Excel: only csv and dl have CSV tables", "Tab  供 Excel 打开：只有 csv 和 dl 含 CSV 表格")
    case .messageTitle: .init("Message", "消息")
    case .exportSearchNote:
      .init("The search /{1} narrows the list only; the export has all the filter keeps", "搜索 /{1} 只缩小列表；导出包含筛选保留的全部内容")
    case .exportFormats: .init("Formats: {1}", "格式：{1}")
    case .exportType: .init("Type a format, then a file name (default {1}.<format>)", "先输入格式，再输入文件名（默认 {1}.<格式>）")
    case .exportTitle: .init("Export the network shown: {1} nodes, {2} ties", "导出当前网络：{1} 个节点，{2} 条关系")
    case .paletteTitle: .init("Commands ({1})", "命令（{1}）")
    case .unknownFormat: .init("Unknown format '{1}': use {2}", "未知格式“{1}”：请用 {2}")
    }
  }
}
