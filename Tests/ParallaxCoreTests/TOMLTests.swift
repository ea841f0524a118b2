import Testing
@testable import ParallaxCore

@Suite struct TOMLTests {
    @Test func tablesArraysAndScalars() throws {
        let root = try TOML.parse("""
            # comment
            title = "Strike"   # trailing comment
            count = 3
            on = true
            date = 2031-03-14
            colors = ["red", 'blue',
              "#ffffff"]
            [roles]
            quote = { fg = "green", bold = true }
            [[article]]
            file = "a.txt"
            [[article]]
            file = "b.txt"
            "dotted.key" = "x"
            """)
        #expect(root["title"] == .string("Strike"))
        #expect(root["count"] == .integer(3))
        #expect(root["on"] == .bool(true))
        #expect(root["date"]?.string == "2031-03-14")
        #expect(root["colors"]?.array?.count == 3)
        #expect(root["roles"]?.table?["quote"]?.table?["bold"] == .bool(true))
        let articles = try #require(root["article"]?.array)
        #expect(articles.count == 2)
        #expect(articles[1].table?["dotted.key"] == .string("x"))
    }

    @Test func escapesInBasicStrings() throws {
        let root = try TOML.parse(#"s = "a\"b\n\u00e9""#)
        #expect(root["s"] == .string("a\"b\né"))
    }

    @Test(arguments: [
        ("title = ", "line 1, column 9: expected a value"),
        ("title = purple", "line 1, column 15: 'purple' is not a TOML value (strings need quotes)"),
        ("a = 1\na = 2", "line 2, column 6: the key 'a' is defined twice"),
        ("[roles\nx = 1", "line 1, column 7: expected ']' to close the table header"),
        ("s = \"open", "line 1, column 10: unterminated string"),
        ("x 1", "line 1, column 3: expected '=' after the key 'x'"),
    ])
    func errorsNameLineAndColumn(input: String, message: String) {
        #expect(throws: TOMLError.self) { try TOML.parse(input) }
        do {
            _ = try TOML.parse(input)
        } catch {
            #expect(error.description == message)
        }
    }
}
