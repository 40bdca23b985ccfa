import CNcursesw
import ChengyuTUI

#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#endif

/// The terminal backend: the only code that talks to the terminal (see docs/terminal.md).
///
/// Open it with `NcursesBackend.open()` and always `shutdown()` it (`defer`), or let
/// `TerminalSession.run` do both.
@MainActor
public final class NcursesBackend: TerminalBackend {
  /// True when no UTF-8 locale was available: the app should draw ASCII only.
  public let asciiMode: Bool
  /// True when colours are off (NO_COLOR set, or the terminal has none).
  public let monochrome: Bool
  /// A message for the user about the locale fallback, if one applied.
  public let localeNotice: String?

  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private let palette: Palette
  private var clearPending = true
  /// Whether the cursor is shown (only at a prompt's caret).
  private var cursorShown = false
  private var closed = false
  /// Codes read ahead while decoding an escape sequence, handled before reading more.
  private var pendingKeys: [(Int32, UInt32)] = []

  /// Takes over the terminal: checks it, sets the locale (trying `utf8Fallbacks` when the
  /// user's is not UTF-8; tests pass [] to force ASCII mode), installs signal handlers, starts
  /// ncurses with `newterm` (never `initscr`, which exits the process on a bad TERM).
  public static func open(
    utf8Fallbacks: [String] = TerminalSetup.defaultUTF8Fallbacks
  ) throws(TerminalSetupError) -> NcursesBackend {
    try TerminalSetup.checkTerminal()
    let locale = TerminalSetup.configureLocale(fallbacks: utf8Fallbacks)
    SignalGuard.install()
    set_escdelay(25)  // ncurses waits ~1 s after Esc by default: Back would feel broken
    let term = getenv("TERM").map { String(cString: $0) }
    // Our own FILE streams: the Glibc stdout/stdin globals are not concurrency-safe in Swift 6.
    guard let output = fdopen(1, "w"), let input = fdopen(0, "r"),
      let screen = newterm(nil, output, input), let window = cn_stdscr()
    else {
      SignalGuard.uninstall()
      throw .unknownTerminal(term)
    }
    // A known type that cannot address the cursor (`dumb`) would only show a blank screen.
    let cup = tigetstr("cup")
    guard let cup, Int(bitPattern: cup) != -1 else {
      endwin()
      delscreen(screen)
      SignalGuard.uninstall()
      throw .cannotAddressCursor(term)
    }
    cursesActive.store(true, ordering: .relaxed)
    SignalGuard.chainResizeHandler()
    return NcursesBackend(screen: screen, window: window, locale: locale)
  }

  private init(
    screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>,
    locale: TerminalSetup.LocaleResult
  ) {
    self.screen = screen
    self.window = window
    asciiMode = locale.asciiMode
    localeNotice = locale.notice
    raw()  // Ctrl-C and Ctrl-Z arrive as keys
    noecho()
    nonl()
    keypad(window, true)
    curs_set(0)
    wtimeout(window, 0)  // wget_wch never blocks: InputWait does the waiting
    let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
    palette = Palette(noColorRequested: noColor)
    monochrome = palette.monochrome
  }

  public var size: Size {
    closed ? Size(width: 0, height: 0)
      : Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
  }

  public func invalidate() { clearPending = true }

  /// Writes each changed row cell by cell at absolute columns, so a width disagreement between
  /// ncurses' libc `wcwidth` and our table can never shift the rest of a row.
  public func present(_ frame: ScreenBuffer, changedRows: [Int]) {
    guard !closed else { return }
    if clearPending {
      clearok(window, true)
      clearPending = false
    }
    let columns = Int(getmaxx(window))
    let width = min(frame.size.width, columns)
    let height = min(frame.size.height, Int(getmaxy(window)))
    for y in changedRows where y >= 0 && y < height {
      for x in 0..<width {
        let cell = frame[x: x, y: y]
        if cell.isContinuation { continue }
        let (attrs, pair) = palette.attributes(for: cell.style)
        wattr_set(window, attrs, pair, nil)
        // The bottom-right cell returns ERR (the cursor cannot advance); the glyph is drawn.
        _ = write(cell, x: x, y: y, fits: x + Int(cell.width) <= width)
      }
      if width < columns {
        wmove(window, Int32(y), Int32(width))
        wclrtoeol(window)
      }
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// Shows the cursor at the prompt's caret so input methods place their candidates there;
  /// hides it otherwise. Costs no output when nothing changes.
  public func setCursor(_ position: (x: Int, y: Int)?) {
    guard !closed else { return }
    if let position {
      if !cursorShown { curs_set(1) }
      wmove(window, Int32(position.y), Int32(position.x))
      wnoutrefresh(window)
      doupdate()
    } else if cursorShown {
      curs_set(0)
    }
    cursorShown = position != nil
  }

  private func write(_ cell: Cell, x: Int, y: Int, fits: Bool) -> Int32 {
    var text = cell.grapheme
    if !fits || (asciiMode && !text.allSatisfy(\.isASCII)) {
      text = String(repeating: fits ? "?" : " ", count: fits ? Int(cell.width) : 1)
    }
    let count = Int32(text.utf8.count)
    return text.withCString { mvwaddnstr(window, Int32(y), Int32(x), $0, count) }
  }

  /// Reads a key with `wget_wch` (which never blocks), sleeping in `InputWait` while there is
  /// none: no timeout, so the idle explorer wakes only for a key, a resize or a signal. Ctrl-Z
  /// suspends here and comes back as `.resize`, since the terminal may have changed meanwhile
  /// and must be repainted anyway.
  public func nextEvent() -> InputEvent? { nextEvent(timeout: nil) }

  /// As `nextEvent()`, but `.timeout` once `timeout` passes with no key (the deadline holds
  /// across signals and ignored keys).
  public func nextEvent(timeout: Duration?) -> InputEvent? {
    guard !closed else { return nil }
    let clock = ContinuousClock()
    let deadline = timeout.map { clock.now + $0 }
    var emptyReads = 0
    var wasReadable = false
    while true {
      SignalGuard.deliverPending()
      if hangupRequested.load(ordering: .relaxed) { return .hangup }
      var code: wint_t = 0
      var status: Int32
      if pendingKeys.isEmpty {
        status = wget_wch(window, &code)  // also reports KEY_RESIZE after SIGWINCH
      } else {
        (status, code) = pendingKeys.removeFirst()
      }
      if status == ERR {
        // Readable yet nothing read, again and again: end of file or EIO on a dropped
        // connection, which must become .hangup rather than a spin.
        if wasReadable {
          emptyReads += 1
          if emptyReads >= 3 { return .hangup }
        }
        let left = deadline.map { max(.zero, $0 - clock.now) }
        switch InputWait.untilReadable(timeout: left) {
        case .readable: wasReadable = true
        case .interrupted: wasReadable = false
        case .closed: return .hangup
        case .timedOut: return .timeout
        }
        continue
      }
      emptyReads = 0
      wasReadable = false
      if status == OK && code == 27 {
        if let key = readEscapeSequence() { return .key(key) }
        continue
      }
      switch NcursesKeyDecoder.decode(status: status, code: UInt32(code)) {
      case .resize:
        return .resize(size)
      case .key(.ctrl("z")):
        suspend()
        return .resize(size)
      case .key(let key):
        return .key(key)
      case .ignored:
        continue
      }
    }
  }

  /// After an ESC character: the rest of a sequence ncurses did not know arrives at once, so it
  /// is read with a short wait and decoded whole (see `EscapeSequence`). Returns nil for a
  /// dropped sequence; a key typed after a lone Esc is kept for the next read.
  private func readEscapeSequence() -> Key? {
    var sequence = EscapeSequence()
    wtimeout(window, 50)
    defer { wtimeout(window, 0) }
    while true {
      var code: wint_t = 0
      let status = wget_wch(window, &code)
      guard status == OK else {
        if status == KEY_CODE_YES { pendingKeys.append((status, UInt32(code))) }
        return sequence.end()
      }
      switch sequence.feed(UInt32(code)) {
      case .more: continue
      case .done(let key): return key
      case .escapeThen(let next):
        pendingKeys.append((OK, next))
        return .escape
      }
    }
  }

  public var hasTypeahead: Bool {
    guard !closed else { return false }
    if !pendingKeys.isEmpty { return true }
    var entry = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, 0) > 0 && entry.revents & Int16(POLLIN) != 0
  }

  /// Ctrl-Z under raw(): leave curses mode, stop like any job, repaint when continued.
  private func suspend() {
    endwin()
    raise(SIGTSTP)
    clearPending = true
  }

  public func shutdown() {
    guard !closed else { return }
    closed = true
    cursesActive.store(false, ordering: .relaxed)
    curs_set(1)
    endwin()
    delscreen(screen)
    SignalGuard.uninstall()
  }
}
