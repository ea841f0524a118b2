/// Rules that tell page furniture from article text, one line at a time.
///
/// Each rule looks only at the line itself; runs (related-headline lists) are found by the cleaner.
enum BoilerplateRules {
    /// The kind of boilerplate a line is, or `nil` for article text.
    static func classify(_ line: String) -> Boilerplate.Kind? {
        let text = stripListMarker(line)
        let wordCount = spaceSeparatedCount(text)
        // Long paragraphs are article text unless they are copyright notices or script left in the page.
        if wordCount > 80 {
            if longCopyrightMarkers.occurs(in: text) { return .copyright }
            return scriptMarkers.occurs(in: text) ? (isCode(TextScanning.lowercased(text)) ? .pageFurniture : nil) : nil
        }
        let lower = TextScanning.lowercased(text)

        if !TextScanning.hasLetters(text) { return .pageFurniture }
        if isLayoutToken(text) || isMarkupOnly(text) { return .pageFurniture }
        if wordCount <= 12, isCopyright(lower) { return .copyright }
        if copyrightMarkers.occurs(in: lower) { return .copyright }
        if wordCount <= 40, isCredit(text, lower: lower) { return .credit }
        if isCaption(text, lower: lower, wordCount: wordCount) { return .caption }
        if wordCount <= 10, isByline(text) { return .byline }
        if wordCount <= 16, isTimestamp(text, lower: lower) { return .timestamp }
        if wordCount <= 12, let kind = shortFurniture(lower) { return kind }
        if wordCount <= 40, isPromo(lower) { return .promo }
        if wordCount <= 30, isRelatedLabel(lower, wordCount: wordCount) { return .relatedLinks }
        if wordCount <= 3, text.utf8.count <= 120, text.count <= 30, TextScanning.isAllCaps(text), !text.contains(where: \.isNumber) {
            return .sectionLabel
        }
        if isCode(lower) { return .pageFurniture }
        return nil
    }

    /// How many runs of non-space bytes the line has: a cheap word count.
    static func spaceSeparatedCount(_ text: String) -> Int {
        text.withUTF8Bytes { bytes in
            var count = 0
            var inWord = false
            // Eight bytes at a time: a run starts at each byte that is not a space after one that is.
            var i = 0
            while i + 8 <= bytes.count {
                let chunk = ByteMasks.load(bytes, at: i)
                let spaces = ByteMasks.equal(chunk, 0x20) | ByteMasks.equal(chunk, 0x09)
                let words = ~spaces & ByteMasks.high
                // the byte before each is the next lower one; the chunk's first follows the last one read
                let spaceBefore = spaces << 8 | (inWord ? 0 : 0x80)
                count += ByteMasks.count(words & spaceBefore)
                inWord = words >> 56 != 0
                i += 8
            }
            for byte in bytes[i...] {
                if byte == 0x20 || byte == 0x09 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
    }

    static func stripListMarker(_ line: String) -> String {
        guard ParagraphSplitter.isListItem(line) else { return line }
        return TextScanning.trimmed(line.drop(while: { $0 == " " || $0 == "\t" }).dropFirst())
    }

    /// `<tweet tweet-id="6673"><tweet/>.`: an embed left as tags, with no text outside them.
    static func isMarkupOnly(_ text: String) -> Bool {
        guard text.utf8.first == UInt8(ascii: "<") else { return false }
        var depth = 0
        for character in text {
            if character == "<" {
                depth += 1
            } else if character == ">" {
                depth = max(0, depth - 1)
            } else if depth == 0, character.isLetter {
                return false
            }
        }
        return depth == 0
    }

    /// `narrow-browser-and-phone`: one word of lower-case parts joined by hyphens or underscores.
    static func isLayoutToken(_ text: String) -> Bool {
        guard !text.utf8.contains(0x20), text.utf8.count >= 5 else { return false }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" })
        return parts.count >= 2 && text.allSatisfy { ($0.isLetter && $0.isLowercase) || $0 == "-" || $0 == "_" || $0.isNumber }
    }

    static func isCopyright(_ lower: String) -> Bool {
        lower.hasPrefixBytes("©") || lower.hasPrefixBytes("(c) ") || lower.hasPrefixBytes("copyright ") || lower.hasPrefixBytes("copyright©")
    }

    static let longCopyrightMarkers = NeedleSet(["All rights reserved", "all rights reserved"])
    static let copyrightMarkers = NeedleSet(["all rights reserved", "may not be published, broadcast, rewritten"])

    static let creditOpenings = NeedleSet([
        "reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ", "(reporting by ",
        "(additional reporting by ", "contributing: ", "contributors: ", "reported by ", "edited by ", "(writing by ",
    ])
    static let creditEndings = NeedleSet([
        "contributed to this report.", "contributed reporting.", "contributed to this story.", "contributed to this article.",
        "contributed to this report",
    ])

    static func isCredit(_ text: String, lower: String) -> Bool {
        creditOpenings.isPrefix(of: lower) || creditEndings.isSuffix(of: lower)
    }

    static let captionMarkers = NeedleSet([
        "REUTERS/", "Reuters/", "AP Photo", "AFP PHOTO", "AFP Photo", "(Photo by", "Photo by ", "Photograph:", "Photo:",
        "Getty Images", "Image copyright", "Image caption", "Picture:", "EPA/", "/AFP", "(Photo:", "Photo credit",
        "File photo", "FILE PHOTO", "Sputnik/", "/TASS", "Photo illustration", "(Credit:", "Pool via",
    ])

    static func isCaption(_ text: String, lower: String, wordCount: Int) -> Bool {
        guard wordCount <= 80, captionMarkers.occurs(in: text) || hasAgencyPhotoCredit(text) else { return false }
        // A wire dateline (`MOSCOW, October 27. /TASS/.`) is article text, not a photo credit.
        return DatelineParser.parse(text) == nil
    }

    /// `AGENCY/Jane Doe`: an agency in capitals, a slash, then a capitalised name, as photo credits are written.
    static func hasAgencyPhotoCredit(_ text: String) -> Bool {
        text.withUTF8Bytes { chars in
            guard chars.count >= 6 else { return false }
            for i in 2..<(chars.count - 2) where chars[i] == UInt8(ascii: "/") {
                let capitalsBefore = chars[i - 2] >= 0x41 && chars[i - 2] <= 0x5A && chars[i - 1] >= 0x41 && chars[i - 1] <= 0x5A
                let nameAfter = chars[i + 1] >= 0x41 && chars[i + 1] <= 0x5A && chars[i + 2] >= 0x61 && chars[i + 2] <= 0x7A
                if capitalsBefore && nameAfter { return true }
            }
            return false
        }
    }

    /// `By Jane Doe`, `By JANE DOE and John Roe, Reuters`, `By Jane Doe | Fox News`.
    static func isByline(_ text: String) -> Bool {
        guard text.hasPrefixBytes("By ") || text.hasPrefixBytes("BY ") || text.hasPrefixBytes("Written by ") else { return false }
        let names = text.spaceSeparated().dropFirst(text.hasPrefixBytes("Written") ? 2 : 1)
        let joiners: Set<String> = ["and", "&", "|", "de", "da", "van", "von", "der", "la", "le", "bin", "al", "-", "—"]
        let allNames = !names.isEmpty && names.count <= 8
            && names.allSatisfy { joiners.contains(String($0)) || $0.first?.isUppercase == true }
        return allNames && (!text.hasSuffixBytes(".") || names.count <= 4)
    }

    static let timestampWords: Set<String> = [
        "updated", "published", "posted", "last", "modified", "on", "at", "am", "pm", "a.m", "p.m", "et", "edt", "est",
        "gmt", "bst", "utc", "cet", "pt", "pdt", "pst", "ct", "cdt", "cst", "msk", "ago", "a", "an", "year", "years",
        "month", "months", "day", "days", "hour", "hours", "minute", "minutes", "min", "mins", "hr", "hrs", "read",
    ]

    /// `October 27, 2017 / 9:33 AM / a year ago`, `Updated 3:45 p.m. ET`, `Published: Nov 3, 2016`.
    static func isTimestamp(_ text: String, lower: String) -> Bool {
        // Every time stamp has a digit; checking bytes first spares tokenising the rest.
        guard lower.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return false }
        let words = TextScanning.words(text).map { TextScanning.lowercased(String($0)) }
        guard !words.isEmpty else { return false }
        var dated = false
        var known = 0
        for (index, w) in words.enumerated() {
            if TextScanning.monthNames[w.filter { $0 != "." }] != nil || TextScanning.weekdays.contains(w) {
                dated = true
                known += 1
            } else if w.allSatisfy(\.isNumber) || timestampWords.contains(w) {
                known += 1
            } else if w.contains(where: \.isNumber), w.allSatisfy({ $0.isNumber || $0 == "-" || $0 == ":" || $0 == "." || $0 == "t" || $0 == "z" }) {
                dated = true
                known += 1
            } else if (index + 1 - known) * 10 > words.count * 2 {
                return false  // too many other words already: a sentence with a number in it
            }
        }
        if lower.containsBytes(":"), lower.contains(where: \.isNumber), words.contains(where: { $0.isOne(of: ["am", "pm", "a.m", "p.m", "et", "gmt", "utc"]) }) {
            dated = true
        }
        return dated && known * 10 >= words.count * 8
    }

    static let furniturePhrases: Set<String> = [
        "advertisement", "advertisement:", "skip to main content", "skip to content", "loading", "loading...", "close",
        "menu", "image", "video", "photo", "continue reading", "continue reading below", "story continues below",
        "(story continues below)", "continue reading the main story", "scroll to continue with content", "comments",
        "print", "back to top", "view comments", "read more", "show more", "sponsored", "sponsored content",
        "related coverage", "more from", "trending", "most read", "most popular", "listen to this article",
        "image source", "media playback is unsupported on your device", "enlarge this image", "toggle caption",
        "hide caption", "watch:", "watch", "ad", "ads",
    ]
    static let shareWords: Set<String> = [
        "share", "tweet", "email", "e-mail", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit",
        "print", "comment", "comments", "save", "copy", "link", "this", "on", "article", "story", "messenger", "sms",
        "flipboard", "telegram", "x",
    ]

    static func shortFurniture(_ lower: String) -> Boilerplate.Kind? {
        let trimmed = TextScanning.trimmed(lower)
        if furniturePhrases.contains(trimmed) || furniturePhrases.contains(String(trimmed.dropLast())) { return .pageFurniture }
        // Share widgets: read word by word only when a line names one of their verbs at all.
        let words = trimmed.containsBytes("share") || trimmed.containsBytes("tweet") || trimmed.containsBytes("mail")
            ? trimmed.split(whereSeparator: { !$0.isLetter && $0 != "-" }) : []
        if !words.isEmpty, words.count <= 10, words.allSatisfy({ shareWords.contains(String($0)) }),
            words.contains(where: { $0 == "share" || $0 == "tweet" || $0 == "email" })
        {
            return .shareWidgets
        }
        if trimmed.hasPrefixBytes("http://") || trimmed.hasPrefixBytes("https://") || trimmed.hasPrefixBytes("www."), !trimmed.containsBytes(" ") {
            return .pageFurniture
        }
        return nil
    }

    static let promoOpenings = NeedleSet([
        "sign up", "subscribe", "follow us", "follow @", "download the", "download our", "get our", "like us on",
        "click here", "want more", "don't miss", "don’t miss", "this article originally appeared", "this story originally appeared",
        "this article first appeared", "join our", "get the latest", "for more news", "to read more", "support our journalism",
        "get breaking news", "you can follow", "newsletter:",
    ])

    static func isPromo(_ lower: String) -> Bool {
        if promoOpenings.isPrefix(of: lower) { return true }
        if lower.hasPrefixBytes("follow "), lower.containsBytes(" on twitter") || lower.containsBytes("@") { return true }
        if lower.containsBytes("sign up for") && lower.containsBytes("newsletter") { return true }
        return false
    }

    /// Labels that open a list of links (`Related: …`).
    static let relatedOpenings = NeedleSet([
        "related:", "related coverage:", "read more:", "read more here:", "also read:", "see also:", "more:", "recommended:",
        "related stories:", "related articles:", "read also:", "more on this story:", "read next:",
    ])
    /// Labels that stand alone on their line.
    static let relatedHeadings: Set<String> = ["you may also like", "related", "more from", "related content"]

    static func isRelatedLabel(_ lower: String, wordCount: Int) -> Bool {
        wordCount <= 30 && relatedOpenings.isPrefix(of: lower) || wordCount <= 4 && relatedHeadings.contains(lower)
    }

    static let scriptMarkers = NeedleSet(["function(", "window."])
    static let codeMarkers = NeedleSet(["function(", "window.", "var ", "document."])
    static let codePunctuation = NeedleSet(["{", ";", "()"])

    static func isCode(_ lower: String) -> Bool {
        codePunctuation.occurs(in: lower) && codeMarkers.occurs(in: lower)
    }

    /// A list item that reads like a headline: short, no closing period.
    static func isHeadlineLikeListItem(_ line: String) -> Bool {
        guard ParagraphSplitter.isListItem(line) else { return false }
        let text = stripListMarker(line)
        let words = text.spaceSeparated()
        guard (2...25).contains(words.count), let last = text.last else { return false }
        return last != "." && last != ":" && text.first?.isLowercase != true
    }
}
