import ChengyuCore
import Foundation
import Testing

/// Atomic writes: whole file or nothing, never over an existing file without `force`.
@Suite struct AtomicFileTests {
  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "chengyu-atomic-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
  }

  func contents() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  func read(_ name: String) throws -> String {
    try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
  }

  @Test func writesTheFileAndLeavesNoTemporaryFile() throws {
    try AtomicFile.write(path: folder + "/a.txt", bytes: Array("成都\n".utf8), force: false)
    #expect(try read("a.txt") == "成都\n")
    #expect(try contents() == ["a.txt"])
  }

  @Test func refusesToOverwriteWithoutForce() throws {
    try "old".write(toFile: folder + "/a.txt", atomically: false, encoding: .utf8)
    #expect(throws: AtomicFileError.exists(path: folder + "/a.txt")) {
      try AtomicFile.write(path: folder + "/a.txt", bytes: Array("new".utf8), force: false)
    }
    #expect(try read("a.txt") == "old")
    #expect(try contents() == ["a.txt"])
  }

  @Test func overwritesWithForce() throws {
    try "old".write(toFile: folder + "/a.txt", atomically: false, encoding: .utf8)
    try AtomicFile.write(path: folder + "/a.txt", bytes: Array("new".utf8), force: true)
    #expect(try read("a.txt") == "new")
    #expect(try contents() == ["a.txt"])
  }

  @Test func missingFolderIsReportedAndNothingIsWritten() throws {
    let path = folder + "/missing/a.txt"
    #expect(throws: AtomicFileError.noFolder(path: path, folder: folder + "/missing")) {
      try AtomicFile.write(path: path, bytes: [1, 2, 3], force: true)
    }
    #expect(try contents() == [])
  }

  @Test func failedMoveRemovesTheTemporaryFile() throws {
    // With --force the rename onto a non-empty folder fails after the temporary file is written.
    try FileManager.default.createDirectory(atPath: folder + "/target/inner", withIntermediateDirectories: true)
    #expect(throws: AtomicFileError.self) {
      try AtomicFile.write(path: folder + "/target", bytes: Array("data".utf8), force: true)
    }
    #expect(try contents() == ["target"])
    #expect(FileManager.default.fileExists(atPath: folder + "/target/inner"))
  }

  @Test func severalFilesAreAllOrNothing() throws {
    try "keep".write(toFile: folder + "/b.txt", atomically: false, encoding: .utf8)
    let items = [
      AtomicFile.Item(path: folder + "/a.txt", bytes: Array("a".utf8)),
      AtomicFile.Item(path: folder + "/b.txt", bytes: Array("b".utf8)),
    ]
    #expect(throws: AtomicFileError.exists(path: folder + "/b.txt")) {
      try AtomicFile.write(items, force: false)
    }
    #expect(try contents() == ["b.txt"])
    #expect(try read("b.txt") == "keep")
    try AtomicFile.write(items, force: true)
    #expect(try read("a.txt") == "a")
    #expect(try read("b.txt") == "b")
    #expect(try contents() == ["a.txt", "b.txt"])
  }

  @Test func errorMessagesNameTheFile() {
    #expect(AtomicFileError.exists(path: "out.gexf").description == "out.gexf already exists (use --force to overwrite it)")
    #expect(AtomicFileError.noFolder(path: "x/out.gexf", folder: "x").description
      == "cannot write x/out.gexf: folder x does not exist")
  }

  @Test func forceWritesIntoADeviceInsteadOfReplacingIt() throws {
    // A private copy of the null device (char 1,3) outside the folder under test, never
    // /dev/null itself: a regression must not replace the machine's /dev/null.
    let device = folder + "-device"
    try #require(mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0, "mknod needs root")
    defer { unlink(device) }
    let link = folder + "/null"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: device)
    try AtomicFile.write(path: link, bytes: Array("x".utf8), force: true)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == device)
    var st = stat()
    #expect(stat(device, &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR)
    #expect(try contents() == ["null"])
  }

  @Test func forceWritesIntoAFIFOWithAReaderAndRefusesOneWithout() throws {
    let fifo = folder + "/pipe"
    #expect(mkfifo(fifo, 0o644) == 0)
    #expect(throws: AtomicFileError.cannotWrite(path: fifo, reason: "no process is reading the FIFO")) {
      try AtomicFile.write(path: fifo, bytes: Array("x".utf8), force: true)
    }
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    defer { close(reader) }
    try AtomicFile.write(path: fifo, bytes: Array("成都".utf8), force: true)
    var buffer = [UInt8](repeating: 0, count: 16)
    let n = SwiftGlibc.read(reader, &buffer, 16)
    #expect(n == 6 && Array(buffer[0..<6]) == Array("成都".utf8))
    var st = stat()
    #expect(lstat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO)
  }

  @Test func forceWritesThroughALinkToARegularFile() throws {
    try "old".write(toFile: folder + "/target.txt", atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: folder + "/target.txt")
    try AtomicFile.write(path: folder + "/link.txt", bytes: Array("new".utf8), force: true)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.txt") == folder + "/target.txt")
    #expect(try read("target.txt") == "new")
    #expect(try contents() == ["link.txt", "target.txt"])
  }

  @Test func folderTargetIsRefused() throws {
    try FileManager.default.createDirectory(atPath: folder + "/d", withIntermediateDirectories: false)
    #expect(throws: AtomicFileError.cannotWrite(path: folder + "/d", reason: "it is a folder")) {
      try AtomicFile.write(path: folder + "/d", bytes: [], force: true)
    }
  }

  @Test func longestValidNameWorks() throws {
    // 245 bytes is a valid name; the temporary name must not exceed NAME_MAX (255) either.
    let name = String(repeating: "n", count: 240) + ".json"
    try AtomicFile.write(path: folder + "/" + name, bytes: Array("{}".utf8), force: false)
    #expect(try read(name) == "{}")
    let chinese = String(repeating: "成", count: 81) + ".csv"  // 247 bytes
    try AtomicFile.write(path: folder + "/" + chinese, bytes: Array("a".utf8), force: false)
    #expect(try contents() == [name, chinese].sorted())
  }
}
