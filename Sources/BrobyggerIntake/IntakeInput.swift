import Foundation

/// One input to an import: the name problems are reported under (a file name, a message id) and its bytes.
public struct IntakeInput: Sendable, Hashable {
    /// The name used in problems, e.g. the file's path.
    public var name: String
    /// The content.
    public var data: Data

    /// An input named `name` holding `data`.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// The file at `path`, named by the path.
    ///
    /// - Throws: ``InputProblem`` when the file cannot be read.
    public init(contentsOf path: String) throws(InputProblem) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputProblem(file: path, line: nil, field: nil, rule: "the file cannot be read")
        }
        self.init(name: path, data: data)
    }
}
