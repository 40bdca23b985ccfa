import ChengyuCore

/// `chengyu show POLICY`: the agreements before and after the policy, as JSON and as text.
extension PolicyFollowUp {
  func json(in view: NetworkView) -> JSONValue {
    let ds = view.dataset
    return .object([
      ("months", .int(months)), ("before", .int(before)), ("after", .int(after.count)),
      ("after_among_mentioned", .int(amongMentioned.count)),
      ("policy_date_year_only", .bool(policyDateIsYearOnly)),
      ("agreements", .array(after.map { e in
        guard case .object(var fields) = RecordJSON.agreementSummary(ds.agreements[e.agreement], in: ds) else { return .null }
        fields.append(("mentioned_parties", RecordJSON.strings(e.mentionedParties.map { ds.cities[$0].id.rawValue })))
        fields.append(("among_mentioned", .bool(e.amongMentioned)))
        return .object(fields)
      })),
    ])
  }

  func text(in view: NetworkView, language lang: Language = .en) -> String {
    let ds = view.dataset
    let p = ds.policies[policy]
    var out = "\n" + CLIReportMsg.afterCounts.text(lang, months, before, after.count, amongMentioned.count) + "\n"
    if policyDateIsYearOnly { out += CLIReportMsg.afterYearOnly.text(lang, p.date) + "\n" }
    if !view.filter.isEmpty {
      out += CLIReportMsg.afterFilter.text(lang, TextSanitizer.clean(FilterText.of(view.filter, lang))) + "\n"
    }
    let t = TableFormatter(columns: [
      .init(header: CLIMsg.headerID.text(lang)), .init(header: CLIMsg.headerDate.text(lang)),
      .init(header: CLIMsg.headerMechanism.text(lang)), .init(header: CLIReportMsg.headerMentioned.text(lang)),
      .init(header: CLIMsg.headerTitle.text(lang), maxWidth: 50),
    ], indent: "  ")
    out += t.render(after.map { e in
      let a = ds.agreements[e.agreement]
      let mark = e.amongMentioned ? "* " : ""
      let names = e.mentionedParties.map { ds.cities[$0].nameZh }.joined(separator: "、")
      return [a.id, a.date.description, "\(a.family.letter(lang)) \(ds.mechanism(of: a).id)", mark + names, a.titleZh]
    })
    if !amongMentioned.isEmpty { out += CLIReportMsg.afterFootnote.text(lang) + "\n" }
    return out
  }
}
