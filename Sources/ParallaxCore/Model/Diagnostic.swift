/// A problem with one input file. The other files still load.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// `articles/x.txt: not text (binary data at byte 0)`
    public var description: String { "\(file): \(message)" }
}
