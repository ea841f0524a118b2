import Foundation
import Testing
import TestSupport

/// Every seed and every crasher the fuzzer ever found (`Fuzz/`), replayed through the fuzz harness:
/// a crasher that comes back stops the suite here, with its name printed first.
struct FuzzRegressionTests {
    static func inputs(_ folder: String) -> [URL] {
        let url = SharedFixtures.packageRoot.appendingPathComponent("Fuzz/\(folder)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { url.appendingPathComponent($0) }
    }

    @Test func seedsAndKeptCrashersRunClean() throws {
        let inputs = Self.inputs("corpus") + Self.inputs("crashers")
        #expect(Self.inputs("corpus").count >= 10)
        for input in inputs {
            FileHandle.standardError.write(Data("fuzz replay: \(input.lastPathComponent)\n".utf8))
            FuzzHarness.run(try [UInt8](Data(contentsOf: input)))
        }
    }

    @Test func theHarnessCatchesControlCharacters() {
        #expect(FuzzHarness.isTerminalSafe("a\tb\nc"))
        #expect(!FuzzHarness.isTerminalSafe("a\u{1B}[2J"))
        #expect(!FuzzHarness.isTerminalSafe("a\u{9B}1m"))
        #expect(!FuzzHarness.isTerminalSafe("\u{202E}"))
    }
}
