import Dispatch
import Geodesy
#if canImport(Glibc)
import Glibc
#endif

/// `geocheck distance --batch`: streams CSV rows `lat1,lon1,lat2,lon2` to JSON Lines.
///
/// Memory stays constant: the input is read in 1 MiB blocks, each block's complete lines are
/// split in two halves that the two cores solve at once, and the halves are written in input
/// order. On a bad row the rows before it are written, then the error, and the run stops.
struct DistanceBatch {
    let inputPath: String

    /// Input is read this many bytes at a time.
    static let blockSize = 1 << 20
    /// A line longer than this is an error rather than a reason to buffer without end.
    static let maximumLineLength = 1 << 16
    /// Blocks smaller than this are not worth splitting between threads.
    static let parallelThreshold = 1 << 15

    private var displayName: String { inputPath == "-" ? "<stdin>" : inputPath }

    func run() throws {
        let input = inputPath == "-" ? STDIN_FILENO : open(inputPath, O_RDONLY)
        guard input >= 0 else { throw CLIError.file(path: inputPath, message: Self.systemError()) }
        defer { if input != STDIN_FILENO { close(input) } }

        var pending = [UInt8]()
        var block = [UInt8](repeating: 0, count: Self.blockSize)
        var linesBefore = 0
        var headerPending = true
        while true {
            let count = block.withUnsafeMutableBytes { read(input, $0.baseAddress, Self.blockSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CLIError.file(path: displayName, message: Self.systemError())
            }
            let atEnd = count == 0
            pending.append(contentsOf: block[0..<count])
            if atEnd {
                if pending.isEmpty { break }
                if pending.last != UInt8(ascii: "\n") { pending.append(UInt8(ascii: "\n")) }
            }
            guard let lastNewline = pending.lastIndex(of: UInt8(ascii: "\n")) else {
                if pending.count > Self.maximumLineLength {
                    throw CLIError.badInput(location: "\(displayName):\(linesBefore + 1)",
                                            message: "line is longer than \(Self.maximumLineLength) bytes")
                }
                continue
            }
            try pending.withUnsafeBufferPointer { buffer in
                let lines = UnsafeBufferPointer(rebasing: buffer[0...lastNewline])
                try process(lines, linesBefore: &linesBefore, headerPending: &headerPending)
            }
            pending.removeFirst(lastNewline + 1)
            if atEnd { break }
        }
    }

    /// Solves and writes every line of `lines`, which ends with a newline.
    private func process(
        _ lines: UnsafeBufferPointer<UInt8>, linesBefore: inout Int, headerPending: inout Bool
    ) throws {
        var start = 0
        if headerPending {
            // Skip blank lines, then a header row if the first row has no number in it.
            while start < lines.count {
                let end = lines[start...].firstIndex(of: UInt8(ascii: "\n"))!
                let line = UnsafeBufferPointer(rebasing: lines[start..<end])
                if BatchRow.isBlank(line) {
                    start = end + 1
                    linesBefore += 1
                    continue
                }
                headerPending = false
                if BatchRow.isHeader(line) {
                    start = end + 1
                    linesBefore += 1
                }
                break
            }
        }
        let body = UnsafeBufferPointer(rebasing: lines[start...])
        guard !body.isEmpty else { return }

        // Split at a newline near the middle so each core gets whole lines.
        var halves = [body]
        if body.count >= Self.parallelThreshold {
            let middle = body[(body.count / 2)...].firstIndex(of: UInt8(ascii: "\n"))!
            halves = [UnsafeBufferPointer(rebasing: body[0...middle]),
                      UnsafeBufferPointer(rebasing: body[(middle + 1)...])]
        }
        var firstLines = [linesBefore]
        if halves.count == 2 { firstLines.append(linesBefore + BatchRow.countNewlines(halves[0])) }

        // The block outlives the workers, which only read it.
        let work = halves.map(SharedBytes.init)
        let starts = firstLines
        let results = BatchResults(count: halves.count)
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            results.store(BatchRow.solveLines(work[index].bytes, linesBefore: starts[index]), at: index)
        }
        for result in results.values {
            try StandardOutput.write(result.output)
            if let failure = result.failure {
                throw CLIError.badInput(location: "\(displayName):\(failure.line)", message: failure.message)
            }
        }
        linesBefore += BatchRow.countNewlines(body)
    }

    static func systemError() -> String { String(cString: strerror(errno)) }
}

/// Read-only bytes handed to a worker thread while their owner waits for it.
private struct SharedBytes: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
}

/// One result slot per half, each written by exactly one worker thread and read only after
/// `concurrentPerform` has returned, so the slots need no lock.
private final class BatchResults: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<BatchRow.Result>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: BatchRow.Result(output: [], failure: nil))
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ result: BatchRow.Result, at index: Int) { slots[index] = result }

    var values: [BatchRow.Result] { Array(slots) }
}
