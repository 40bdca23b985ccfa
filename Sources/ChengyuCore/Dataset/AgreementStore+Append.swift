/// Joins the columns of the two halves of a file parsed side by side (`AgreementSplitParse`).
extension AgreementStore.Builder {
  /// Appends the agreements of `other`, a builder over the same file (the later part of it):
  /// file offsets stay, decoded offsets, party and domain offsets and confidence codes are
  /// rebased onto this builder's.
  mutating func append(contentsOf other: AgreementStore.Builder) {
    let flag = AgreementStore.decodedFlag
    let shift = UInt32(decoded.count)
    decoded.append(contentsOf: other.decoded)
    for f in 0..<AgreementStore.fieldCount {
      textStart[f].append(contentsOf: other.textStart[f].lazy.map { $0 & flag != 0 ? $0 + shift : $0 })
      textEnd[f].append(contentsOf: zip(other.textStart[f], other.textEnd[f]).lazy.map { start, end in
        start & flag != 0 ? end + shift : end
      })
    }
    dates.append(contentsOf: other.dates)
    mechanisms.append(contentsOf: other.mechanisms)
    families.append(contentsOf: other.families)
    let partyShift = UInt32(parties.count)
    parties.append(contentsOf: other.parties)
    partyStart.append(contentsOf: other.partyStart.dropFirst().lazy.map { $0 + partyShift })
    let domainShift = UInt32(domains.count)
    domains.append(contentsOf: other.domains)
    domainStart.append(contentsOf: other.domainStart.dropFirst().lazy.map { $0 + domainShift })
    var codes: [UInt16] = []
    for var name in other.confidenceNames {
      codes.append(name.withUTF8 { confidenceCode($0) })
    }
    confidence.append(contentsOf: other.confidence.lazy.map { codes[Int($0)] })
  }
}
