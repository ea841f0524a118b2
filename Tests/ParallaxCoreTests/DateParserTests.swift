import Testing
@testable import ParallaxCore

@Suite struct DateParserTests {
    @Test(arguments: [
        ("March 14, 2031 / 6:12 PM / Updated 2 hours ago", "2031-03-14"),
        ("Published Oct. 3, 2030 at 9:00 a.m. ET", "2030-10-03"),
        ("14 March 2031", "2031-03-14"),
        ("2031-03-14T10:00:00Z", "2031-03-14"),
        ("Updated 03/14/2031", "2031-03-14"),
    ])
    func findsFullDates(text: String, iso: String) {
        #expect(DateParser.isoDate(in: text) == iso)
    }

    @Test func noYearNoDate() {
        #expect(DateParser.isoDate(in: "March 14") == nil)
        #expect(DateParser.isoDate(in: "It cost 14 million in 2031") == nil)
    }
}
