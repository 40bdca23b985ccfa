/// The command line's texts for people: table headers, `show` labels, `stats` lines, count lines
/// and hints. JSON keys, CSV headers, ids and error messages stay English (scripts read them).
public enum CLIMsg: String, MessageKey {
  // Table headers.
  case headerID, headerNameZh, headerName, headerProvince, headerLevel, headerRegion, headerTies
  case headerStrength, headerTieA, headerTieB, headerWeight, headerMechanisms, headerDate
  case headerMechanism, headerTitle, headerParties, headerIssuer, headerYear, headerFamily
  // `show` labels and sections.
  case labelLevel, labelProvince, labelParent, labelInRegion, labelAdcode, labelFormerNames
  case labelStatusChanges, labelSource, labelFilter, labelAggregation, labelCountedAs
  case labelTitleEn, labelDate, labelMechanism, labelKind, labelDomains, labelSummary
  case labelSourceURL, labelEvidence, labelConfidence, labelIssuer, labelDocType, labelDocNumber
  case labelScope, labelMentions, labelMentionsZh
  case sectionPartners, sectionAgreements, sectionParties, noteCountedAs, valuePlan2016
  case precisionYear, precisionMonth, precisionDay
  // `stats`.
  case statsHeader, statsCities, statsCitiesNote, statsAgreements, statsDatasetHas, statsAgreementsNote, statsPolicies
  case statsTies, statsTiesNote, statsNodes, statsDensity, statsDensityNote
  // `stats --measures`.
  case measuresTitle, measuresWeighted, measuresNotConverged
  // Hints.
  case hintCityLevel

  public var texts: LocalizedText {
    switch self {
    case .headerID: .init("id", "编号")
    case .headerNameZh: .init("中文名", "名称")
    case .headerName: .init("name", "拼音名")
    case .headerProvince: .init("province", "省份")
    case .headerLevel: .init("level", "级别")
    case .headerRegion: .init("region", "规划区")
    case .headerTies: .init("ties", "度数")
    case .headerStrength: .init("strength", "加权度")
    case .headerTieA: .init("a", "甲方")
    case .headerTieB: .init("b", "乙方")
    case .headerWeight: .init("weight", "权重")
    case .headerMechanisms: .init("mechanisms", "机制")
    case .headerDate: .init("date", "日期")
    case .headerMechanism: .init("mechanism", "机制类型")
    case .headerTitle: .init("title", "标题")
    case .headerParties: .init("parties", "签署方")
    case .headerIssuer: .init("issuer", "发文机关")
    case .headerYear: .init("year", "年份")
    case .headerFamily: .init("family", "机制类别")
    case .labelLevel: .init("level", "级别")
    case .labelProvince: .init("province", "所属省级")
    case .labelParent: .init("parent", "上级")
    case .labelInRegion: .init("in region", "规划区内")
    case .labelAdcode: .init("adcode", "行政区划代码")
    case .labelFormerNames: .init("former names", "曾用名")
    case .labelStatusChanges: .init("status changes", "沿革")
    case .labelSource: .init("source", "来源")
    case .labelFilter: .init("filter", "筛选")
    case .labelAggregation: .init("aggregation", "汇总层级")
    case .labelCountedAs: .init("counted as", "计为")
    case .labelTitleEn: .init("title_en", "英文标题")
    case .labelDate: .init("date", "日期")
    case .labelMechanism: .init("mechanism", "机制")
    case .labelKind: .init("kind", "协议类型")
    case .labelDomains: .init("domains", "领域")
    case .labelSummary: .init("summary", "摘要（英文）")
    case .labelSourceURL: .init("source_url", "来源网址")
    case .labelEvidence: .init("evidence", "依据")
    case .labelConfidence: .init("confidence", "可信度")
    case .labelIssuer: .init("issuer", "发文机关")
    case .labelDocType: .init("doc_type", "文种")
    case .labelDocNumber: .init("doc_number", "文号")
    case .labelScope: .init("scope", "范围")
    case .labelMentions: .init("mentions", "提及")
    case .labelMentionsZh: .init("mentions_zh", "提及（原文）")
    case .sectionPartners: .init("partners ({1}, heaviest first)", "合作方（{1}，按权重从高到低）")
    case .sectionAgreements: .init("agreements ({1}, by date)", "协议（{1}，按日期）")
    case .sectionParties: .init("parties ({1})", "签署方（{1}）")
    case .noteCountedAs: .init("counted as {1} at {2} level", "在{2}层级计为 {1}")
    case .valuePlan2016: .init("{1} (plan 2016: {2})", "{1}（2016 年规划：{2}）")
    case .precisionYear: .init("{1} (year precision)", "{1}（精确到年）")
    case .precisionMonth: .init("{1} (month precision)", "{1}（精确到月）")
    case .precisionDay: .init("{1} (day precision)", "{1}（精确到日）")
    case .statsHeader: .init("source: {1}    filter: {2}    aggregation: {3}", "数据：{1}    筛选：{2}    汇总层级：{3}")
    // Governments in scope vs nodes (those with a tie), as the explorer's header says "nodes".
    case .statsCities: .init("governments", "城市")
    case .statsCitiesNote: .init("in scope (dataset has {1})", "范围内（数据集共 {1}）")
    case .statsAgreements: .init("agreements", "协议")
    case .statsDatasetHas: .init("(dataset has {1})", "（数据集共 {1}）")
    case .statsAgreementsNote: .init("{1} (dataset has {2})", "{1}（数据集共 {2}）")
    case .statsPolicies: .init("policies", "政策")
    case .statsTies: .init("ties", "关系")
    case .statsTiesNote: .init("pairs of governments with at least one agreement", "至少共同签署一项协议的政府对")
    case .statsNodes: .init("nodes", "节点")
    case .statsDensity: .init("density", "密度")
    case .statsDensityNote: .init("ties / possible ties among nodes", "关系数 / 节点间可能的关系数")
    case .measuresTitle: .init("network measures", "整体网指标")
    case .measuresWeighted: .init("(weighted)", "（加权）")
    case .measuresNotConverged: .init("(eigenvector did not converge: shown as -)", "（特征向量中心度未收敛，显示为 -）")
    case .hintCityLevel:
      .init("nothing matches at the signed level; {1} at the city level (--aggregate city)",
            "签署方层级没有匹配；市级层级有 {1}（--aggregate city）")
    }
  }
}
