/// How the story's clean articles write each word, in context. Built once per story from every
/// undamaged article; a syndicated clean copy makes it near-exact.
struct CaseModel: Sendable {
    /// lower-cased key → written form → count, for words not at a sentence start.
    private(set) var unigram: [String: [String: Int]] = [:]
    /// "previous word|word" and "word|next word" → form counts.
    private(set) var left: [String: [String: Int]] = [:]
    private(set) var right: [String: [String: Int]] = [:]
    /// "previous|word|next" → form counts.
    private(set) var trigram: [String: [String: Int]] = [:]
    /// "voters faith" → "voters’": words written with a closing apostrophe before a given word.
    private(set) var apostrophes: [String: String] = [:]
    /// The apostrophe the story's clean articles mostly use.
    private(set) var apostrophe: Character = "'"

    var isEmpty: Bool { unigram.isEmpty }

    init() {}

    init(paragraphs: [String]) {
        var curly = 0
        var straight = 0
        for paragraph in paragraphs {
            let words = TextScanning.words(paragraph)
            var previousEnd = paragraph.startIndex
            var keys: [String] = []
            var forms: [String] = []
            var initial: [Bool] = []
            for (index, word) in words.enumerated() {
                let gap = paragraph[previousEnd..<word.startIndex]
                initial.append(index == 0 || Truecaser.endsSentence(gap: gap, before: index > 0 ? words[index - 1] : nil))
                keys.append(word.lowercased())
                forms.append(String(word))
                previousEnd = word.endIndex
                if word.containsBytes("’") { curly += 1 } else if word.containsBytes("'") { straight += 1 }
                // A closing apostrophe after the word: "voters’ faith".
                if word.endIndex < paragraph.endIndex, paragraph[word.endIndex] == "’" || paragraph[word.endIndex] == "'",
                    word.last == "s" || word.last == "S", index + 1 < words.count
                {
                    apostrophes[word.lowercased() + " " + words[index + 1].lowercased()] = String(word) + String(paragraph[word.endIndex])
                    if paragraph[word.endIndex] == "’" { curly += 1 } else { straight += 1 }
                }
            }
            for index in keys.indices where !initial[index] {
                let key = keys[index]
                let form = forms[index]
                unigram[key, default: [:]][form, default: 0] += 1
                if index > 0 { left[keys[index - 1] + "|" + key, default: [:]][form, default: 0] += 1 }
                if index + 1 < keys.count { right[key + "|" + keys[index + 1], default: [:]][form, default: 0] += 1 }
                if index > 0, index + 1 < keys.count {
                    trigram[keys[index - 1] + "|" + key + "|" + keys[index + 1], default: [:]][form, default: 0] += 1
                }
            }
        }
        apostrophe = curly > straight ? "’" : "'"
    }

    /// The story's form of `key` between `previous` and `next`, from the most specific evidence.
    func form(for key: String, previous: String?, next: String?) -> String? {
        if let previous, let next, let counts = trigram[previous + "|" + key + "|" + next] { return Self.best(counts) }
        var merged: [String: Int] = [:]
        if let previous, let counts = left[previous + "|" + key] { merged.merge(counts, uniquingKeysWith: +) }
        if let next, let counts = right[key + "|" + next] { merged.merge(counts, uniquingKeysWith: +) }
        if !merged.isEmpty { return Self.best(merged) }
        return unigram[key].map(Self.best)
    }

    /// A title's form from the exact context only (the trigram, else the word after it): a title's
    /// overall counts say little, as "President Ruiz" and "the president said" both abound.
    func titledForm(for key: String, previous: String?, next: String) -> String? {
        if let previous, let counts = trigram[previous + "|" + key + "|" + next] { return Self.best(counts) }
        return right[key + "|" + next].map(Self.best)
    }

    /// The most frequent form; on a tie the one with fewer capitals.
    private static func best(_ counts: [String: Int]) -> String {
        counts.max { a, b in
            if a.value != b.value { return a.value < b.value }
            let capsA = a.key.filter(\.isUppercase).count, capsB = b.key.filter(\.isUppercase).count
            return capsA != capsB ? capsA > capsB : a.key > b.key
        }!.key
    }
}
