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

  func text(in view: NetworkView) -> String {
    let ds = view.dataset
    let p = ds.policies[policy]
    var out = "\nagreements in the \(months) months before: \(before)    after: \(after.count)    "
      + "after, among the governments it mentions: \(amongMentioned.count)\n"
    if policyDateIsYearOnly {
      out += "  (the policy is dated \(p.date) only: the window starts on 1 January)\n"
    }
    if !view.filter.isEmpty {
      out += "  (agreements passing the filter: \(TextSanitizer.clean(FilterSummary.text(view.filter))))\n"
    }
    let t = TableFormatter(columns: [
      .init(header: "id"), .init(header: "date"), .init(header: "mechanism"), .init(header: "mentioned"),
      .init(header: "title", maxWidth: 50),
    ], indent: "  ")
    out += t.render(after.map { e in
      let a = ds.agreements[e.agreement]
      let mark = e.amongMentioned ? "* " : ""
      let names = e.mentionedParties.map { ds.cities[$0].nameZh }.joined(separator: "、")
      return [a.id, a.date.description, "\(a.family.letter) \(ds.mechanism(of: a).id)", mark + names, a.titleZh]
    })
    if !amongMentioned.isEmpty { out += "  * ties two or more governments the policy mentions\n" }
    return out
  }
}
