/// The columns a search word reads (ids, both titles, dates) as raw buffers taken once for a
/// whole pass, so testing an agreement reads bytes only: `AgreementStore.withText` per field and
/// agreement fetched a nested array each time, and on two cores the threads fought over its
/// reference count.
struct SearchColumns: @unchecked Sendable {
  let store: AgreementStore
  let file: UnsafeBufferPointer<UInt8>
  let decoded: UnsafeBufferPointer<UInt8>
  /// Start and end offsets of the ids and both titles, empty when the store does not keep the
  /// field (fields, not an array of buffers: an array read on several cores retains it).
  let id: (starts: UnsafeBufferPointer<UInt32>, ends: UnsafeBufferPointer<UInt32>)
  let titleZh: (starts: UnsafeBufferPointer<UInt32>, ends: UnsafeBufferPointer<UInt32>)
  let titleEn: (starts: UnsafeBufferPointer<UInt32>, ends: UnsafeBufferPointer<UInt32>)

  /// One search word: `RecordMatch`'s rule for a word naming no government.
  struct Word {
    /// The folded word's bytes (owned by the pass that made the word).
    let needle: UnsafeBufferPointer<UInt8>
    let text: String
    let datelike: Bool
    let chinese: Bool
  }

  /// Whether agreement `i`'s id, date or title (in the word's script) contains the word, as
  /// `RecordMatch.matches(agreement:in:)` decides for a word naming no government.
  func matches(_ i: Int, _ w: Word) -> Bool {
    field(.id, id, i, contains: w.needle)
      || (w.datelike && RecordMatch.date(store.date(i), contains: w.text))
      || (w.chinese ? field(.titleZh, titleZh, i, contains: w.needle) : field(.titleEn, titleEn, i, contains: w.needle))
  }

  private func field(
    _ f: AgreementStore.TextField, _ offsets: (starts: UnsafeBufferPointer<UInt32>, ends: UnsafeBufferPointer<UInt32>),
    _ i: Int, contains needle: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard !offsets.starts.isEmpty else { return needle.isEmpty }  // a field not held reads as ""
    let (start, end) = (offsets.starts[i], offsets.ends[i])
    // Doubled quotes are collapsed by the store (rare: a title quoting a word).
    guard end & AgreementStore.quotesFlag == 0 else {
      return store.withText(f, i) { TextMatch.contains(foldingASCII: $0, bytes: needle) }
    }
    let buffer = start & AgreementStore.decodedFlag != 0 ? decoded : file
    let (lo, hi) = (Int(start & ~AgreementStore.decodedFlag), Int(end))
    return TextMatch.contains(foldingASCII: UnsafeBufferPointer(rebasing: buffer[lo..<hi]), bytes: needle)
  }
}

extension AgreementStore {
  /// Calls `body` with the searched columns as buffers (valid only during the call).
  func withSearchColumns<R>(_ body: (SearchColumns) -> R) -> R {
    let fields: [TextField] = [.id, .titleZh, .titleEn]
    precondition(fields.map(\.rawValue) == [0, 1, 2], "searched fields come first")
    return storage.file.withUnsafeBufferPointer { file in
      storage.decoded.withUnsafeBufferPointer { decoded in
        storage.textStart[0].withUnsafeBufferPointer { s0 in
          storage.textStart[1].withUnsafeBufferPointer { s1 in
            storage.textStart[2].withUnsafeBufferPointer { s2 in
              storage.textEnd[0].withUnsafeBufferPointer { e0 in
                storage.textEnd[1].withUnsafeBufferPointer { e1 in
                  storage.textEnd[2].withUnsafeBufferPointer { e2 in
                    body(SearchColumns(store: self, file: file, decoded: decoded, id: (s0, e0), titleZh: (s1, e1), titleEn: (s2, e2)))
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

extension RecordMatch {
  /// Calls `body` with the words naming no government, their bytes copied out once for the
  /// pass (valid only during the call).
  func withScannedWords<R>(_ body: ([SearchColumns.Word]) -> R) -> R {
    let scanned = words.filter { $0.named.isEmpty }
    let needles = scanned.map { w in
      let bytes = Array(w.text.utf8)
      let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
      _ = copy.initialize(from: bytes)
      return copy
    }
    defer { for n in needles { n.deallocate() } }
    return body(zip(scanned, needles).map { w, n in
      SearchColumns.Word(needle: UnsafeBufferPointer(n), text: w.text, datelike: w.datelike, chinese: w.chinese)
    })
  }
}
