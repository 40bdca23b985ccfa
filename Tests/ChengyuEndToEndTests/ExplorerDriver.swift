import Foundation
import Testing

/// The real `chengyu` explorer in a tmux pane, with what its end-to-end tests need to read it:
/// screen lines, the selected row, the header's counts, the numbers the CLI reports for the same
/// filter, the headless rendering of the same keys, and the terminal state after it exits.
struct ExplorerDriver {
  let session: TmuxSession

  /// Starts `chengyu` (no subcommand) under a shell that, once it exits, prints its status and
  /// `stty -a`, then reads one line: what a user's shell would do with the terminal left behind.
  /// Where the shell writes `stty -a` after the explorer exits (a file, since a 20×8 pane
  /// would scroll it off the screen).
  private let sttyPath = FileManager.default.temporaryDirectory.path + "/chengyu-e2e-stty-\(UUID().uuidString)"

  init(width: Int = 80, height: Int = 24, environment: [String: String] = [:], arguments: [String] = []) throws {
    let after = "\"$@\"; s=$?; echo \"explorer exited $s\"; stty -a > \"$0\"; printf 'type> '; "
      + "read line; echo \"got [$line]\"; exit $s"
    let binary = try TmuxSession.chengyuBinary().path
    session = try TmuxSession(
      command: ["sh", "-c", after, sttyPath, binary] + arguments, width: width, height: height,
      environment: environment)
  }

  /// Stops the tmux server and removes the `stty` file (also when a test failed before exit).
  func close() {
    session.close()
    unlink(sttyPath)
  }

  /// Waits for the first full frame (the hint bar ends with "q quit").
  @discardableResult
  func waitForCities() throws -> String {
    try settle("the cities screen") { $0.contains("q quit") && $0.contains("Pinyin") }
  }

  /// Waits until the screen satisfies `condition` and is the same on two polls in a row: ncurses
  /// flushes a big frame in several writes, and a capture between them shows half a frame. The
  /// work running off the key path must be done too (its progress is in the header, and so is
  /// a new filter's model or the first one being built), as it is in the headless runs the screens are compared with.
  @discardableResult
  func settle(_ what: String, until condition: (String) -> Bool) throws -> String {
    var previous = ""
    return try session.waitFor(what) { screen in
      defer { previous = screen }
      let header = ExplorerDriver.line(screen, 1)
      let working = screen.contains("working: ") || screen.contains("后台计算：") || header.contains("filtering")
        || header.contains("正在筛选") || header.contains("building network") || header.contains("正在构建网络")
      return screen == previous && !working && condition(screen)
    }
  }

  /// Sends tmux key names and waits until the screen has changed, satisfies `condition` and
  /// is settled; returns that screen.
  @discardableResult
  func press(
    _ keys: String..., what: String = "the screen to change", until condition: (String) -> Bool = { _ in true }
  ) throws -> String {
    let before = try session.capture()
    for key in keys { try session.sendKeys(key) }
    return try settle(what) { $0 != before && condition($0) }
  }

  /// Line `n` (0-based) of a captured screen, "" past the end.
  static func line(_ screen: String, _ n: Int) -> String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    return n < lines.count ? String(lines[n]) : ""
  }

  /// The screen as lines without trailing spaces or trailing empty lines (tmux trims them too).
  static func trimmed(_ screen: String) -> [String] {
    var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.reversed().drop(while: { $0 == " " }).reversed())
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }

  /// The index of the first screen line at or below `from` that starts in the selection style:
  /// black on cyan in colour, reverse video in the monochrome theme.
  func selectedLine(monochrome: Bool = false, from: Int = 3) throws -> Int? {
    // The line opens with one or more SGRs ("\e[0m\e[30m\e[46m", "\e[0;7m"); one of them
    // must set the cyan background (reverse video).
    let marker = monochrome
      ? /^(?:\x1B\[[0-9;]*m)*?\x1B\[(?:[0-9;]*;)?7m/ : /^(?:\x1B\[[0-9;]*m)*?\x1B\[(?:[0-9;]*;)?46m/
    let lines = try session.capture(escapes: true).split(separator: "\n", omittingEmptySubsequences: false)
    return lines.indices.first { $0 >= from && lines[$0].contains(marker) }
  }

  /// Nodes, ties and agreements as the header's right side shows them ("50 nodes · 354 ties ·
  /// 24 agreements"; "-" in ASCII mode; singular for one).
  static func headerCounts(_ screen: String) -> [Int]? {
    let header = line(screen, 1)
    guard let m = header.firstMatch(of: /(\d+) nodes? . (\d+) ties? . (\d+) agreements?/) else { return nil }
    return [Int(m.1)!, Int(m.2)!, Int(m.3)!]
  }

  /// Runs the built binary with `arguments` outside any terminal: (status, stdout or stderr).
  static func cli(_ arguments: [String]) throws -> (status: Int32, output: String) {
    var env = ProcessInfo.processInfo.environment
    env["LANG"] = "C.UTF-8"
    return try Spawn.run([try TmuxSession.chengyuBinary().path] + arguments, environment: env)
  }

  /// `chengyu stats --json` parsed, with extra filter options.
  static func stats(_ options: [String] = []) throws -> [String: Any] {
    let result = try cli(["stats", "--json"] + options)
    try #require(result.status == 0, "stats failed: \(result.output)")
    let json = try JSONSerialization.jsonObject(with: Data(result.output.utf8))
    return try #require(json as? [String: Any])
  }

  /// The counts the explorer's header must show for a filter: nodes, ties, agreements.
  static func expectedCounts(_ options: [String] = []) throws -> [Int] {
    let s = try stats(options)
    return [s["nodes"], s["ties"], s["agreements"]].map { ($0 as? Int) ?? -1 }
  }

  /// The last frame of `chengyu explore --script` for `keys` at `width`×`height`: what the
  /// terminal must show after the same keys.
  static func headless(keys: String = "", width: Int, height: Int) throws -> [String] {
    let path = FileManager.default.temporaryDirectory.path + "/chengyu-e2e-keys-\(UUID().uuidString)"
    try keys.write(toFile: path, atomically: true, encoding: .utf8)
    defer { unlink(path) }
    let result = try cli(["explore", "--script", path, "--size", "\(width)x\(height)"])
    try #require(result.status == 0, "headless replay failed: \(result.output)")
    return trimmed(result.output)
  }

  /// Waits until the program has exited and its shell has printed `stty -a`, then checks what a
  /// user would need: status, main screen back, cursor visible, keypad mode off, the tty in
  /// canonical mode with echo (typed text appears and is read as a line). Returns the status.
  func exitAndCheckTerminal() throws -> Int32 {
    try session.waitFor(text: "type>")
    let stty = try String(contentsOfFile: sttyPath, encoding: .utf8)
    #expect(try session.paneFormat("#{alternate_on}") == "0", "alternate screen still on")
    #expect(try session.paneFormat("#{cursor_flag}") == "1", "cursor still hidden")
    #expect(try session.paneFormat("#{keypad_cursor_flag}") == "0", "keypad cursor mode still on")
    let words = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    for mode in ["icanon", "echo", "isig", "icrnl", "opost"] {
      #expect(words.contains(mode) && !words.contains("-" + mode), "tty mode \(mode) not restored:\n\(stty)")
    }
    try session.sendLiteral("hello")
    try session.waitFor(text: "type> hello")  // echoed by the tty itself
    try session.sendKeys("Enter")
    try session.waitFor(text: "got [hello]")
    return try session.waitForExit()
  }

  /// The process id of the explorer itself (a descendant of the pane's shells).
  func explorerPID() throws -> pid_t {
    var queue = [try session.programPID()]
    while let pid = queue.first {
      queue.removeFirst()
      let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
      if comm.hasPrefix("chengyu") { return pid }
      let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
      queue += children.split(separator: " ").compactMap { pid_t($0) }
    }
    throw TmuxSession.Failure(description: "no chengyu process in the pane")
  }
}
