import Testing
@testable import ParallaxCore

@Suite struct BoilerplateRulesTests {
    @Test(arguments: [
        ("March 14, 2031 / 6:12 PM / Updated 2 hours ago", Boilerplate.Kind.timestamp),
        ("Published 9:30 a.m. ET Oct. 3, 2030", .timestamp),
        ("Updated 6:12 PM ET, March 14", .timestamp),
        ("Dockers at the north gate, March 14, 2031. MERIDIAN/Paulo Serrat", .caption),
        ("A crane at rest. (Photo by Lee Park/Getty Images)", .caption),
        ("Reporting by Ana Ruiz; Editing by Jonas Peck", .credit),
        ("Associated Press writer Lena Ott contributed to this report.", .credit),
        ("By Ana Ruiz and Lee Park", .byline),
        ("0 : 0", .pageFurniture),
        ("• wide-desktop-and-larger", .pageFurniture),
        ("Advertisement", .pageFurniture),
        ("Share this article", .shareWidgets),
        ("Share  Tweet  Email", .shareWidgets),
        ("Sign up for our morning newsletter", .promo),
        ("Follow Ana Ruiz on Twitter @anaruiz.", .promo),
        ("© 2031 Coastal Ledger. All rights reserved.", .copyright),
        ("RELATED: Grain prices climb as port stalls", .relatedLinks),
        ("ANALYSIS", .sectionLabel),
        ("https://ledger.example/strike", .pageFurniture),
        ("<tweet tweet-id=\"1234567890\"><tweet/>.", .pageFurniture),
    ])
    func classifiesFurniture(line: String, kind: Boilerplate.Kind) {
        #expect(BoilerplateRules.classify(line) == kind)
    }

    @Test(arguments: [
        "By winning the vote, the union gained leverage over the port.",
        "The union said the offer was an insult, and the strike went on.",
        "Photos of the quay circulated widely on Tuesday.",
        "We will go back when the plan is on the table.",
        "Lindqvist said 40 ships were waiting at 6:00 on Tuesday morning outside the harbour.",
        "<b>Update:</b> the union has called off the strike.",
        "March 14, 2031, 6:12 PM: cranes idle at Pier 9",
    ])
    func articleTextStays(line: String) {
        #expect(BoilerplateRules.classify(line) == nil)
    }

    /// The word count, read eight bytes at a time, is the number of runs between spaces and tabs.
    @Test(arguments: [
        "", " ", "Port", "  Port  of\tValmora  ", "a b c d e f g h i j k l m n o p", "abcdefgh ijklmnop", "abcdefg hijklmno\t\t",
        "        x", "x        ", "Ruiz’s  “quay”\u{00A0}deal — signed\ttoday,   at 9", String(repeating: "ab ", count: 30),
    ])
    func wordCountMatchesSplitting(line: String) {
        let runs = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
        #expect(BoilerplateRules.spaceSeparatedCount(line) == runs)
    }
}
