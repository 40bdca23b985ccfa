import ChengyuCore

extension ScreenKind {
  public static let agreement = ScreenKind("agreement")
  public static let policy = ScreenKind("policy")
}

/// One line of a record screen: a field label (on the field's first line only) and text.
public struct RecordLine: Hashable, Sendable {
  /// Field name, or "" on a continuation line.
  public var label: String
  /// The field's text on this line.
  public var text: String
}

extension AppState {
  /// Label column width of record screens.
  static let recordLabelWidth = 12

  /// The fields of an agreement or policy, wrapped to the terminal width.
  public func recordLines(_ screen: ScreenID) -> [RecordLine] {
    let width = max(10, size.width - AppState.recordLabelWidth - 3)
    var lines: [RecordLine] = []
    for (label, value) in recordFields(screen) {
      for (i, text) in Format.wrap(TextSanitizer.clean(value), width: width).enumerated() {
        lines.append(RecordLine(label: i == 0 ? label : "", text: text))
      }
    }
    return lines
  }

  func recordFields(_ screen: ScreenID) -> [(String, String)] {
    let d = dataset
    // English shows both names of everything; Chinese the Chinese ones, listed with 、.
    let zh = lang == .zh
    let sep = zh ? t(TUIMsg.listSeparator) : "; "
    let colon = zh ? "：" : ": "
    func both(_ en: String, _ cn: String) -> String { zh ? cn : "\(en) \(cn)" }
    // A government: its Chinese name, in English followed by the pinyin.
    func government(_ c: City) -> String { zh ? c.nameZh : "\(c.nameZh) \(c.nameEn)" }
    switch screen {
    case .agreement(let i):
      let a = d.agreements[i]
      let m = d.mechanism(of: a)
      let family = zh ? "\(a.family.letter(.zh)) \(a.family.nameZh)" : "\(a.family.letter) \(a.family.rawValue) \(a.family.nameZh)"
      return [
        (t(TUIMsg.fieldID), a.id), (t(TUIMsg.fieldDate), a.date.description), (t(TUIMsg.fieldTitle), a.titleZh),
        (t(TUIMsg.fieldEnglish), a.titleEn),
        (t(TUIMsg.fieldMechanism), "\(family) / " + both(m.nameEn, m.nameZh)),
        (t(TUIMsg.fieldKind), a.kindZh),
        (t(TUIMsg.fieldDomains), a.domains.map { both(d.codebook.domains[$0].nameEn, d.codebook.domains[$0].nameZh) }.joined(separator: sep)),
        (t(TUIMsg.fieldParties), "\(a.parties.count)\(colon)" + a.parties.map { government(d.cities[$0]) }.joined(separator: sep)),
        (t(TUIMsg.fieldSummary), a.summaryEn), (t(TUIMsg.fieldSource), a.provenance.sourceURL),
        (t(TUIMsg.fieldEvidence), a.provenance.evidence), (t(TUIMsg.fieldConfidence), a.provenance.confidence),
      ]
    case .policy(let i):
      let p = d.policies[i]
      return [
        (t(TUIMsg.fieldID), p.id), (t(TUIMsg.fieldDate), p.date.description), (t(TUIMsg.fieldTitle), p.titleZh),
        (t(TUIMsg.fieldEnglish), p.titleEn),
        (t(TUIMsg.fieldIssuer), "\(p.issuerZh) (\(issuerLevelName(p.issuerLevel)))"), (t(TUIMsg.fieldType), p.docType),
        (t(TUIMsg.fieldNumber), p.docNumber), (t(TUIMsg.fieldScope), p.scope),
        (t(TUIMsg.fieldMentions), p.mentions.map { government(d.cities[$0]) }.joined(separator: sep)),
        (t(TUIMsg.fieldSummary), p.summaryEn), (t(TUIMsg.fieldSource), p.provenance.sourceURL),
        (t(TUIMsg.fieldEvidence), p.provenance.evidence), (t(TUIMsg.fieldConfidence), p.provenance.confidence),
      ].filter { !$0.1.isEmpty } + policyFollowUpFields(i)
    default: return []
    }
  }
}

extension AppState {
  /// Agreements a policy record lists after it, at most.
  static let followUpListed = 300

  /// What followed a policy under the current filter (`PolicyFollowUp`, as `chengyu show P…
  /// --after N` with the filter's years): one pass over the view's agreements for the one record
  /// shown, computed off the key path (`ViewWork.record`; the field says it is counting until
  /// then). N is the follow-up window `w` sets (12 months unless changed), as on the Timeline.
  func policyFollowUpFields(_ policy: Int, listing limit: Int = followUpListed) -> [(String, String)] {
    let n = analysisViews.followUpMonths
    guard let f = analysisViews.recordFollowUp(policy) else {
      return [(t(TUIAnalysisMsg.followedBy), WorkPlaceholder.text(self, .record, pen: Pen(ascii: asciiMode)))]
    }
    let counts = t(TUIAnalysisMsg.followedByCounts, f.after.count, n, f.amongMentioned.count, f.before)
      + (f.policyDateIsYearOnly ? t(TUIAnalysisMsg.followedByYearOnly) : "")
    // The record is wrapped on every frame: the first agreements only (at 10⁶ there can be
    // 200,000 after a policy, 3 s a key), the rest counted with the command that lists them.
    var list = f.after.prefix(limit).map { e in
      let a = dataset.agreements[e.agreement]
      return "\(e.amongMentioned ? "*" : "")\(a.id) \(a.date) \(a.titleZh)"
    }
    if f.after.count > limit {
      list.append(t(TUIAnalysisMsg.followedAfterMore, f.after.count - limit, dataset.policies[policy].id, n))
    }
    return [(t(TUIAnalysisMsg.followedBy), counts)] + (list.isEmpty ? [] : [(t(TUIAnalysisMsg.followedAfter), list.joined(separator: "; "))])
  }
}

/// The full record of an agreement or policy, with its source and evidence; j/k scroll (the
/// list's selection is the top line shown).
struct RecordScreen: ExplorerScreen {
  static let agreement = RecordScreen(kind: .agreement, title: .screenAgreement)
  static let policy = RecordScreen(kind: .policy, title: .screenPolicy)
  let kind: ScreenKind
  let title: TUIMsg
  let searchable = false

  /// Top lines to scroll through: as many as leave the last line at the bottom.
  func rowCount(_ state: AppState, _ key: ListKey) -> Int {
    max(1, state.recordLines(key.screen).count - viewport(state, key) + 1)
  }

  func hintLabel(_ command: Command, pane: Int) -> String? { command.id == "open" ? nil : command.hint }

  func render(_ state: AppState, _ screen: ScreenID, in body: Rect, pen: Pen, into buffer: inout ScreenBuffer) {
    let lines = state.recordLines(screen)
    let heading: String
    switch screen {
    case .agreement(let i): heading = state.t(TUIMsg.recordAgreement, state.dataset.agreements[i].id)
    case .policy(let i): heading = state.t(TUIMsg.recordPolicy, state.dataset.policies[i].id)
    default: heading = ""
    }
    let viewport = body.height - 1
    let top = min(state.list(ListKey(screen)).selected, max(0, lines.count - viewport))
    let more = lines.count > viewport ? state.t(TUIMsg.recordLines, top + 1, pen.dash, min(lines.count, top + viewport), lines.count) : ""
    pen.put(&buffer, heading + more, x: body.x + 1, y: body.y, width: body.width - 1, style: Styles.title)
    let labelWidth = AppState.recordLabelWidth
    for row in 0..<viewport {
      let i = top + row
      guard i < lines.count else { break }
      let y = body.y + 1 + row
      pen.put(&buffer, lines[i].label, x: body.x + 1, y: y, width: labelWidth, style: Styles.label)
      pen.put(&buffer, lines[i].text, x: body.x + 2 + labelWidth, y: y, width: body.width - labelWidth - 2)
    }
  }
}
