import Testing
@testable import ParallaxCore

@Suite struct DatelineParserTests {
    @Test(arguments: [
        ("VALMORA (Meridian) - Dockers walked out.", "VALMORA", nil, "Meridian", "Valmora (Meridian)", "Dockers walked out."),
        ("TRENTON, N.J. (AP) — The vote", "TRENTON, N.J.", nil, "AP", "Trenton, N.J. (AP)", "The vote"),
        ("SANTHE, March 3 (Xinhua) -- Prices", "SANTHE", "March 3", "Xinhua", "Santhe, March 3 (Xinhua)", "Prices"),
        ("VALMORA, March 14. /NAS/. The ministry", "VALMORA", "March 14", "NAS", "Valmora, March 14 (NAS)", "The ministry"),
        ("LOS ANGELES — Crews", "LOS ANGELES", nil, nil, "Los Angeles", "Crews"),
        ("valmora ( meridian ) - dockers at", "valmora", nil, "meridian", "Valmora (meridian)", "dockers at"),
    ] as [(String, String, String?, String?, String, String)])
    func recognisesDatelines(text: String, place: String, date: String?, agency: String?, display: String, rest: String) throws {
        let (dateline, remainder) = try #require(DatelineParser.parse(text))
        #expect(dateline.place == place)
        #expect(dateline.date == date)
        #expect(dateline.agency == agency)
        #expect(dateline.display == display)
        #expect(remainder == rest)
    }

    @Test(arguments: [
        "Ana Ruiz - the coach - said it was over.",
        "The strike — the first in a decade — began on Tuesday.",
        "Visit https://example.org/a/b for more - or not.",
        "He said (quietly) - enough.",
    ])
    func proseIsNotADateline(text: String) {
        #expect(DatelineParser.parse(text) == nil)
    }
}
