/// Texts of work running off the key path: the header's progress, the placeholders of screens
/// whose data is still being computed, the loading screen and the command line's loading bar.
public enum WorkMsg: String, MessageKey {
  // What is being computed, as the header names it ("measures 45%").
  case partPictures, partMeasures, partAnalysis, partExport, partFollowUps, partRecord, partEgo, partPeriods
  /// The header's progress: "{1}" is one or more "name NN%" joined by commas.
  case headerWorking
  // Screens waiting for their data.
  case computingMeasures, computingPictures, computingAnalysis, computingEgo, computingPeriods, measuresComputing
  // Exports written off the key path.
  case exporting
  // A new filter's model being built off the key path: the header's indication (in place of
  // the counts), the body's placeholder, and the hint for a key that needs the new lists.
  case filtering, filteringBody, filteringKeys, filteringWait
  // The same for the explorer's first model, built off the key path after the load.
  case building, buildingBody, buildingWait
  // The explorer's loading screen and the command line's bar.
  case loadingTitle, loadingFolder, loadingProgress, loadingQuit, loadingBar

  public var texts: LocalizedText {
    switch self {
    case .partPictures: .init("pictures", "图")
    case .partMeasures: .init("measures", "指标")
    case .partAnalysis: .init("comparisons", "比较")
    case .partExport: .init("export", "导出")
    case .partFollowUps: .init("follow-up", "后续统计")
    case .partRecord: .init("record", "详情")
    case .partEgo: .init("ego network", "个体网")
    case .partPeriods: .init("periods", "时期比较")
    case .headerWorking: .init("working: {1}", "后台计算：{1}")
    case .computingMeasures: .init("Computing the measures{1}{2}  (keys keep working)", "正在计算指标{1}{2}（按键照常可用）")
    case .computingPictures: .init("Drawing {1} governments{2}{3}  (keys keep working)", "正在绘制 {1} 个政府{2}{3}（按键照常可用）")
    case .computingAnalysis: .init("Computing the comparisons{1}{2}  (keys keep working)", "正在计算比较{1}{2}（按键照常可用）")
    case .computingEgo: .init("Computing the ego network of {1}{2}{3}  (keys keep working)", "正在计算{1}的个体网{2}{3}（按键照常可用）")
    case .computingPeriods: .init("Comparing the periods {1}{2}{3}  (keys keep working)", "正在比较各时期 {1}{2}{3}（按键照常可用）")
    case .measuresComputing: .init("Computing the measures for {1} in the background", "正在后台为 {1}计算指标")
    case .exporting: .init("Writing {1} in the background{2}", "正在后台写出 {1}{2}")
    case .filtering: .init("filtering{1}{2}", "正在筛选{1}{2}")
    case .filteringBody: .init("Filtering {1}{2}{3}  (keys keep working)", "正在筛选 {1}{2}{3}（按键照常可用）")
    case .filteringKeys: .init("Tabs, f (filters), / and q work now; moving and opening wait for the new lists", "标签切换、f（筛选）、/ 与 q 照常可用；移动与打开要等新列表")
    case .filteringWait: .init("Still filtering: this key works once the new lists are in", "仍在筛选：新列表出来后此键才可用")
    case .building: .init("building network{1}{2}", "正在构建网络{1}{2}")
    case .buildingBody: .init("Building the network of {1}{2}{3}  (keys keep working)", "正在构建 {1}的网络{2}{3}（按键照常可用）")
    case .buildingWait: .init("Still building the network: this key works once the lists are in", "仍在构建网络：列表出来后此键才可用")
    case .loadingTitle: .init("Chengyu: loading the dataset", "Chengyu：正在载入数据集")
    case .loadingFolder: .init("Folder: {1}", "文件夹：{1}")
    case .loadingProgress: .init("{1}% read and checked", "已读取并检查 {1}%")
    case .loadingQuit: .init("q quit", "q 退出")
    case .loadingBar: .init("loading {1}", "正在载入 {1}")
    }
  }
}
