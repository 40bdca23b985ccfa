/// Removes what a data file must never send to a terminal.
///
/// Strips C0 and C1 control characters, whole ESC/CSI/OSC/DCS sequences and bidirectional
/// overrides; tabs and newlines become spaces. Applied when data is loaded and again where text
/// is drawn, since data files are untrusted.
public enum TextSanitizer {
  /// The text without control characters, escape sequences and bidi overrides; tabs and newlines become spaces.
  public static func clean(_ text: String) -> String {
    // Fast path: most text has nothing to strip.
    if !text.unicodeScalars.contains(where: needsWork) { return text }
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let s = pending {
      pending = scalars.next()
      switch s.value {
      case 0x1B:  // ESC: drop the whole sequence
        pending = skipEscape(after: pending, &scalars)
      case 0x9B:  // C1 CSI
        pending = skipCSI(from: pending, &scalars)
      case 0x9D, 0x90, 0x9E, 0x9F, 0x98:  // C1 OSC, DCS, PM, APC, SOS: string until ST or BEL
        pending = skipString(from: pending, &scalars)
      case 0x0D:  // CR, or CRLF: one line break, one space
        out.append(" ")
        if pending == "\n" { pending = scalars.next() }
      case 0x09, 0x0A:
        out.append(" ")
      case 0x00...0x1F, 0x7F...0x9F:
        break
      case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
        break  // bidi controls could reorder what the user sees
      default:
        out.append(s)
      }
    }
    return String(out)
  }

  private static func needsWork(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
    default: false
    }
  }

  private static func skipEscape(
    after next: Unicode.Scalar?, _ it: inout String.UnicodeScalarView.Iterator
  ) -> Unicode.Scalar? {
    guard let n = next else { return nil }
    switch n {
    case "[": return skipCSI(from: it.next(), &it)
    case "]", "P", "^", "_", "X": return skipString(from: it.next(), &it)
    default:
      // Two-byte sequences (ESC c, ESC 7, ESC ( B …): intermediates 0x20–0x2F, then a final byte
      // 0x30–0x7E. Anything else (成 after a stray ESC) ends the sequence and is kept.
      var cur: Unicode.Scalar? = n
      while let c = cur, (0x20...0x2F).contains(c.value) { cur = it.next() }
      guard let c = cur else { return nil }
      return (0x30...0x7E).contains(c.value) ? it.next() : c
    }
  }

  /// CSI: parameter and intermediate bytes, then one final byte 0x40–0x7E.
  private static func skipCSI(
    from first: Unicode.Scalar?, _ it: inout String.UnicodeScalarView.Iterator
  ) -> Unicode.Scalar? {
    var cur = first
    while let c = cur {
      if (0x40...0x7E).contains(c.value) { return it.next() }
      if !(0x20...0x3F).contains(c.value) { return cur }  // malformed: stop at the odd scalar
      cur = it.next()
    }
    return nil
  }

  /// OSC/DCS-style strings end with BEL, ST (ESC \) or C1 ST.
  private static func skipString(
    from first: Unicode.Scalar?, _ it: inout String.UnicodeScalarView.Iterator
  ) -> Unicode.Scalar? {
    var cur = first
    while let c = cur {
      switch c.value {
      case 0x07, 0x9C: return it.next()
      // ESC ends the string: as ST (ESC \) or as the start of another sequence. Either way the
      // main loop drops it as an escape sequence (no recursion, so no deep stack on hostile text).
      case 0x1B: return c
      default: cur = it.next()
      }
    }
    return nil
  }
}
