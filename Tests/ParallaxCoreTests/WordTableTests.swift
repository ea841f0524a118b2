import Testing
@testable import ParallaxCore

struct WordTableTests {
    /// Every key finds its own classes among a thousand others (collisions included); words not in the
    /// table, their prefixes and extensions find none.
    @Test func findsEveryKeyAndNothingElse() {
        var entries: [String: WordClass] = ["said": [.verbs, .reportingVerbs], "grève": .verbs, "": .clauseWords]
        for i in 0..<1000 { entries["dock\(i)"] = WordClass(rawValue: UInt32(i % 7 + 1)) }
        let table = WordTable(entries)
        for (key, value) in entries { #expect(table[key] == value, "\(key)") }
        for absent in ["sai", "saids", "Said", "dock1000", "dock", "grève ", "greve"] { #expect(table[absent] == [], "\(absent)") }
    }

    /// The lexicon's own table answers as its lists do.
    @Test func lexiconTableMatchesItsLists() {
        #expect(SpeechLexicon.classes["said"].contains(.verbs))
        #expect(SpeechLexicon.classes["he"].contains(.personPronouns))
        #expect(SpeechLexicon.classes["harbour"] == [])
        for word in Array(TextScanning.monthNames.keys) + Array(TextScanning.weekdays) {
            #expect(SpeechLexicon.classes[word].contains(.calendarWord), "\(word)")
        }
        #expect(!SpeechLexicon.classes["mayor"].contains(.calendarWord))
    }
}
