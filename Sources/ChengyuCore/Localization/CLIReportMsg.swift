/// The command line's report texts: `compare` (periods and layers), `validate`'s and `import`'s
/// summary lines, `init`, `show CITY --ego` and `show POLICY --after N`. The `file:line: reason`
/// lines of `validate` and `import` stay English (a fixed form that editors and scripts read, see
/// docs/i18n.md), as do JSON keys, ids and exit codes.
public enum CLIReportMsg: String, MessageKey {
  // compare (both kinds).
  case compareHeader, compareWeighted, compareLayers, headerTie, moreTies
  // compare --periods.
  case rowAgreements, rowNodes, rowTies, rowDensity, rowUnionDensity, rowComponents, rowLargest, rowClustering
  case rank, notConverged, unionDensityNote, tieChanges
  // compare --layers.
  case layerOverlap, qapLine, qapPresence, qapWeights, qapUndefined, qapExact, qapSampled
  case onlyIn, inBoth, tiesOf, degreeOf
  // validate, init, import.
  case validateCounts, validateOK, validateWarning, validateWarnings, moreWarnings, problemIn, problemsIn
  case initWrote, initNext
  case importProblem, importProblems, importBug, importWrote, importWarnings, importNext
  // show CITY --ego.
  case egoTitle, egoFilter, labelSize, labelTies, labelDensity, labelBrokerage
  case egoSize, egoTies, egoBrokerage, egoEmpty, egoAlters, egoAlterTies, headerTiesToAlters
  // show POLICY --after N.
  case afterCounts, afterYearOnly, afterFilter, headerMentioned, afterFootnote

  public var texts: LocalizedText {
    switch self {
    case .compareHeader: .init("filter: {1}    aggregation: {2}", "筛选：{1}    汇总层级：{2}")
    case .compareWeighted: .init("    measures: weighted", "    指标：加权")
    case .compareLayers: .init("    layers: {1} | {2}", "    网络层：{1} | {2}")
    case .headerTie: .init("tie", "关系")
    case .moreTies: .init("  … {1} more (--ties all shows every tie)", "  … 另有 {1} 条（--ties all 显示全部）")
    case .rowAgreements: .init("agreements", "协议数")
    case .rowNodes: .init("nodes", "节点数")
    case .rowTies: .init("ties", "关系数")
    case .rowDensity: .init("density", "密度")
    case .rowUnionDensity: .init("density over {1} actors", "{1} 个行动者的密度")
    case .rowComponents: .init("components", "成分数")
    case .rowLargest: .init("largest component", "最大成分")
    case .rowClustering: .init("average clustering", "平均聚类系数")
    case .rank: .init("{1} #{2}", "{1} 第 {2} 名")
    case .notConverged: .init("(did not converge)", "（未收敛）")
    case .unionDensityNote:
      .init("density over {1} actors: the period's ties over all pairs of the {1} governments that are a node in any period (a fixed actor set)",
            "{1} 个行动者的密度：该时期的关系数除以 {1} 个政府（在任一时期为节点者，固定的行动者集合）两两之间的对数")
    case .tieChanges: .init("ties {1} → {2}: {3} appeared, {4} vanished, {5} kept", "关系 {1} → {2}：新增 {3}，消失 {4}，保留 {5}")
    case .layerOverlap:
      .init("ties only in {1}: {2}    only in {3}: {4}    in both: {5}    Jaccard: {6}",
            "仅在 {1} 中的关系：{2}    仅在 {3} 中：{4}    两层都有：{5}    Jaccard 系数：{6}")
    case .qapLine:
      .init("QAP correlation ({1} over the {2} nodes of either layer): {3}    p(r ≥ observed) {4}    {5}",
            "QAP 相关系数（{1}，基于任一层的 {2} 个节点）：{3}    p(r ≥ 观测值) {4}    {5}")
    case .qapPresence: .init("tie presence 0/1", "关系有无 0/1")
    case .qapWeights: .init("tie weights", "关系权重")
    case .qapUndefined: .init("undefined (a layer has no variance)", "无定义（某一层没有变异）")
    case .qapExact: .init("all {1} permutations (exact)", "全部 {1} 种置换（精确）")
    case .qapSampled: .init("{1} permutations, seed {2}", "{1} 次置换，随机种子 {2}")
    case .onlyIn: .init("only in {1}", "仅在 {1} 中")
    case .inBoth: .init("in both", "两层都有")
    case .tiesOf: .init("ties {1}: {2}", "{1}的关系：{2}")
    case .degreeOf: .init("degree {1}", "{1} 度数")
    case .validateCounts:
      .init("{1} cities, {2} agreements, {3} policies, {4} mechanisms, {5} domains",
            "{1} 个城市、{2} 项协议、{3} 份政策文件、{4} 种机制、{5} 个领域")
    case .validateOK: .init("ok: {1} ({2}{3})", "通过：{1}（{2}{3}）")
    case .validateWarning: .init("; {1} warning", "；{1} 条警告")
    case .validateWarnings: .init("; {1} warnings", "；{1} 条警告")
    case .moreWarnings: .init("… and {1} more warnings", "…… 另有 {1} 条警告")
    case .problemIn: .init("{1} problem in {2}", "{2} 中有 {1} 个问题")
    case .problemsIn: .init("{1} problems in {2}", "{2} 中有 {1} 个问题")
    case .initWrote: .init("wrote {1}: {2}", "已写入 {1}：{2}")
    case .initNext:
      .init("next: edit the files (README.md explains each column), then chengyu validate {1}",
            "下一步：编辑这些文件（README.md 说明每一列），然后运行 chengyu validate {1}")
    case .importProblem: .init("{1} problem in {2}; nothing written", "{2} 中有 {1} 个问题；未写入任何文件")
    case .importProblems: .init("{1} problems in {2}; nothing written", "{2} 中有 {1} 个问题；未写入任何文件")
    case .importBug:
      .init("the imported dataset does not load (a bug: please report it); nothing written",
            "导入的数据集无法加载（这是程序的缺陷，请报告）；未写入任何文件")
    case .importWrote:
      .init("wrote {1}: {2} agreements, {3} governments ({4} from the gazetteer)",
            "已写入 {1}：{2} 项协议，{3} 个政府（其中 {4} 个来自行政区划表）")
    case .importWarnings: .init("; {1} warnings (chengyu validate {2} lists them)", "；{1} 条警告（chengyu validate {2} 可列出）")
    case .importNext:
      .init("next: chengyu validate {1}; chengyu stats --data {1}; chengyu --data {1}",
            "下一步：chengyu validate {1}；chengyu stats --data {1}；chengyu --data {1}")
    case .egoTitle: .init("ego network of {1}  {2}  {3}", "个体网：{1}  {2}  {3}")
    case .egoFilter: .init("{1}, aggregation {2}", "{1}，汇总层级：{2}")
    case .labelSize: .init("size", "规模")
    case .labelTies: .init("ties", "关系数")
    case .labelDensity: .init("density", "密度")
    case .labelBrokerage: .init("brokerage", "经纪机会")
    case .egoSize: .init("{1} partners (alters)", "{1} 个合作方（他者）")
    case .egoTies: .init("{1} among the alters, of {2} pairs", "他者之间 {1} 条，共 {2} 对")
    case .egoBrokerage: .init("{1} pairs of alters not tied ({2} of pairs)", "{1} 对他者之间没有关系（占全部对数的 {2}）")
    case .egoEmpty: .init("no tie in this view: the ego network is empty", "当前视图中没有关系：个体网为空")
    case .egoAlters: .init("alters ({1}, heaviest tie first)", "他者（{1}，按关系权重从高到低）")
    case .egoAlterTies: .init("ties among alters ({1}, heaviest first)", "他者之间的关系（{1}，按权重从高到低）")
    case .headerTiesToAlters: .init("ties to alters", "与他者的关系")
    case .afterCounts:
      .init("agreements in the {1} months before: {2}    after: {3}    after, among the governments it mentions: {4}",
            "此前 {1} 个月的协议：{2}    此后：{3}    此后在其提及的政府之间：{4}")
    case .afterYearOnly:
      .init("  (the policy is dated {1} only: the window starts on 1 January)", "  （该政策只标注到 {1} 年：时间窗从 1 月 1 日算起）")
    case .afterFilter: .init("  (agreements passing the filter: {1})", "  （通过筛选的协议：{1}）")
    case .headerMentioned: .init("mentioned", "提及的政府")
    case .afterFootnote: .init("  * ties two or more governments the policy mentions", "  * 连接该政策提及的两个或更多政府")
    }
  }
}
