/// Dijkstra's priority queue: a binary min-heap of nodes keyed by their tentative distance, with
/// decrease-key, so it never holds more than one entry per node (a lazy heap on a dense network
/// fills with stale entries that each cost a pop).
struct DistanceHeap {
  private let items: UnsafeMutableBufferPointer<Int32>
  /// Index of each node in `items`, or −1 when the node is not in the heap.
  private let position: UnsafeMutableBufferPointer<Int32>
  private var count = 0

  init(capacity: Int) {
    items = .allocate(capacity: max(1, capacity))
    items.initialize(repeating: 0)
    position = .allocate(capacity: max(1, capacity))
    position.initialize(repeating: -1)
  }

  func deallocate() {
    items.deallocate()
    position.deallocate()
  }

  /// Inserts `v`, or moves it up after `dist[v]` decreased.
  mutating func update(_ v: Int, _ dist: UnsafeMutableBufferPointer<Double>) {
    var i = Int(position[v])
    if i < 0 {
      i = count
      count += 1
    }
    let key = dist[v]
    while i > 0 {
      let parent = (i - 1) / 2
      let p = Int(items[parent])
      if dist[p] <= key { break }
      items[i] = Int32(p)
      position[p] = Int32(i)
      i = parent
    }
    items[i] = Int32(v)
    position[v] = Int32(i)
  }

  /// Removes and returns the node with the smallest distance, nil when empty.
  mutating func popMin(_ dist: UnsafeMutableBufferPointer<Double>) -> Int? {
    guard count > 0 else { return nil }
    let top = Int(items[0])
    position[top] = -1
    count -= 1
    guard count > 0 else { return top }
    let last = Int(items[count])
    let key = dist[last]
    var i = 0
    while true {
      var child = 2 * i + 1
      if child >= count { break }
      if child + 1 < count, dist[Int(items[child + 1])] < dist[Int(items[child])] { child += 1 }
      let c = Int(items[child])
      if key <= dist[c] { break }
      items[i] = Int32(c)
      position[c] = Int32(i)
      i = child
    }
    items[i] = Int32(last)
    position[last] = Int32(i)
    return top
  }
}
