/// One cell as the loader uses it (sanitized and trimmed, as `CSVTable` keeps cells), located
/// without making a String: a clean cell is a byte range of the file; a cell that had to change
/// (doubled quotes, control characters, edge spaces that sanitizing exposes) is decoded once into
/// the store's side buffer.
struct LoaderCell {
  /// True when the bytes are in the store's decoded buffer, false when in the file.
  var inDecoded = false
  var start = 0
  var end = 0
  /// Sanitizing changed the text as written (then `decoded[originalStart..<originalEnd]` holds
  /// it: offsets, not a String, keep the cell trivially copyable, with no reference counting
  /// in the row loop).
  var changed = false
  /// Every byte is ASCII.
  var ascii = true
  var originalStart = 0
  var originalEnd = 0
  /// The file bytes hold `""` pairs (each one quote); never set for a decoded cell.
  var quotes = false

  var isEmpty: Bool { start == end }

  /// Where a cell's bytes are, in 8 bytes (to remember a million ids cheaply).
  struct Compact {
    let start: UInt32
    let end: UInt32
    init(_ c: LoaderCell) {
      start = UInt32(c.start) | (c.inDecoded ? AgreementStore.decodedFlag : 0)
      end = UInt32(c.end) | (c.quotes ? AgreementStore.quotesFlag : 0)
    }
  }

  init(_ c: Compact) {
    inDecoded = c.start & AgreementStore.decodedFlag != 0
    start = Int(c.start & ~AgreementStore.decodedFlag)
    end = Int(c.end & ~AgreementStore.quotesFlag)
    quotes = c.end & AgreementStore.quotesFlag != 0
  }

  init(inDecoded: Bool = false, start: Int = 0, end: Int = 0, changed: Bool = false, ascii: Bool = true,
       quotes: Bool = false) {
    (self.inDecoded, self.start, self.end, self.changed) = (inDecoded, start, end, changed)
    (self.ascii, self.quotes) = (ascii, quotes)
  }

  /// The cell of a field; `decoded` receives the bytes of a cell that had to change.
  static func locate(
    _ view: CSVRecordView, _ index: Int, file: UnsafeBufferPointer<UInt8>, decoded: inout [UInt8]
  ) -> LoaderCell {
    let span = view.span(at: index)
    // `""` is printable ASCII, so the scan and the trimming read the same with the pairs
    // collapsed or not; the pairs are collapsed when the text is read.
    let scan = scanClean(file, span.start, span.end)
    if scan.clean {
      // Sanitizing would not change it: the value is the bytes without edge spaces.
      var (s, e) = (span.start, span.end)
      while s < e, file[s] == 0x20 { s += 1 }
      while e > s, file[e - 1] == 0x20 { e -= 1 }
      return LoaderCell(start: s, end: e, ascii: scan.ascii, quotes: span.hasDoubledQuotes)
    }
    // The rare path, exactly as `CSVTable.cellAndOriginal`.
    let (text, original) = CSVTable.cellAndOriginal(view, index)
    var cell = LoaderCell(inDecoded: true, start: decoded.count, changed: original != nil)
    decoded.append(contentsOf: text.utf8)
    cell.end = decoded.count
    if let original {
      cell.originalStart = decoded.count
      decoded.append(contentsOf: original.utf8)
      cell.originalEnd = decoded.count
    }
    cell.ascii = text.utf8.allSatisfy { $0 < 0x80 } && (original?.utf8.allSatisfy { $0 < 0x80 } ?? true)
    return cell
  }

  /// Whether `TextSanitizer.clean` leaves the bytes unchanged (no C0/C1 control, DEL or bidi
  /// control: the scalars its `needsWork` lists, matched by their UTF-8 forms), and whether all
  /// are ASCII. Bytes are valid UTF-8 (checked before parsing).
  @inline(__always)
  static func scanClean(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (clean: Bool, ascii: Bool) {
    var ascii = true
    var i = start
    guard let base = p.baseAddress else { return (true, true) }
    while i < end {
      // Eight printable ASCII bytes at a time (Hacker's Delight 6-1: no byte < 0x20, none ≥ 0x7F).
      while i &+ 8 <= end {
        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        let below = (w &- 0x2020_2020_2020_2020) & ~w
        let above = (w &+ 0x0101_0101_0101_0101) | w
        guard (below | above) & 0x8080_8080_8080_8080 == 0 else { break }
        i &+= 8
      }
      guard i < end else { break }
      let b = p[i]
      if b >= 0x20 && b < 0x7F {
        i &+= 1
        continue
      }
      if b < 0x80 { return (false, ascii) }  // C0 control or DEL
      ascii = false
      switch b {
      case 0xC2:  // U+0080–U+009F: C1 controls
        if i + 1 < end, p[i + 1] <= 0x9F { return (false, false) }
      case 0xD8:  // U+061C arabic letter mark
        if i + 1 < end, p[i + 1] == 0x9C { return (false, false) }
      case 0xE2:  // U+200E, U+200F, U+202A–U+202E, U+2066–U+2069
        if i + 2 < end {
          let (b1, b2) = (p[i + 1], p[i + 2])
          if b1 == 0x80, b2 == 0x8E || b2 == 0x8F || (0xAA...0xAE).contains(b2) { return (false, false) }
          if b1 == 0x81, (0xA6...0xA9).contains(b2) { return (false, false) }
        }
      default: break
      }
      i &+= 1
    }
    return (true, ascii)
  }
}
