import Testing
@testable import ParallaxCore

struct TextScanningTests {
    /// The byte-by-byte path (ASCII letters with curly quotes, dashes, no-break spaces) must agree with
    /// Unicode lower-casing, and text with other letters must still be lower-cased fully.
    @Test(arguments: [
        "Plain ASCII Text", "“Quoted,” She Said — Then LEFT…", "Price\u{00A0}€4.2M © Ledger", "«Nous Restons»",
        "Irena KOVAČ", "ÉCOLE Étienne", "ДОКЕРЫ Бастуют", "already lower", "",
        // eight bytes at a time: every ASCII byte around the capitals, and a chunk broken by a curly quote
        String((0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) }), "@AZ[`az{ @AZ[`az{ @AZ[`az{", "PORT OF VALMORA’S NORTH GATE",
        "Dockers AT The Gate, 12 HOURS", "ABCDEFG\u{00A0}HIJKLMNOP", "abcdefghijklmnop",
    ])
    func lowercasingMatchesUnicode(_ text: String) {
        #expect(TextScanning.lowercased(text) == text.lowercased())
    }

    /// Runs of spaces, tabs, newlines and no-break spaces fold to one space, mixed or not; ends are trimmed.
    @Test(arguments: [
        ("  Port  of\tValmora \n", "Port of Valmora"), ("a \u{00A0}b", "a b"), ("a\u{00A0} b", "a b"),
        ("\u{00A0}a\u{00A0}\u{00A0}b\u{00A0}", "a b"), ("“Nous» — ©", "“Nous» — ©"), (" \u{00A0} ", ""), ("", ""),
        // already folded, or folded at one place only: an end, a double space, a lone no-break space or line break
        ("Port of Valmora", "Port of Valmora"), ("x", "x"), ("Port of Valmora ", "Port of Valmora"), ("\tPort", "Port"),
        ("Port of  Valmora", "Port of Valmora"), ("Port\u{00A0}of", "Port of"), ("Port\nof", "Port of"), ("Port\r\nof", "Port of"),
    ])
    func collapsingSpacesFoldsEveryRun(_ text: String, _ expected: String) {
        #expect(TextScanning.collapsingSpaces(text) == expected)
        #expect(TextScanning.collapsingSpaces(Substring(text)) == expected)
    }

    /// Byte prefixes, suffixes and space splitting answer as the standard library's Character-wise
    /// versions do on NFC text, strings and substrings alike.
    @Test(arguments: [
        "Ines Marr's", "the dockers’", "  Port  of Valmora ", "«Nous restons»", "crème", "", " ", "Grève ’s",
    ])
    func byteAffixesAndSplitsMatchTheStandardLibrary(_ text: String) {
        for affix in ["", "'s", "’s", "’", "Ines", "the ", " ", "crème", "è", "Valmora ", "restons»", text, text + "x"] {
            #expect(text.hasPrefixBytes(affix) == text.hasPrefix(affix), "\(text) / \(affix)")
            #expect(text.hasSuffixBytes(affix) == text.hasSuffix(affix), "\(text) / \(affix)")
            #expect(Substring(text).hasSuffixBytes(affix) == Substring(text).hasSuffix(affix))
        }
        #expect(text.spaceSeparated() == text.split(separator: " "))
        let inner = ("x " + text + " y").dropFirst(2).dropLast(2)
        #expect(inner.spaceSeparated() == inner.split(separator: " "))
    }

    /// Words stop where the caller says; all of them come when it never does.
    @Test func wordsStopEarlyOnRequest() {
        let line = "The dockers’ strike, day 3: cranes idle at Pier 9."
        #expect(TextScanning.words(line) == ["The", "dockers", "strike", "day", "3", "cranes", "idle", "at", "Pier", "9"])
        var seen: [Substring] = []
        TextScanning.forEachWord(line) { word in
            seen.append(word)
            return seen.count < 3
        }
        #expect(seen == ["The", "dockers", "strike"])
    }

    /// Membership by length first gives what `Array.contains` gives, for words of equal and unequal length;
    /// only a decomposed spelling differs, matching scalar for scalar.
    @Test func isOneOfMatchesContains() {
        let words = ["said", "says", "told", "é", "harbour’s", "—"]
        for text in ["said", "sail", "say", "", "é", "harbour’s", "harbour's", "Said", "—", "–"] {
            #expect(text.isOne(of: words) == words.contains(text), "\(text)")
        }
        #expect(!"said".isOne(of: []))
        #expect(!"e\u{301}".isOne(of: words) && words.contains("e\u{301}"))
    }
}
