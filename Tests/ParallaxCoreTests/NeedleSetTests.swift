import Testing
@testable import ParallaxCore

struct NeedleSetTests {
    let markers = NeedleSet(["HARBOUR/", "Dock Photo", "(Photo:", "/VPA", ";", "crème"])

    /// A needle is found at the start, in the middle and at the very end of a line, on substrings too.
    @Test func findsNeedlesAnywhere() {
        for line in [
            "HARBOUR/Ines Marr", "Cranes idle at the quay. Dock Photo", "Strikers (Photo: Ines Marr) at the gate",
            "Valmora, June 3 /VPA", "one; two", "a crème brûlée", "x;",
        ] {
            #expect(markers.occurs(in: line), "\(line)")
            #expect(markers.occurs(in: ("»" + line + "«").dropFirst().dropLast()), "substring of \(line)")
        }
    }

    /// Near misses are not matches: other case, cut short at either end (the needle's rare byte found too
    /// near the start for the rest of it to fit), a shared first byte or first two bytes.
    @Test func rejectsNearMisses() {
        for line in [
            "", "H", "harbour/Ines Marr", "HARBOUR Ines Marr", "the HARBOUR", "Dock Phot", "(Photo by Ines Marr)", "/VP",
            "creme brulee", "Docks Photo", "OUR/Ines Marr", "/", "ock Photo", "Photo: HARBOUR",
        ] {
            #expect(!markers.occurs(in: line), "\(line)")
        }
    }

    /// Many needles whose first two bytes collide in the filter still match only themselves.
    @Test func manyNeedlesMatchOnlyThemselves() {
        let words = (0..<500).map { "w\($0)x" }
        let set = NeedleSet(words)
        for word in words { #expect(set.occurs(in: "the \(word) here"), "\(word)") }
        #expect(!set.occurs(in: "w500x w12 w3y wx"))
    }

    @Test func prefixesAndSuffixes() {
        let openings = NeedleSet(["reporting by ", "edited by ", ";"])
        #expect(openings.isPrefix(of: "reporting by Ines Marr"))
        #expect(openings.isPrefix(of: "; and more"))
        #expect(!openings.isPrefix(of: "additional reporting by Ines Marr"))
        #expect(!openings.isPrefix(of: "reporting by"))
        #expect(!openings.isPrefix(of: ""))
        let endings = NeedleSet(["contributed to this report.", "."])
        #expect(endings.isSuffix(of: "Ines Marr contributed to this report."))
        #expect(endings.isSuffix(of: "The quay was quiet."))
        #expect(!endings.isSuffix(of: "contributed to this report!"))
        #expect(!NeedleSet(["contributed to this report."]).isSuffix(of: "report."))
        #expect(!endings.isSuffix(of: ""))
    }
}
