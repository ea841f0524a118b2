/// Reads names out of bylines, credit lines and photo captions.
enum CreditParser {
    /// `Reporting by A and B; Editing by C` → reporting A, B; editing C.
    static func credits(inCreditLine line: String) -> [Credit] {
        var credits: [Credit] = []
        var text = line
        if text.hasPrefixBytes("(") { text.removeFirst() }
        if text.hasSuffixBytes(")") { text.removeLast() }
        for clause in text.split(whereSeparator: { $0 == ";" }) {
            let clause = TextScanning.trimmed(clause)
            let lower = clause.lowercased()
            let roles: [(String, Credit.Role)] = [
                ("additional reporting by ", .contributing), ("reporting by ", .reporting), ("reported by ", .reporting),
                ("writing by ", .writing), ("editing by ", .editing), ("edited by ", .editing), ("compiled by ", .writing),
                ("contributing: ", .contributing), ("contributors: ", .contributing),
            ]
            if let (prefix, role) = roles.first(where: { lower.hasPrefixBytes($0.0) }) {
                for name in names(in: String(clause.dropFirst(prefix.count))) { credits.append(Credit(name: name, role: role)) }
            } else if let range = lower.rangeOfBytes(" contributed") {
                var who = String(clause[..<range.lowerBound])
                for lead in ["Associated Press writers ", "Associated Press writer ", "AP writers ", "AP writer ", "Reuters' ", "Staff writer "] where who.hasPrefixBytes(lead) {
                    who.removeFirst(lead.count)
                }
                for name in names(in: who) { credits.append(Credit(name: name, role: .contributing)) }
            }
        }
        return credits
    }

    /// `By Jane Doe and John Roe, Reuters` → (["Jane Doe", "John Roe"], "Reuters").
    static func byline(_ line: String) -> (names: [String], organisation: String?) {
        var text = line
        for lead in ["Written by ", "By ", "BY "] where text.hasPrefixBytes(lead) {
            text.removeFirst(lead.count)
            break
        }
        var organisation: String?
        if let bar = text.firstIndex(where: { $0 == "|" || $0 == "," }) {
            let after = TextScanning.trimmed(text[text.index(after: bar)...])
            if !after.isEmpty { organisation = after }
            text = String(text[..<bar])
        }
        let found = names(in: text).map { TextScanning.isAllCaps($0) ? Dateline.displayPlace($0) : $0 }
        return (found, organisation)
    }

    /// `A 3D-printed logo … REUTERS/Jane Doe/Illustration` → photo credit Jane Doe.
    static func photoCredit(inCaption caption: String) -> Credit? {
        for marker in ["REUTERS/", "Reuters/", "AP Photo/", "AFP PHOTO/", "EPA/", "Sputnik/"] {
            guard let range = caption.rangeOfBytes(marker) else { continue }
            let name = caption[range.upperBound...].prefix { $0 != "/" && $0 != ")" && $0 != "," && $0 != "\n" }
            let trimmed = TextScanning.trimmed(name)
            if (1...4).contains(trimmed.spaceSeparated().count), trimmed.first?.isUppercase == true {
                return Credit(name: trimmed, role: .photo)
            }
        }
        if let slash = agencySlash(in: caption) {
            let name = caption[caption.index(after: slash)...].prefix { $0 != "/" && $0 != ")" && $0 != "," && $0 != "\n" }
            let trimmed = TextScanning.trimmed(name)
            if (1...4).contains(trimmed.spaceSeparated().count) { return Credit(name: trimmed, role: .photo) }
        }
        for marker in ["(Photo by ", "Photo by ", "Photograph: "] {
            guard let range = caption.rangeOfBytes(marker) else { continue }
            let name = caption[range.upperBound...].prefix { $0 != "/" && $0 != ")" && $0 != "," && $0 != "\n" }
            let trimmed = TextScanning.trimmed(name)
            if !trimmed.isEmpty { return Credit(name: trimmed, role: .photo) }
        }
        return nil
    }

    /// The slash of the last `AGENCY/Name` credit in a caption.
    private static func agencySlash(in caption: String) -> String.Index? {
        var found: String.Index?
        var index = caption.startIndex
        while let slash = caption[index...].firstIndex(of: "/") {
            let before = caption[..<slash].suffix(2), after = caption[caption.index(after: slash)...].prefix(2)
            if before.count == 2, before.allSatisfy({ $0.isUppercase }), after.first?.isUppercase == true, after.last?.isLowercase == true {
                found = slash
            }
            index = caption.index(after: slash)
        }
        return found
    }

    /// Names in a list: `A, B and C` → [A, B, C]; a trailing ` in Moscow` is dropped.
    static func names(in text: String) -> [String] {
        var list = text
        if let range = list.rangeOfBytes(" in ") { list = String(list[..<range.lowerBound]) }
        while list.hasSuffixBytes(".") { list.removeLast() }
        return list.replacingAll(" and ", with: ",").replacingAll(" & ", with: ",")
            .split(separator: ",")
            .map { TextScanning.trimmed($0) }
            .filter { !$0.isEmpty && $0.first?.isUppercase == true }
    }
}

extension String {
    /// Every occurrence of `target` replaced (a small stand-in for Foundation's method, to keep hot paths light).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.rangeOfBytes(target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
