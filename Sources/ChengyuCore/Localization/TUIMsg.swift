/// The explorer's texts: tabs, header, hint bar, prompts, messages, the "too small" notice,
/// column headers and record labels. It lives beside the other areas so that `MessageCatalogue.all`
/// (and `CatalogueTests`) covers it; the core draws nothing with it. Command titles and help are
/// `TUICommandMsg`; hint-bar labels `TUIHintMsg`.
public enum TUIMsg: String, MessageKey {
  // Screens (tab bar, breadcrumbs, help scopes).
  case tabCities, tabTies, tabAgreements, tabPolicies, tabTimeline, tabMeasures, tabHelp
  case tabMap, tabGraph, tabMatrix, tabMapHelp, tabGraphHelp, tabMatrixHelp
  case tabLayers, tabLayersHelp, tabCompare, tabCompareHelp
  case tabCitiesHelp, tabTiesHelp, tabAgreementsHelp, tabPoliciesHelp, tabTimelineHelp, tabMeasuresHelp, tabHelpHelp
  case screenCity, screenTie, screenAgreement, screenPolicy, screenFilters, screenEgo
  case appName, appNameShort, appNameASCII, appNameASCIIShort
  // Header line.
  case headerFilter, headerAll, headerAllMechanisms, headerTypes, headerDomains, headerLevels, headerInRegion
  case headerCrossBorder, headerIssuers, headerText, headerBy, countsShort
  // Prompts and their keys.
  case promptSearchKeys, promptCommandKeys, promptExportKeys, promptOverwriteKeys, promptOverwrite, promptExport
  // The "too small" notice.
  case tooSmall, tooSmallNeed, tooSmallHave, tooSmallQuit
  // Column headers.
  case colCity, colPinyin, colProvince, colLevel, colTies, colStrength, colBetweenness, colCloseness
  case colPartner, colWeight, colMech, colYears, colDate, colID, colFamily, colParties, colMechanism
  case colTitle, colIssuer, colSetting, colValue, colIssuerLetter, letterCentral, letterProvincial
  // Table texts.
  case emptyFilter, emptySearch, tiesOf
  // Help screen.
  case helpMoving, helpScreens, helpFiltering, helpLists, helpPictures, helpOther, helpEnterRuns, helpNoKey, helpWorksOn
  case listSeparator
  // City and tie screens.
  case cityFacts, cityNoTies, tieNoTie, tieWeight
  // Record screens.
  case recordAgreement, recordPolicy, recordLines
  case fieldID, fieldDate, fieldTitle, fieldEnglish, fieldMechanism, fieldKind, fieldDomains, fieldParties
  case fieldSummary, fieldSource, fieldEvidence, fieldConfidence, fieldIssuer, fieldType, fieldNumber
  case fieldScope, fieldMentions
  // Filter panel.
  case filterKeysTitle, filterKeysToggle, filterKeysChange, filterKeysJump, filterKeysClear, filterKeysBack
  case filterFamily, filterYearsFrom, filterYearsTo, filterAggregation, filterInRegion
  case filterCrossBorder, filterLevel, filterIssuer, filterDomain, valueAll, valueAny, valueOn, valueOff
  case filterMaxParties, filterConfidence, filterKeepIsolates
  case headerMaxParties, headerMaxPartiesShort, headerConfidence, headerConfidenceShort
  case headerFixedActors, headerFixedActorsShort, headerWeights

  public var texts: LocalizedText {
    switch self {
    case .tabCities: .init("Cities", "城市")
    case .tabTies: .init("Ties", "关系")
    case .tabAgreements: .init("Agreements", "协议")
    case .tabPolicies: .init("Policies", "政策")
    case .tabTimeline: .init("Timeline", "时间线")
    case .tabMeasures: .init("Measures", "指标")
    case .tabHelp: .init("Help", "帮助")
    case .tabAgreementsHelp: .init("Show the agreements, by date.", "按日期显示协议。")
    case .tabCitiesHelp: .init("Show the cities with their ties, strength and centrality.", "显示各城市及其关系数、加权度和中心度。")
    case .tabPoliciesHelp: .init("Show the policy documents, by date.", "按日期显示政策文件。")
    case .tabMeasuresHelp: .init("Show the network summary and every city's network measures.", "显示网络概况和每个城市的网络指标。")
    case .tabTiesHelp: .init("Show every tie, heaviest first.", "显示所有关系，权重最大的在前。")
    case .tabTimelineHelp: .init("Show agreements per year by mechanism family, with policy milestones.", "按机制类别显示每年的协议数，并标出政策节点。")
    case .tabLayers: .init("Layers", "分层")
    case .tabLayersHelp: .init("Compare the governance and collaboration layers: overlap, Jaccard, QAP.", "比较治理与协作两层网络：重叠、Jaccard 系数、QAP。")
    case .tabCompare: .init("Compare", "比较")
    case .tabCompareHelp: .init("Compare the national stages 2011–2015, 2016–2019 and 2020 side by side.", "并列比较 2011–2015、2016–2019 与 2020 三个国家阶段。")
    case .tabMap: .init("Map", "地图")
    case .tabGraph: .init("Graph", "网络图")
    case .tabMatrix: .init("Matrix", "矩阵")
    case .tabMapHelp: .init("Show the network on a map: cities at their coordinates, ties as lines.", "在地图上显示网络：城市位于其坐标，关系画作连线。")
    case .tabGraphHelp: .init("Show the network as a force-directed graph (seeded, the same every time).", "以力导向布局显示网络图（固定种子，每次相同）。")
    case .tabMatrixHelp: .init("Show the adjacency matrix as a heatmap, rows by community, then province and degree.", "以热力图显示邻接矩阵，行按社群、再按省份和度数排列。")
    case .tabHelpHelp: .init("Show every key and command.", "显示所有按键和命令。")
    case .screenCity: .init("City", "城市详情")
    case .screenTie: .init("Tie", "关系详情")
    case .screenAgreement: .init("Agreement", "协议详情")
    case .screenPolicy: .init("Policy", "政策详情")
    case .screenEgo: .init("Ego network", "个体网")
    case .screenFilters: .init("Filters", "筛选")
    case .appName: .init(" 成渝 Chengyu ", " 成渝 ")
    case .appNameShort: .init(" 成渝 ", " 成渝 ")
    case .appNameASCII: .init(" Chengyu ", " 成渝 ")
    case .appNameASCIIShort: .init(" CY ", " 成渝 ")
    case .headerFilter: .init(" Filter: ", " 筛选：")
    case .headerAll: .init("all", "全部")
    case .headerAllMechanisms: .init("all mechanisms", "全部机制")
    case .headerTypes: .init("types: {1}", "机制：{1}")
    case .headerDomains: .init("domains: {1}", "领域：{1}")
    case .headerLevels: .init("levels: {1}", "层级：{1}")
    case .headerInRegion: .init("in-region", "规划区内")
    case .headerCrossBorder: .init("cross-border", "跨省")
    case .headerIssuers: .init("issuers: {1}", "发文：{1}")
    case .headerText: .init("text: {1}", "搜索：{1}")
    case .headerBy: .init("by {1}", "按{1}汇总")
    case .countsShort: .init("{1}n {2}t {3}a ", "{1}点 {2}边 {3}协 ")
    case .promptSearchKeys: .init("Enter keep  Esc cancel", "Enter 保留  Esc 取消")
    case .promptCommandKeys: .init("Enter run  Esc cancel", "Enter 执行  Esc 取消")
    case .promptExportKeys: .init("Tab excel  Enter write  Esc cancel", "Tab Excel  Enter 写入  Esc 取消")
    case .promptOverwriteKeys: .init("y overwrite  n keep", "y 覆盖  n 保留")
    case .promptOverwrite: .init("Overwrite {1}? (y/n) ", "覆盖 {1}？(y/n) ")
    case .promptExport: .init("export: ", "导出：")
    case .tooSmall: .init("Terminal too small", "终端窗口太小")
    case .tooSmallNeed: .init("need {1}x{2}", "需要 {1}x{2}")
    case .tooSmallHave: .init("have {1}x{2}", "当前 {1}x{2}")
    case .tooSmallQuit: .init("q quits", "q 退出")
    case .colCity: .init("City", "城市")
    case .colPinyin: .init("Pinyin", "拼音")
    case .colProvince: .init("Province", "省份")
    case .colLevel: .init("Level", "层级")
    case .colTies: .init("Ties", "度数")
    case .colStrength: .init("Strength", "加权度")
    case .colBetweenness: .init("Betw.", "中介")
    case .colCloseness: .init("Close.", "接近")
    case .colPartner: .init("Partner", "合作方")
    case .colWeight: .init("Weight", "权重")
    case .colMech: .init("Mech", "机制")
    case .colYears: .init("Years", "年份")
    case .colDate: .init("Date", "日期")
    case .colID: .init("ID", "编号")
    case .colFamily: .init("G/C", "治/协")
    case .colParties: .init("Parties", "签署方")
    case .colMechanism: .init("Mechanism", "机制")
    case .colTitle: .init("Title", "标题")
    case .colIssuer: .init("Issuer", "发文机关")
    case .colSetting: .init("Setting", "设置")
    case .colValue: .init("Value", "取值")
    case .colIssuerLetter: .init("C/P", "中/地")
    case .letterCentral: .init("C", "中")
    case .letterProvincial: .init("P", "地")
    case .emptyFilter: .init("Nothing matches the filter", "没有符合筛选条件的记录")
    case .emptySearch: .init("Nothing matches /{1} (Esc clears the search)", "没有匹配 /{1} 的记录（Esc 清除搜索）")
    case .tiesOf: .init("Ties of {1}", "{1}的关系")
    case .helpMoving: .init("Moving", "移动")
    case .helpScreens: .init("Screens", "界面")
    case .helpFiltering: .init("Filtering", "筛选")
    case .helpLists: .init("Lists", "列表")
    case .helpPictures: .init("Pictures", "图示")
    case .helpOther: .init("Other", "其他")
    case .helpEnterRuns: .init("Enter runs the selected command", "Enter 执行所选命令")
    case .helpNoKey: .init("no key", "无按键")
    case .helpWorksOn: .init(" Works on: {1}.", "适用于：{1}。")
    case .listSeparator: .init(", ", "、")
    case .cityFacts: .init("ties {1}{4}strength {2}{4}agreements {3}", "度数 {1}{4}加权度 {2}{4}协议 {3}")
    case .cityNoTies: .init("no ties under the current filter", "当前筛选下没有关系")
    case .tieNoTie: .init("no tie under the current filter", "当前筛选下没有这条关系")
    case .tieWeight: .init("weight {1}", "权重 {1}")
    case .recordAgreement: .init("Agreement {1}", "协议 {1}")
    case .recordPolicy: .init("Policy {1}", "政策 {1}")
    case .recordLines: .init("  (lines {1}{2}{3} of {4})", "  （第 {1}{2}{3} 行，共 {4} 行）")
    case .fieldID: .init("ID", "编号")
    case .fieldDate: .init("Date", "日期")
    case .fieldTitle: .init("Title", "标题")
    case .fieldEnglish: .init("English", "英文标题")
    case .fieldMechanism: .init("Mechanism", "机制")
    case .fieldKind: .init("Kind", "文本类型")
    case .fieldDomains: .init("Domains", "领域")
    case .fieldParties: .init("Parties", "签署方")
    case .fieldSummary: .init("Summary", "摘要")
    case .fieldSource: .init("Source", "来源")
    case .fieldEvidence: .init("Evidence", "证据")
    case .fieldConfidence: .init("Confidence", "可信度")
    case .fieldIssuer: .init("Issuer", "发文机关")
    case .fieldType: .init("Type", "文种")
    case .fieldNumber: .init("Number", "文号")
    case .fieldScope: .init("Scope", "范围")
    case .fieldMentions: .init("Mentions", "涉及")
    case .filterKeysTitle: .init("Filters", "筛选")
    case .filterKeysToggle: .init("Enter/Space toggle", "Enter/空格 切换")
    case .filterKeysChange: .init("Left/Right change", "←/→ 调整")
    case .filterKeysJump: .init("type a name to jump", "输入名称跳转")
    case .filterKeysClear: .init("F clears all", "F 全部清除")
    case .filterKeysBack: .init("Esc back", "Esc 返回")
    case .filterFamily: .init("Mechanism family", "机制类别")
    case .filterYearsFrom: .init("Years from", "起始年份")
    case .filterYearsTo: .init("Years to", "截止年份")
    case .filterAggregation: .init("Aggregation", "汇总层级")
    case .filterInRegion: .init("In-region parties only", "仅规划区内签署方")
    case .filterCrossBorder: .init("Sichuan–Chongqing ties only", "仅川渝跨省关系")
    case .filterLevel: .init("Level: {1}", "层级：{1}")
    case .filterIssuer: .init("Policies issued: {1}", "政策发文：{1}")
    case .filterDomain: .init("Domain: {1}", "领域：{1}")
    case .valueAll: .init("all", "全部")
    case .valueAny: .init("any", "不限")
    case .valueOn: .init("on", "开")
    case .valueOff: .init("off", "关")
    case .filterMaxParties: .init("Parties per agreement at most", "每项协议签署方至多")
    case .filterConfidence: .init("Confidence", "可信度")
    case .filterKeepIsolates: .init("Every government in scope a node", "范围内所有政府均为节点")
    case .headerMaxParties: .init("max {1} parties", "签署方≤{1}")
    case .headerMaxPartiesShort: .init("max{1}p", "≤{1}方")
    case .headerConfidence: .init("confidence: {1}", "可信度：{1}")
    case .headerConfidenceShort: .init("conf:{1}", "信:{1}")
    case .headerFixedActors: .init("fixed actors", "固定行动者")
    case .headerFixedActorsShort: .init("fixed", "固定")
    case .headerWeights: .init("{1} weights", "{1}加权")
    }
  }
}
