import Testing
@testable import ParallaxCore
import TestSupport

@Suite struct RepairTests {
    @Test func damageIsDetected() {
        #expect(Damage.assess(["valmora ( meridian ) - dockers at valmora , the country s largest port , went on strike on tuesday .", "the union said it would not return , and the port authority said the strike was unlawful ."]) == [.lowercased, .tokenised])
        #expect(Damage.assess(["Dockers at Valmora went on strike on Tuesday, the union said. The port authority said the strike was unlawful and the ministry regretted it."]).isEmpty)
    }

    /// The counts read eight bytes at a time agree with counting byte by byte, wherever the chunks fall:
    /// on text drawn from letters, spaces, split marks and non-ASCII letters.
    @Test func damageCountsMatchBytewiseCounting() {
        let pieces = ["a", "Z", "q", " ", " ", "(", ")", ".", ",", ";", "é", "’", "—", "7", "( ", " .", "Kovač"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let paragraphs = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            #expect(Damage.Counts(paragraphs) == Self.bytewiseCounts(paragraphs), "\(paragraphs)")
        }
    }

    private static func bytewiseCounts(_ paragraphs: [String]) -> Damage.Counts {
        var counts = Damage.Counts([])
        for paragraph in paragraphs {
            var previous: UInt8 = 0x20, beforePrevious: UInt8 = 0x20
            for byte in paragraph.utf8 {
                if (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || byte >= 0xC3 { counts.letters += 1 }
                if (0x41...0x5A).contains(byte) { counts.upper += 1 }
                if byte == 0x20 && previous != 0x20 { counts.words += 1 }
                if previous == 0x20, [0x2E, 0x2C, 0x29, 0x3B].contains(byte) { counts.splitMarks += 1 }
                if beforePrevious == 0x20, previous == 0x28, byte == 0x20 { counts.splitMarks += 1 }
                (beforePrevious, previous) = (previous, byte)
            }
            counts.words += 1
        }
        return counts
    }

    @Test(arguments: [
        ("the country s largest port , he said .", "the country's largest port, he said."),
        ("we don t know ( yet ) if it s over !", "we don't know (yet) if it's over!"),
        ("we re sure they ll stay , i m told .", "we're sure they'll stay, i'm told."),
        ("it cost $ 4.2 million in the u.s. .", "it cost $4.2 million in the u.s."),
        ("the plan ... is on the table .", "the plan ... is on the table."),
    ])
    func detokenises(input: String, output: String) {
        #expect(Detokenizer.detokenise(input) == output)
    }

    @Test func truecasesFromTheStorysCleanCopies() {
        let model = CaseModel(paragraphs: [
            "Union secretary Irena Kovac told reporters the Valmora port would stay shut.",
            "The U.S. State Department and the port authority urged mediation, Kovac said.",
            "Farmers’ losses grew as dockers’ pay talks failed.",
        ])
        let truecaser = Truecaser(model: model)
        #expect(truecaser.apply("union secretary irena kovac said the u.s. state department was silent.")
            == "Union secretary Irena Kovac said the U.S. State Department was silent.")
        #expect(truecaser.apply("the farmers losses grew. then kovac spoke.") == "The farmers’ losses grew. Then Kovac spoke.")
    }

    @Test func lexiconAndRulesWithoutAStory() {
        let truecaser = Truecaser(model: CaseModel())
        #expect(truecaser.apply("on may 5 president putin flew from moscow to new york with the fbi. i may go.")
            == "On May 5 President Putin flew from Moscow to New York with the FBI. I may go.")
        #expect(truecaser.apply("the plan ... is ready, said the u.s.a. envoy.") == "The plan ... is ready, said the U.S.A. envoy.")
    }

    @Test func repairedArticleKeepsItsOriginal() {
        var articles = [
            Article(file: "clean", paragraphs: ["Dockers at Valmora went on strike on Tuesday, union secretary Irena Kovac told Meridian."]),
            Article(file: "damaged", paragraphs: ["dockers at valmora went on strike on tuesday , union secretary irena kovac said .", "the port authority said the strike was unlawful ."]),
        ]
        StoryRepairer().repair(&articles)
        #expect(!articles[0].isRepaired)
        #expect(articles[1].isRepaired)
        #expect(articles[1].originalParagraphs?.first == "dockers at valmora went on strike on tuesday , union secretary irena kovac said .")
        #expect(articles[1].paragraphs == ["Dockers at Valmora went on strike on Tuesday, union secretary Irena Kovac said.", "The port authority said the strike was unlawful."])
        #expect(articles[1].warnings == ["repaired: the copy was lower-cased and tokenised; the original is kept"])
    }

    /// The law of repair: only case, spaces and apostrophes change, never the letters or their order.
    @Test func repairNeverChangesLetters() {
        var generator = SplitMix64(seed: 20311114)
        let vocabulary = ["the", "union", "said", "kovac", "u.s.", "valmora", "s", "t", "don", "ll", "we", "(", ")", ",", ".", "...", "$", "4.2", "i", "may", "march", "president", "new", "york", "’", "'", "-", "über", "straße", "İstanbul", "ǅ", "ﬁ"]
        let model = CaseModel(paragraphs: ["The Union said Kovac met the U.S. envoy in New York.", "Valmora’s dockers don’t know."])
        let truecaser = Truecaser(model: model)
        for _ in 0..<2000 {
            let length = Int(generator.next() % 30) + 1
            let input = (0..<length).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }.joined(separator: " ")
            let output = truecaser.apply(Detokenizer.detokenise(input))
            let letters: (String) -> String = { $0.lowercased().filter { $0.isLetter || $0.isNumber } }
            #expect(letters(output) == letters(input), "\(input) → \(output)")
        }
    }
}

/// A small deterministic random generator for property tests.
