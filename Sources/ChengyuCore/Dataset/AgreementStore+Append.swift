/// Joins the columns of the two halves of a file parsed side by side (`AgreementSplitParse`).
extension AgreementStore.Builder {
  /// Moves the agreements of `other`, a builder over the same file (the later part of it), to
  /// the end of this one: file offsets stay, decoded offsets, party and domain offsets and
  /// confidence codes are rebased. Column by column, each of `other`'s is freed once copied, so
  /// the join needs little more memory than the two halves.
  mutating func append(takingFrom other: inout AgreementStore.Builder) {
    let flag = AgreementStore.decodedFlag
    let shift = UInt32(decoded.count)
    Self.move(&other.decoded, to: &decoded)
    for f in 0..<AgreementStore.fieldCount {
      let starts = other.textStart[f]
      Self.move(&other.textEnd[f], to: &textEnd[f]) { i, end in starts[i] & flag != 0 ? end + shift : end }
      Self.move(&other.textStart[f], to: &textStart[f]) { _, start in start & flag != 0 ? start + shift : start }
    }
    Self.move(&other.dates, to: &dates)
    Self.move(&other.mechanisms, to: &mechanisms)
    Self.move(&other.families, to: &families)
    let partyShift = UInt32(parties.count)
    Self.move(&other.parties, to: &parties)
    other.partyStart.removeFirst()
    Self.move(&other.partyStart, to: &partyStart) { _, s in s + partyShift }
    let domainShift = UInt32(domains.count)
    Self.move(&other.domains, to: &domains)
    other.domainStart.removeFirst()
    Self.move(&other.domainStart, to: &domainStart) { _, s in s + domainShift }
    var codes: [UInt16] = []
    for var name in other.confidenceNames {
      codes.append(name.withUTF8 { confidenceCode($0) })
    }
    Self.move(&other.confidence, to: &confidence) { _, c in codes[Int(c)] }
  }

  /// Appends `from` (each element as `map` gives it, by index) to `to` at its exact new size,
  /// then frees `from`.
  private static func move<T>(_ from: inout [T], to: inout [T], map: ((Int, T) -> T)? = nil) {
    to.reserveCapacity(to.count + from.count)
    if let map {
      for (i, x) in from.enumerated() { to.append(map(i, x)) }
    } else {
      to.append(contentsOf: from)
    }
    from = []
  }
}
