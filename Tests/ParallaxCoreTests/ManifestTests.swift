import Testing
@testable import ParallaxCore

@Suite struct ManifestTests {
    @Test func entriesByFile() throws {
        let (manifest, problems) = try Manifest.parse("""
            title = "Harbour"
            [[article]]
            file = "sub/./a.txt"
            outlet = "Gazette"
            date = 2031-03-14
            url = "https://gazette.example/a"
            """, file: "story.toml")
        #expect(problems.isEmpty)
        #expect(manifest.title == "Harbour")
        let entry = try #require(manifest.entries["sub/a.txt"])
        #expect(entry.outlet == "Gazette")
        #expect(entry.date == "2031-03-14")
        #expect(entry.origin == "story.toml")
    }

    @Test func pathsOutsideTheFolderAreRefused() throws {
        let (manifest, problems) = try Manifest.parse("""
            [[article]]
            file = "../../etc/passwd"
            outlet = "X"
            [[article]]
            file = "/etc/passwd"
            """, file: "s/story.toml")
        #expect(manifest.entries.isEmpty)
        #expect(problems.map(\.description) == [
            "s/story.toml: article #1: file '../../etc/passwd' is outside the story folder; entry ignored",
            "s/story.toml: article #2: file '/etc/passwd' is outside the story folder; entry ignored",
        ])
    }

    @Test func unknownKeysAreReportedAndTheRestKept() throws {
        let (manifest, problems) = try Manifest.parse("""
            colour = "red"
            [[article]]
            file = "a.txt"
            outlet = "Gazette"
            mood = "grim"
            """, file: "story.toml")
        #expect(manifest.entries["a.txt"]?.outlet == "Gazette")
        #expect(problems.map(\.message) == [
            "article #1: unknown key 'mood' (known: file, outlet, url, date, title, author)",
            "unknown key 'colour' (known: title, [[article]])",
        ])
    }
}
