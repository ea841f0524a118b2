import Glibc

/// Writes a line to standard error.
func printError(_ message: String) {
    let line = message + "\n"
    line.utf8CString.withUnsafeBufferPointer { buffer in
        _ = write(2, buffer.baseAddress, buffer.count - 1)
    }
}
