import ChengyuCore

/// One line of the filter panel: a setting the user toggles or steps with the arrow keys.
public enum FilterRow: Hashable, Sendable {
  case family, yearFrom, yearTo, aggregation, inRegion, crossBorder, maxParties, confidence, keepIsolates
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
    let all: [FilterRow] = [.family, .yearFrom, .yearTo, .aggregation, .inRegion, .crossBorder, .maxParties, .confidence, .keepIsolates]
      + AdminLevel.allCases.map(FilterRow.level) + IssuerLevel.allCases.map(FilterRow.issuer)
      + dataset.codebook.mechanisms.indices.map(FilterRow.mechanism)
      + dataset.codebook.domains.indices.map(FilterRow.domain)
    let text = searchText(.filters)
    // The English label matches too, so `/domain` finds the domains in Chinese as well.
    return text.isEmpty ? all : all.filter {
      TextMatch.matches(text, filterLabel($0).label, filterLabel($0).value, filterLabel($0, in: .en).label)
    }
  }

  /// The label and current value of a row, as the panel shows them (in `language`, by default
  /// the drawn one). English labels carry both names ("Domain: Transport 交通"); Chinese ones
  /// the Chinese only ("领域：交通").
  public func filterLabel(_ row: FilterRow, in language: Language? = nil) -> (label: String, value: String) {
    let f = filter
    let book = dataset.codebook
    let lang = language ?? self.lang
    let zh = lang == .zh
    func t(_ key: TUIMsg, _ args: any CustomStringConvertible...) -> String {
      MessageCatalogue.fill(key.texts.text(lang), args.map(\.description))
    }
    switch row {
    case .family: return (t(.filterFamily), f.families.count == 1 ? f.families.first!.name(lang) : t(.valueAll))
    case .yearFrom: return (t(.filterYearsFrom), f.years.map { String($0.lowerBound) } ?? t(.valueAny))
    case .yearTo: return (t(.filterYearsTo), f.years.map { String($0.upperBound) } ?? t(.valueAny))
    case .aggregation: return (t(.filterAggregation), f.aggregation.name(lang))
    case .inRegion: return (t(.filterInRegion), t(f.inRegionOnly ? .valueOn : .valueOff))
    case .crossBorder: return (t(.filterCrossBorder), t(f.crossBorderOnly ? .valueOn : .valueOff))
    case .maxParties: return (t(.filterMaxParties), f.maxParties.map(String.init) ?? t(.valueAny))
    case .confidence: return (t(.filterConfidence), f.confidences.isEmpty ? t(.valueAny) : f.confidences.sorted().joined(separator: ","))
    case .keepIsolates: return (t(.filterKeepIsolates), t(f.keepIsolates ? .valueOn : .valueOff))
    case .level(let l):
      return (t(.filterLevel, zh ? l.nameZh : "\(l.rawValue) \(l.nameZh)"), mark(f.levels.contains(l), f.levels.isEmpty))
    case .issuer(let l):
      return (t(.filterIssuer, zh ? l.nameZh : "\(l.rawValue) \(l.nameZh)"), mark(f.issuerLevels.contains(l), f.issuerLevels.isEmpty))
    case .mechanism(let i):
      let m = book.mechanisms[i]
      let name = zh ? m.nameZh : "\(m.nameEn) \(m.nameZh)"
      return ("\(m.family.letter(lang)) \(name)", mark(f.mechanisms.contains(m.id), f.mechanisms.isEmpty))
    case .domain(let i):
      let d = book.domains[i]
      return (t(.filterDomain, zh ? d.nameZh : "\(d.nameEn) \(d.nameZh)"), mark(f.domains.contains(d.id), f.domains.isEmpty))
    }
  }

  /// Whether a value reads as "not set" (drawn dim): an empty set, off, any year, all families.
  func filterValueUnset(_ value: String) -> Bool {
    value == "( )" || [TUIMsg.valueOff, .valueAny, .valueAll].contains { t($0) == value }
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
    case .maxParties: f.maxParties = step == 0 ? nil : Self.stepped(Self.partyCaps, f.maxParties, step)
    case .confidence: f.confidences = step == 0 ? [] : Self.stepped(Self.confidenceSteps, f.confidences, step)
    case .keepIsolates: f.keepIsolates.toggle()
    case .level(let l): f.levels.formSymmetricDifference([l])
    case .issuer(let l): f.issuerLevels.formSymmetricDifference([l])
    case .mechanism(let i): f.mechanisms.formSymmetricDifference([dataset.codebook.mechanisms[i].id])
    case .domain(let i): f.domains.formSymmetricDifference([dataset.codebook.domains[i].id])
    }
    return f
  }

  /// The values Left/Right step through: no cap, then caps that set multilateral
  /// declarations aside; confidence any, high only, medium only.
  static let partyCaps: [Int?] = [nil, 2, 3, 5, 10, 20]
  static let confidenceSteps: [Set<String>] = [[], ["high"], ["medium"]]

  /// The value after `value` in `steps` (before it for a negative step), wrapping around.
  private static func stepped<T: Equatable>(_ steps: [T], _ value: T, _ step: Int) -> T {
    let i = steps.firstIndex(of: value) ?? 0
    return steps[(i + (step < 0 ? steps.count - 1 : 1)) % steps.count]
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
