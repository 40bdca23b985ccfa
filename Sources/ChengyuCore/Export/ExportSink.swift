#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Musl)
  @preconcurrency import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an exporter writes its text: a 64 KiB buffer that goes to a file descriptor whenever it
/// fills, or, for tests and callers that need the bytes, memory.
///
/// Writers append line by line instead of building one String of the whole file, so an export's
/// peak memory is the network plus this buffer, not the network plus its whole text (a 200,000
/// agreement GEXF was 1.6 GB as one String; see docs/performance.md). The first write error is
/// kept in `failure` and later writes are dropped, so writers need no error handling of their own.
public final class ExportSink {
  private var buffer: [UInt8] = []
  private let descriptor: Int32?
  private static let capacity = 1 << 16
  /// The system's reason for the first failed write, or nil.
  public private(set) var failure: String?

  /// A sink that keeps everything in memory (`bytes`).
  public init() { descriptor = nil }

  /// A sink that writes to an open file descriptor (not closed by the sink).
  public init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer.reserveCapacity(Self.capacity)
  }

  /// What a memory sink holds (for a descriptor sink: what is not yet flushed).
  public var bytes: [UInt8] { buffer }

  /// The text written so far, for memory sinks.
  public var text: String { String(decoding: buffer, as: UTF8.self) }

  /// Appends UTF-8 text.
  public func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if descriptor != nil, buffer.count >= Self.capacity { flush() }
  }

  /// Appends bytes.
  public func write(bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if descriptor != nil, buffer.count >= Self.capacity { flush() }
  }

  /// Sends the buffer to the descriptor (a memory sink keeps it).
  public func flush() {
    guard let fd = descriptor else { return }
    defer { buffer.removeAll(keepingCapacity: true) }
    guard failure == nil else { return }
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let n = systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failure = FileIO.lastErrorText()
          return
        }
        offset += n
      }
    }
  }

  /// Renders into memory and returns the bytes: `render(sink)` writes, this collects.
  public static func collect(_ render: (ExportSink) -> Void) -> [UInt8] {
    let sink = ExportSink()
    render(sink)
    return sink.buffer
  }
}

/// libc's `write`, which `ExportSink.write` would otherwise shadow.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, buffer, count)
}
