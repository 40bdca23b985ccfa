import Foundation
import Testing

/// Messages that used to say the wrong thing: ": Success" for a folder, ": is not a folder" for
/// an empty name, one "missing or cannot be read" for every cause.
@Suite struct MessageWordingTests {
  @Test func scriptThatIsAFolderSaysSo() throws {
    let r = try CLI.run(["explore", "--script", NSTemporaryDirectory()])
    #expect(r.status == 1)
    #expect(r.stderr == "chengyu: cannot read script \(NSTemporaryDirectory()): it is a folder, not a file\n")
    let missing = try CLI.run(["explore", "--script", "/nonexistent/keys.txt"])
    #expect(missing.stderr == "chengyu: cannot read script /nonexistent/keys.txt: it does not exist\n")
  }

  @Test func emptyFolderNameIsAUsageError() throws {
    let r = try CLI.run(["validate", ""])
    #expect(r.status == 64)
    #expect(r.stderr.hasPrefix("Error: the folder name is empty (give a dataset folder, or none to check the embedded data)\n"))
    let data = try CLI.run(["stats", "--data", ""])
    #expect(data.status == 64)
    #expect(data.stderr.hasPrefix("Error: --data needs a folder name (leave it out for the embedded data)\n"))
  }

  @Test func unreadableDatasetFilesNameTheCause() throws {
    let dir = NSTemporaryDirectory() + "chengyu-causes-" + UUID().uuidString
    try FileManager.default.copyItem(atPath: CLI.fixture("tiny"), toPath: dir)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fm = FileManager.default
    try fm.removeItem(atPath: dir + "/cities.csv")
    try fm.createDirectory(atPath: dir + "/cities.csv", withIntermediateDirectories: false)
    try fm.removeItem(atPath: dir + "/policies.csv")
    try fm.createSymbolicLink(atPath: dir + "/policies.csv", withDestinationPath: dir + "/policies.csv")
    try fm.removeItem(atPath: dir + "/domains.csv")
    try fm.createSymbolicLink(atPath: dir + "/domains.csv", withDestinationPath: "/dev/zero")
    try fm.removeItem(atPath: dir + "/mechanisms.csv")
    let r = try CLI.run(["validate", dir], timeout: 60)
    #expect(r.status == 65)
    #expect(r.stderr.split(separator: "\n").map(String.init) == [
      "\(dir)/mechanisms.csv: file is missing",
      "\(dir)/domains.csv: file cannot be read: it is a device, not a regular file",
      "\(dir)/cities.csv: file cannot be read: it is a folder, not a file",
      "\(dir)/policies.csv: file cannot be read: it is a symbolic link loop",
      "chengyu: 4 problems in \(dir)",
    ])
  }

  @Test func fileGivenAsDataFolderSaysItIsAFile() throws {
    let file = CLI.fixture("tiny") + "/cities.csv"
    let r = try CLI.run(["stats", "--data", file])
    #expect(r.status == 65)
    #expect(r.stderr == "chengyu: cannot load dataset \(file):\n\(file): is not a folder: it is a file\n")
  }
}
