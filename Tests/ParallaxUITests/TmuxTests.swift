import Foundation
import Testing
import TestSupport

/// The real binary, driven in a private tmux server: keys sent, screens captured.
@Suite(.serialized, .enabled(if: Tmux.available, "needs tmux and a built parallax binary (scripts/test builds both)"))
struct TmuxTests {
    @Test func readerShowsTheStoryAnswersEveryKeyAndExitsCleanly() throws {
        guard SharedFixtures.available else { return }
        let tmux = try Tmux(width: 120, height: 40, arguments: SharedFixtures.seedPaths)
        defer { tmux.kill() }
        try tmux.waitFor("5 articles")
        try tmux.waitFor("Reuters ×2")  // the wire copy and its damaged twin under one entry
        try tmux.waitFor("TASS")
        tmux.send("j", "j", "j")
        try tmux.waitFor("▸ Reuters ×2")
        tmux.send("Tab")
        try tmux.waitFor("Repaired")
        tmux.send("Tab", "Enter")
        try tmux.waitFor("in each outlet's words")
        tmux.send("Escape", "c")
        try tmux.waitFor("= both say")
        tmux.send("]")
        try tmux.waitFor("│ TASS")
        tmux.send("q", "m")
        try tmux.waitFor("Q quoted")
        tmux.send("?")
        try tmux.waitFor("this help")
        tmux.send("Escape", "Escape", "b")
        try tmux.waitFor("showing removed boilerplate")
        tmux.send("t")
        try tmux.waitFor("theme: ")
        tmux.send("/")
        tmux.type("zakharova")
        tmux.send("Enter")
        try tmux.waitFor("match 1 of")
        tmux.send("n")
        try tmux.waitFor("match 2 of")
        tmux.resize(40, 12)
        try tmux.waitFor("Parallax")
        tmux.resize(18, 5)
        try tmux.waitFor("Too small")
        tmux.resize(200, 60)
        try tmux.waitFor("Tab pane · c compare")
        tmux.send("q")
        try tmux.waitFor("parallax exited with 0")
        // The terminal is back to normal: the shell prints and reads a line.
        tmux.type("echo shell-$((40+2))")
        tmux.send("Enter")
        try tmux.waitFor("shell-42")
    }

    @Test func ctrlCSigtermSighupAndACrashRestoreTheTerminal() throws {
        let folder = FolderSnapshot(SharedFixtures.exampleStory)
        let tmux = try Tmux(width: 80, height: 24, arguments: [SharedFixtures.exampleStory])
        defer { tmux.kill() }
        try tmux.waitFor("Coastal Ledger")
        tmux.send("C-c")
        try tmux.waitFor("parallax exited with 0")
        // Killed by a signal after giving the terminal back: the shell sees 128 + the signal's number.
        func stop(by signal: String, status: Int) throws {
            tmux.type("clear; \(Tmux.binary) \(SharedFixtures.exampleStory); echo \(signal)-$?")
            tmux.send("Enter")
            try tmux.waitFor("Coastal Ledger")
            _ = try tmux.shell("pkill -\(signal) -n -f '^\(Tmux.binary) '")
            try tmux.waitFor("\(signal)-\(status)")
        }
        try stop(by: "TERM", status: 143)
        try stop(by: "HUP", status: 129)  // the terminal went away
        // A crash (the hidden debug switch) gives the terminal back too.
        tmux.type("clear; PARALLAX_DEBUG_CRASH=after-first-frame \(Tmux.binary) \(SharedFixtures.exampleStory) 2>/dev/null; echo crash-$?")
        tmux.send("Enter")
        try tmux.waitFor("crash-13")  // killed by SIGILL or SIGTRAP (128 + 4 or 5) after endwin
        tmux.type("stty -a | grep -o ' echo ' ; echo done")
        tmux.send("Enter")
        try tmux.waitFor(" echo ")  // echo is on again: the terminal left raw mode
        #expect(FolderSnapshot(SharedFixtures.exampleStory) == folder, "the story folder was written to")
    }
}

/// A private tmux server running a shell that starts parallax.
struct Tmux {
    static let binary: String = {
        let root = SharedFixtures.packageRoot.path
        for candidate in ["/.build/debug/parallax", "/.build/release/parallax"] where FileManager.default.isExecutableFile(atPath: root + candidate) {
            return root + candidate
        }
        return ""
    }()

    static var available: Bool {
        !binary.isEmpty && ["/usr/bin/tmux", "/bin/tmux", "/usr/local/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    let server = "parallax-test-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"

    init(width: Int, height: Int, arguments: [String]) throws {
        // The script runs in a file so no shell in between expands its $?.
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("\(server).sh")
        let command = "\(Self.binary) \(arguments.map { "'\($0)'" }.joined(separator: " "))\necho parallax exited with $?\nPS1='$ ' exec sh\n"
        try command.write(to: script, atomically: true, encoding: .utf8)
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                 "env LANG=C.UTF-8 TERM=tmux-256color sh \(script.path)"])
    }

    /// Runs a tmux command through the shell (popen) and returns what it printed. Foundation's Process
    /// is not used here: a tmux server started under it does not survive on Linux.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = (["tmux", "-L", server] + arguments).map(quote).joined(separator: " ") + " 2>/dev/null"
        guard let pipe = popen(command, "r") else { return "" }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
        }
        pclose(pipe)
        return String(decoding: output, as: UTF8.self)
    }

    /// Runs a shell command outside tmux.
    func shell(_ command: String) throws -> Int32 { system(command) }

    func send(_ keys: String...) { _ = try? run(["send-keys"] + keys) }
    func type(_ text: String) { _ = try? run(["send-keys", "-l", text]) }
    func resize(_ width: Int, _ height: Int) { _ = try? run(["resize-window", "-x", "\(width)", "-y", "\(height)"]) }
    func capture() -> String { (try? run(["capture-pane", "-p"])) ?? "" }
    func kill() {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory.appendingPathComponent("\(server).sh"))
    }

    /// Polls the screen until the text shows, or fails after a deadline (never a fixed sleep).
    func waitFor(_ text: String, seconds: Double = 15) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if capture().contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("'\(text)' never showed; the screen was:\n\(capture())")
        throw CancellationError()
    }
}
