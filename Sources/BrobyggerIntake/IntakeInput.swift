import Foundation

/// One input to an import: the name problems are reported under (a file name, a message id) and its bytes.
public struct IntakeInput: Sendable, Hashable {
    /// The name used in problems, e.g. the file's path.
    public var name: String
    /// The content.
    public var data: Data

    /// The size of the chunks a file is read in.
    static let chunkBytes = 4 << 20

    /// An input named `name` holding `data`.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// The file at `path`, named by the path.
    ///
    /// The file is read in chunks of 4 MiB, a regular file straight into bytes of its size. One larger than
    /// ``IntakeLimits/fileBytes`` is refused from its size before any of it is read (and, should it grow while read, as
    /// soon as it passes the limit). For a CSV kind each chunk is checked against the field, row and column limits as
    /// it arrives, so a file with a 1 MB field or a row of a million columns is refused at that field or row, holding
    /// only what came before it.
    ///
    /// - Parameters:
    ///   - kind: What the file holds; a CSV layout is checked chunk by chunk. `nil` reads the bytes unchecked
    ///     but for the file size.
    ///   - limits: The sizes accepted; default ``IntakeLimits/standard``.
    /// - Throws: ``InputProblem`` when the file cannot be read or exceeds a limit, naming the file, the line, the
    ///   column and the limit.
    public init(contentsOf path: String, kind: IntakeKind? = nil, limits: IntakeLimits = .standard)
        throws(InputProblem)
    {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputProblem(file: path, line: nil, field: nil, rule: "the file cannot be read")
        }
        defer { try? handle.close() }
        var status = stat()
        if fstat(handle.fileDescriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
            Int(status.st_size) > limits.fileBytes
        {
            throw limits.fileTooLarge(path, size: Int(status.st_size))
        }
        var scanner = kind.flatMap { $0.isCSV ? CSVLimitScanner(file: path, limits: limits) : nil }
        // A regular file is read straight into bytes of its size; more than that (a file that grew while read, or
        // one with no size, a pipe) is read in chunks and appended.
        var data = Data(count: (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0)
        var filled = 0
        var spare: [UInt8] = []
        while true {
            let count: Int
            if filled < data.count {
                let room = min(data.count - filled, Self.chunkBytes)
                count = data.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress! + filled, room) }
            } else {
                if spare.isEmpty { spare = [UInt8](repeating: 0, count: Self.chunkBytes) }
                count = spare.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress!, $0.count) }
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else {
                throw InputProblem(file: path, line: nil, field: nil, rule: "the file cannot be read")
            }
            guard count > 0 else { break }
            guard filled + count <= limits.fileBytes else {
                throw limits.fileTooLarge(path, size: filled + count)
            }
            // Read beyond the size known: the bytes are in the spare chunk.
            if filled == data.count { data.append(contentsOf: spare[..<count]) }
            if scanner != nil {
                var failure: InputProblem?
                data.withUnsafeBytes { bytes in
                    do throws(InputProblem) {
                        try scanner?.scan(UnsafeRawBufferPointer(rebasing: bytes[filled..<(filled + count)]))
                    } catch {
                        failure = error
                    }
                }
                if let failure { throw failure }
            }
            filled += count
        }
        // A file that shrank while read holds what was read.
        if filled < data.count { data.count = filled }
        self.init(name: path, data: data)
    }
}

extension IntakeKind {
    /// Whether the kind's files are CSV (every kind but MedCom messages and JSON documents).
    var isCSV: Bool { self != .medcom && self != .documents }
}
