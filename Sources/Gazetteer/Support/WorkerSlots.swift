/// One slot per parallel worker: each is written by one thread during
/// `DispatchQueue.concurrentPerform` and read only after it returns, so no slot is ever shared
/// between threads at the same time (which is why the unchecked Sendable is sound).
final class WorkerSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value>

    init(count: Int, initial: Value) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: initial)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: Value, at index: Int) { slots[index] = value }

    var values: [Value] { Array(slots) }
}
