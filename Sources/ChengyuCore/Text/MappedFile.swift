#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A regular file mapped read-only into memory (`FileIO.map`): its bytes are the page cache's, not
/// a copy. For a load that parses a large file once and keeps none of its bytes (`chengyu stats`):
/// reading 379 MB into an array of our own cost ~0.25 s of copying and page faults before the
/// parse could start, and ~0.1 s to give back after (issue 11); mapping them costs ~0.04 s.
///
/// The mapping lives only while the load parses. A file cut shorter by another program during
/// that time would make reading past its new end fail (SIGBUS); a command that keeps the bytes
/// (the explorer, `list`, `export` …) reads the file into an array instead.
final class MappedFile: @unchecked Sendable {
  // @unchecked: the pages are never written (PROT_READ) and unmapped only in deinit.
  private let base: UnsafeMutableRawPointer
  let count: Int

  init(base: UnsafeMutableRawPointer, count: Int) {
    self.base = base
    self.count = count
  }

  deinit { munmap(base, count) }

  func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count))
  }
}

extension FileIO {
  /// The file mapped read-only, when it is a regular file of at least `minimum` bytes and the
  /// system maps it; nil otherwise (the caller then reads it with `read(path:)`, which also says
  /// why a file cannot be read).
  static func map(path: String, minimum: Int) -> MappedFile? {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
    let size = Int(st.st_size)
    guard size >= max(1, minimum) else { return nil }
    #if os(Linux)
      // All pages at once: one call instead of a fault per 64 KiB in the parse loops.
      let flags = MAP_PRIVATE | MAP_POPULATE
    #else
      let flags = MAP_PRIVATE
    #endif
    guard let base = mmap(nil, size, PROT_READ, flags, fd, 0), base != UnsafeMutableRawPointer(bitPattern: -1)
    else { return nil }
    return MappedFile(base: base, count: size)
  }
}
