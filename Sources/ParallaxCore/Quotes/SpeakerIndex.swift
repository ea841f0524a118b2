import Foundation

/// Merges the names a story gives each speaker: a surname with the full name (Peskov = Dmitry Peskov),
/// an acronym with the name it stands for (RT = Russia Today), outlet aliases, "the Kremlin" with "Kremlin".
struct SpeakerIndex: Sendable {
    private var parent: [String: String] = [:]
    private var uses: [String: Int] = [:]
    private var roles: [String: [String]] = [:]
    private var files: [String: [String]] = [:]
    /// How often quotes said each name was a woman or a man.
    private var genders: [String: Gender.Count] = [:]

    static func key(_ name: String) -> String {
        // Kovač = Kovac: letters without their accents.
        var key = name.lowercased()
        if key.utf8.contains(where: { $0 >= 0x80 }) {
            key = String(String.UnicodeScalarView(key.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                $0.properties.generalCategory != .nonspacingMark
            }))
        }
        if key.hasPrefixBytes("the ") { key.removeFirst(4) }
        return key
    }

    mutating func add(_ name: String, role: String?, file: String, gender: Gender? = nil) {
        let key = Self.key(name)
        if let gender { genders[name, default: Gender.Count()].add(gender) }
        if parent[key] == nil { parent[key] = key }
        uses[name, default: 0] += 1
        if let role, !(roles[name]?.contains(role) ?? false) { roles[name, default: []].append(role) }
        if !(files[name]?.contains(file) ?? false) { files[name, default: []].append(file) }
    }

    private mutating func root(_ key: String) -> String {
        var key = key
        while let next = parent[key], next != key { key = next }
        return key
    }

    /// Whether names already joined stand for one speaker ("Jon R. Eklund" and "Jon Eklund").
    private mutating func areOne(_ names: [String]) -> Bool {
        Set(names.map { root(Self.key($0)) }).count == 1
    }

    mutating func join(_ a: String, _ b: String) {
        let ra = root(Self.key(a)), rb = root(Self.key(b))
        if ra != rb { parent[rb] = ra }
    }

    /// Acronyms defined in the text: "Russia Today (RT)".
    static func acronyms(in paragraphs: [[Token]]) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for tokens in paragraphs {
            for index in tokens.indices.dropFirst().dropLast(2) where tokens[index].is("(") && tokens[index + 2].is(")") {
                let acronym = tokens[index + 1]
                guard acronym.isWord, TextScanning.isAllCaps(acronym.text), acronym.text.count <= 6 else { continue }
                var start = index
                while start > 0, tokens[start - 1].isWord, tokens[start - 1].startsUppercase { start -= 1 }
                while start < index, tokens[start].classes.contains(.capitalisedFunctionWords) { start += 1 }
                guard start < index else { continue }
                let long = SpeakerPhrase.text(tokens[start..<index])
                if initials(of: long) == acronym.text { pairs.append((long, String(acronym.text))) }
            }
        }
        return pairs
    }

    /// "Russia Today" → "RT"; "Democratic National Committee" → "DNC" (small words skipped).
    static func initials(of name: String) -> Substring {
        Substring(String(name.spaceSeparated().filter { !["of", "the", "and", "for"].contains($0.lowercased()) }.compactMap(\.first)).uppercased())
    }

    /// Two to four words opening with a given name, a title or a word that is no place or people ("Dmitry Peskov";
    /// not "Cuban Americans").
    static func isPersonName(_ name: String) -> Bool {
        let words = name.spaceSeparated()
        guard (2...4).contains(words.count), let first = words.first?.lowercased() else { return false }
        return Lexicon.givenNames.contains(first) || Lexicon.words[first] == nil || Lexicon.titles.contains(first.trimmingSuffix("."))
    }

    /// A name's words without its initials ("R.", "M"): "Jon R. Eklund" and "Jon Eklund" give the same.
    static func withoutInitials(_ name: String) -> [Substring] {
        name.spaceSeparated().filter { word in word.utf8.count > (word.hasSuffixBytes(".") ? 2 : 1) }
    }

    /// Whether quotes gave two names genders, and not the same one: each said twice at least, as one
    /// "she said" put to the wrong person must not keep a surname from its full name.
    private func saidOtherwise(_ a: String, _ b: String) -> Bool {
        guard let first = genders[a]?.majority(atLeast: 2), let second = genders[b]?.majority(atLeast: 2) else { return false }
        return first != second
    }

    /// Builds the speaker list, joining surnames, acronyms and outlet aliases.
    /// The name with its first letter in lower case: "The president" → "the president".
    private static func withLowerFirst(_ name: String) -> String {
        guard let first = name.first, first.isUppercase else { return name }
        return first.lowercased() + name.dropFirst()
    }

    mutating func speakers(extraAliases: [(String, String)]) -> [StoryQuotes.Speaker] {
        let names = Array(uses.keys)
        for (long, short) in extraAliases where parent[Self.key(long)] != nil || parent[Self.key(short)] != nil {
            add(long, role: nil, file: "")
            add(short, role: nil, file: "")
            uses[long, default: 1] -= 1
            uses[short, default: 1] -= 1
            join(long, short)
        }
        var byOutlet: [String: String] = [:]
        var fullNames: [String: [String]] = [:]
        for name in names {
            if let outlet = OutletCatalog.standard.outlet(named: name) {
                if let first = byOutlet[outlet.name] { join(first, name) } else { byOutlet[outlet.name] = name }
            }
            let words = name.spaceSeparated()
            if words.count > 1, !words.contains("and"), let last = words.last { fullNames[String(last), default: []].append(name) }
        }
        // "Jon R. Eklund" and "Jon Eklund": one person, with and without the middle initial.
        for full in fullNames.values where full.count > 1 {
            var byWords: [[Substring]: String] = [:]
            for name in full where Self.isPersonName(name) {
                let words = Self.withoutInitials(name)
                if let first = byWords[words] { join(first, name) } else { byWords[words] = name }
            }
        }
        for name in names where !name.containsBytes(" ") {
            // A surname alone joins the one full name that ends with it (or the one person several spell
            // out), when that is a person's name ("Americans" is not the surname of "Cuban Americans").
            // A state is no one's surname: "Florida" is not "POLITICO Florida".
            // Nor is "Halm", said to be a man, the surname of Petra Halm, said to be a woman.
            guard let full = fullNames[name], !Lexicon.stateNames.contains(name.lowercased()) else { continue }
            if areOne(full), Self.isPersonName(full[0]), !saidOtherwise(name, full[0]) {
                join(full[0], name)
            } else if let said = genders[name]?.majority(atLeast: 2) {
                // "Halm", said twice to be a man, among Jonas and Kiri Halm: the one full name of his gender.
                let agreeing = full.filter { other in
                    Self.isPersonName(other)
                        && (genders[other]?.majority() ?? other.spaceSeparated().first.flatMap { Gender(givenName: String($0)) }) == said
                }
                if let first = agreeing.first, areOne(agreeing) { join(first, name) }
            }
        }
        var groups: [String: [String]] = [:]
        for name in uses.keys { groups[root(Self.key(name)), default: []].append(name) }
        // Members in a fixed order, so that ties (The judge / the judge) and roles come out the same on every run.
        return groups.values.map { $0.sorted() }.compactMap { members -> StoryQuotes.Speaker? in
            let spoken = members.filter { (uses[$0] ?? 0) > 0 }
            guard !spoken.isEmpty else { return nil }
            // "The president" and "the president" are one spelling as often as either is written; the capital
            // only opened a sentence, so the lower-case one names them.
            var twinUses: [String: Int] = [:]
            for member in members { twinUses[Self.withLowerFirst(member), default: 0] += uses[member] ?? 0 }
            let name = members.max { a, b in
                let wa = a.spaceSeparated().count, wb = b.spaceSeparated().count
                let personA = wa > 1 && wa <= 4, personB = wb > 1 && wb <= 4
                // A person's full name first; then the spelling that kept its accents (Kovač over Kovac); then the commonest.
                let accentsA = a.utf8.contains { $0 >= 0x80 }, accentsB = b.utf8.contains { $0 >= 0x80 }
                let usesA = twinUses[Self.withLowerFirst(a)] ?? 0, usesB = twinUses[Self.withLowerFirst(b)] ?? 0
                let lowerA = a.first?.isLowercase == true, lowerB = b.first?.isLowercase == true
                return (personA ? 1 : 0, accentsA ? 1 : 0, usesA, lowerA ? 1 : 0, a.count, b) < (personB ? 1 : 0, accentsB ? 1 : 0, usesB, lowerB ? 1 : 0, b.count, a)
            }!
            let aliases = members.filter { $0 != name }.sorted()
            let roles = members.flatMap { self.roles[$0] ?? [] }
            var seen = Set<String>()
            let files = members.flatMap { self.files[$0] ?? [] }.filter { !$0.isEmpty && seen.insert($0).inserted }.sorted()
            var seenRoles = Set<String>()
            return StoryQuotes.Speaker(name: name, aliases: aliases, roles: roles.filter { seenRoles.insert($0.lowercased()).inserted }, files: files)
        }.sorted { ($0.files.count, $1.name) > ($1.files.count, $0.name) }
    }
}
