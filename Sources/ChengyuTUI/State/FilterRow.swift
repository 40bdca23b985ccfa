import ChengyuCore

/// One line of the filter panel: a setting the user toggles or steps with the arrow keys.
public enum FilterRow: Hashable, Sendable {
  case family, yearFrom, yearTo, aggregation, inRegion, crossBorder
  case level(AdminLevel)
  /// Whose policy documents are listed: central or provincial issuers.
  case issuer(IssuerLevel)
  /// A mechanism type, by index into the codebook.
  case mechanism(Int)
  /// A domain, by index into the codebook.
  case domain(Int)
}

extension AppState {
  /// The rows of the filter panel, narrowed by its search text.
  public func filterRows() -> [FilterRow] {
    let all: [FilterRow] = [.family, .yearFrom, .yearTo, .aggregation, .inRegion, .crossBorder]
      + AdminLevel.allCases.map(FilterRow.level) + IssuerLevel.allCases.map(FilterRow.issuer)
      + dataset.codebook.mechanisms.indices.map(FilterRow.mechanism)
      + dataset.codebook.domains.indices.map(FilterRow.domain)
    let text = searchText(.filters)
    return text.isEmpty ? all : all.filter { TextMatch.matches(text, filterLabel($0).label, filterLabel($0).value) }
  }

  /// The label and current value of a row, as the panel shows them.
  public func filterLabel(_ row: FilterRow) -> (label: String, value: String) {
    let f = filter
    let book = dataset.codebook
    switch row {
    case .family: return ("Mechanism family", f.families.count == 1 ? f.families.first!.rawValue : "all")
    case .yearFrom: return ("Years from", f.years.map { String($0.lowerBound) } ?? "any")
    case .yearTo: return ("Years to", f.years.map { String($0.upperBound) } ?? "any")
    case .aggregation: return ("Aggregation", f.aggregation.rawValue)
    case .inRegion: return ("In-region parties only", f.inRegionOnly ? "on" : "off")
    case .crossBorder: return ("Sichuan–Chongqing ties only", f.crossBorderOnly ? "on" : "off")
    case .level(let l): return ("Level: \(l.rawValue) \(l.nameZh)", mark(f.levels.contains(l), f.levels.isEmpty))
    case .issuer(let l):
      return ("Policies issued: \(l.rawValue) \(l.nameZh)", mark(f.issuerLevels.contains(l), f.issuerLevels.isEmpty))
    case .mechanism(let i):
      let m = book.mechanisms[i]
      return ("\(m.family.letter) \(m.nameEn) \(m.nameZh)", mark(f.mechanisms.contains(m.id), f.mechanisms.isEmpty))
    case .domain(let i):
      let d = book.domains[i]
      return ("Domain: \(d.nameEn) \(d.nameZh)", mark(f.domains.contains(d.id), f.domains.isEmpty))
    }
  }

  /// The filter after toggling (`step` 0) or stepping (±1) a row.
  public func filter(changing row: FilterRow, step: Int) -> Filter {
    var f = filter
    let span = datasetYears
    switch row {
    case .family:
      f.families = FamilyCycle.next(f.families, backwards: step < 0)
    case .yearFrom, .yearTo:
      f.years = step == 0 ? nil : FilterRow.stepYears(f.years, from: row == .yearFrom, by: step, span: span)
    case .aggregation:
      let all = AggregationLevel.allCases
      let i = all.firstIndex(of: f.aggregation)!
      f.aggregation = all[(i + (step < 0 ? all.count - 1 : 1)) % all.count]
    case .inRegion: f.inRegionOnly.toggle()
    case .crossBorder: f.crossBorderOnly.toggle()
    case .level(let l): f.levels.formSymmetricDifference([l])
    case .issuer(let l): f.issuerLevels.formSymmetricDifference([l])
    case .mechanism(let i): f.mechanisms.formSymmetricDifference([dataset.codebook.mechanisms[i].id])
    case .domain(let i): f.domains.formSymmetricDifference([dataset.codebook.domains[i].id])
    }
    return f
  }

  // "[x]" selected, "[ ]" not; an empty set means every value counts, shown as "( )".
  private func mark(_ on: Bool, _ noneSelected: Bool) -> String {
    on ? "[x]" : (noneSelected ? "( )" : "[ ]")
  }
}

extension FilterRow {
  /// A year range after stepping one of its ends. Each end runs through "any" (no range) and then
  /// the dataset's years in order: → from "any" gives the first year (2011) for "from" and the
  /// "from" year for "to", → then steps forward; ← steps back, and past the first year "from"
  /// returns to "any" when "to" is at the last year. The ends never cross.
  static func stepYears(_ years: ClosedRange<Int>?, from: Bool, by step: Int, span: ClosedRange<Int>) -> ClosedRange<Int>? {
    guard let years else {
      if from { return step > 0 ? span : nil }
      return step > 0 ? span.lowerBound...span.lowerBound : span.lowerBound...max(span.lowerBound, span.upperBound - 1)
    }
    var (lo, hi) = (years.lowerBound, years.upperBound)
    if from {
      if step < 0 && lo <= span.lowerBound { return hi >= span.upperBound ? nil : years }
      lo = min(max(span.lowerBound, lo + step), hi)
    } else {
      hi = max(min(span.upperBound, hi + step), lo)
    }
    return lo...hi
  }
}
