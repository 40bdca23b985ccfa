/// The explorer's hint-bar labels. The raw value is the English label the command registry and
/// the screens use (`hint: "quit"`), so a label is translated where it is drawn.
public enum TUIHintMsg: String, MessageKey {
  case open, back, agreements, partner, partners, tie, screen, family, filters, clear
  case from, to, months, change, toggle, search, sort, export, quit, help, run
  case select, zoom, pan, fit, play
  case ego, policies, years, window, periods, communities
  case yearOnly = "year only"

  public var texts: LocalizedText {
    switch self {
    case .open: .init(rawValue, "打开")
    case .back: .init(rawValue, "返回")
    case .agreements: .init(rawValue, "协议")
    case .partner: .init(rawValue, "合作方")
    case .partners: .init(rawValue, "合作方列表")
    case .tie: .init(rawValue, "关系")
    case .screen: .init(rawValue, "界面")
    case .family: .init(rawValue, "类别")
    case .filters: .init(rawValue, "筛选")
    case .clear: .init(rawValue, "清除")
    case .from: .init(rawValue, "起")
    case .to: .init(rawValue, "止")
    case .months: .init(rawValue, "按月")
    case .change: .init(rawValue, "调整")
    case .toggle: .init(rawValue, "切换")
    case .search: .init(rawValue, "搜索")
    case .sort: .init(rawValue, "排序")
    case .export: .init(rawValue, "导出")
    case .quit: .init(rawValue, "退出")
    case .help: .init(rawValue, "帮助")
    case .run: .init(rawValue, "执行")
    case .select: .init(rawValue, "选择")
    case .zoom: .init(rawValue, "缩放")
    case .pan: .init(rawValue, "平移")
    case .fit: .init(rawValue, "全图")
    case .play: .init(rawValue, "播放")
    case .yearOnly: .init(rawValue, "只看该年")
    case .ego: .init(rawValue, "个体网")
    case .policies: .init(rawValue, "政策")
    case .years: .init(rawValue, "年份")
    case .window: .init(rawValue, "窗口")
    case .periods: .init(rawValue, "时期")
    case .communities: .init(rawValue, "社群")
    }
  }

  /// A label in `language`: the catalogue's text, or the label itself when it has no key.
  public static func label(_ english: String, _ language: Language) -> String {
    Self(rawValue: english)?.text(language) ?? english
  }
}
