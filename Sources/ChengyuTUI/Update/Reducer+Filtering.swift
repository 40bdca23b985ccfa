import ChengyuCore

/// What keys do while a new filter's model is built off the key path (`AppState.isFiltering`):
/// everything that does not read the model works as always — switching screens and tabs, going
/// back, the filter panel and every filter key (they step on from the filter asked for), search
/// and command prompts, help, resizing, quitting. What acts on the model's rows (moving in and
/// opening a list on a screen that shows the placeholder, sorting, Timeline windows, ego networks,
/// the follow-up window, periods, communities, computing measures, exporting) does nothing and
/// says so in the hint bar: it would act on the older filter's rows, which are no longer shown.
/// At most a press is lost, never a key blocked, and no older data is shown as current.
extension AppState {
  /// True when `action` must wait for the model of the filter being built.
  func waitsForModel(_ action: Action) -> Bool {
    guard isFiltering else { return false }
    switch action {
    case .move, .page, .top, .bottom, .open: return current.readsModel
    case .openPartner, .openEgo, .timelinePolicies, .sortNext, .sortReverse, .windowStart, .windowEnd, .toggleMonths,
      .nextFollowUpWindow, .beginPeriods, .toggleCommunities, .computeMeasures, .beginExport:
      return true
    case .picture(let p):
      switch p {
      case .tick, .layoutProgress, .layoutFinished: return false
      default: return current.readsModel
      }
    default: return false
    }
  }
}
