/// Two ways a store's columns are reshaped after a load: dropping the text nobody will read (so
/// the 379 MB file buffer of a million agreements is not kept for 8 MB of ids), and joining the
/// columns of the two halves of a file parsed side by side (`AgreementSplitParse`).
extension AgreementStore {
  /// The same agreements holding only `fields` of their text, copied into one compact buffer:
  /// the file the other fields pointed into is no longer referenced. The others read as ""
  /// (`keepsText` says which are held).
  func keepingText(_ fields: Set<TextField>) -> AgreementStore {
    let s = storage
    var bytes = 0
    for f in fields {
      for (start, end) in zip(s.textStart[f.rawValue], s.textEnd[f.rawValue]) {
        bytes += Int(end & ~Self.quotesFlag) - Int(start & ~Self.decodedFlag)
      }
    }
    var compact: [UInt8] = []
    compact.reserveCapacity(bytes)
    var starts = [[UInt32]](repeating: [], count: Self.fieldCount)
    var ends = starts
    s.file.withUnsafeBufferPointer { file in
      s.decoded.withUnsafeBufferPointer { decoded in
        for f in TextField.allCases where fields.contains(f) {
          starts[f.rawValue].reserveCapacity(count)
          ends[f.rawValue].reserveCapacity(count)
          for (start, end) in zip(s.textStart[f.rawValue], s.textEnd[f.rawValue]) {
            let from = start & Self.decodedFlag != 0 ? decoded : file
            let range = Int(start & ~Self.decodedFlag)..<Int(end & ~Self.quotesFlag)
            // The raw bytes, `""` pairs and all: the flag still collapses them when read.
            starts[f.rawValue].append(UInt32(compact.count) | Self.decodedFlag)
            compact.append(contentsOf: UnsafeBufferPointer(rebasing: from[range]))
            ends[f.rawValue].append(UInt32(compact.count) | (end & Self.quotesFlag))
          }
        }
      }
    }
    return AgreementStore(storage: Storage(
      file: [], decoded: compact, textStart: starts, textEnd: ends, dates: s.dates, mechanisms: s.mechanisms,
      families: s.families, partyStart: s.partyStart, parties: s.parties, domainStart: s.domainStart,
      domains: s.domains, confidence: s.confidence, confidenceNames: s.confidenceNames,
      idsIncreasing: s.idsIncreasing))
  }
}

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
