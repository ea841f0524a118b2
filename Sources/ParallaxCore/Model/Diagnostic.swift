/// A problem with one input file. The other files still load.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var message: String

    /// File names and messages are made safe to print: a name can hold newlines or escape sequences.
    public init(file: String, message: String) {
        self.file = TextDecoder.printable(file)
        self.message = TextDecoder.printable(message)
    }

    /// `articles/x.txt: not text (binary data at byte 0)`
    public var description: String { "\(file): \(message)" }
}
