import ChengyuCore

/// The filter in one line for people, in the interface language: the core's `key=value` summary
/// (ids and values stay as typed on the command line), or "none"/"无" when nothing is set.
enum FilterText {
  static func of(_ filter: Filter, _ lang: Language) -> String {
    let summary = FilterSummary.text(filter)
    return summary == "none" ? Msg.none.text(lang) : summary
  }
}
