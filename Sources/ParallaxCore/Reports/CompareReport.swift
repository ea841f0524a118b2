import Foundation

/// `parallax compare` output. The JSON form is a stable, documented schema (README, "JSON: compare").
public struct CompareReport: Sendable, Encodable {
    public var outlets: [OutletRecord]
    public var syndicated: [CopyRecord]
    public var statements: [StatementRecord]
    public var facts: [FactRecord]
    public var onlyIn: [String: [String]]
    public var omits: [String: [String]]
    public var voice: [String: VoiceRecord]
    public var matrix: MatrixRecord
    /// Only with two outlets chosen: their sentences side by side.
    public var sideBySide: [RowRecord]?
    public var errors: [ParseReport.ErrorRecord]

    public struct OutletRecord: Sendable, Encodable {
        public var file: String
        public var outlet: String?
        public var kind: String?
        /// The first file of its copy group (itself when it is no copy).
        public var source: String

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(outlet, forKey: .outlet)
            try c.encode(kind, forKey: .kind)
            try c.encode(source, forKey: .source)
        }

        enum CodingKeys: String, CodingKey { case file, outlet, kind, source }
    }

    public struct ChangeRecord: Sendable, Encodable {
        public var removed: String
        public var added: String
    }

    public struct DifferenceRecord: Sendable, Encodable {
        public var file: String
        public var changes: [ChangeRecord]
    }

    public struct CopyRecord: Sendable, Encodable {
        public var files: [String]
        public var differences: [DifferenceRecord]
    }

    public struct VariantRecord: Sendable, Encodable {
        public var file: String
        public var text: String
    }

    public struct DiffRecord: Sendable, Encodable {
        public var op: String
        public var text: String
    }

    public struct StatementRecord: Sendable, Encodable {
        public var speaker: String
        public var variants: [VariantRecord]
        /// Word diff from the first variant to the second: `same`, `removed`, `added`.
        public var diff: [DiffRecord]
    }

    public struct ConflictRecord: Sendable, Encodable {
        public var file: String
        public var amount: String
    }

    public struct FactRecord: Sendable, Encodable {
        public var text: String
        public var files: [String]
        public var amounts: [String]
        public var conflicts: [ConflictRecord]
    }

    public struct VoiceRecord: Sendable, Encodable {
        public var editorial: [String]
        public var loadedWords: [String: Int]
        public var attributionVerbs: [String: Int]

        enum CodingKeys: String, CodingKey {
            case editorial
            case loadedWords = "loaded_words"
            case attributionVerbs = "attribution_verbs"
        }
    }

    public struct MatrixRecord: Sendable, Encodable {
        public var actors: [String]
        public var files: [String]
        /// `cells[actor][file]`: `quoted`, `mentioned` or `absent`.
        public var cells: [String: [String: String]]
    }

    public struct RowRecord: Sendable, Encodable {
        public var left: String?
        public var right: String?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(left, forKey: .left)
            try c.encode(right, forKey: .right)
        }

        enum CodingKeys: String, CodingKey { case left, right }
    }

    enum CodingKeys: String, CodingKey {
        case outlets, syndicated, statements, facts, voice, matrix, errors
        case onlyIn = "only_in"
        case omits
        case sideBySide = "side_by_side"
    }

    /// The report for the whole story, or for two of its articles (`pair`) side by side.
    public init(story: Story, comparison: StoryComparison, pair: (Int, Int)? = nil) {
        let files = story.articles.map(\.file)
        let shown = pair.map { [$0.0, $0.1] } ?? Array(story.articles.indices)
        let keep = Set(shown)
        outlets = shown.map { i in
            let outlet = story.articles[i].outlet.flatMap { $0.isConfident ? $0 : nil }
            return OutletRecord(file: files[i], outlet: outlet?.name, kind: outlet?.outlet?.kind.rawValue, source: files[comparison.source[i]])
        }
        syndicated = comparison.copies.filter { $0.articles.contains(where: keep.contains) }.map { group in
            CopyRecord(files: group.articles.map { files[$0] }, differences: zip(group.articles.dropFirst(), group.differences).map { article, changes in
                DifferenceRecord(file: files[article], changes: changes.map { ChangeRecord(removed: $0.removed, added: $0.added) })
            })
        }
        statements = comparison.statements.compactMap { statement in
            let variants = statement.variants.filter { keep.contains($0.article) }
            guard Set(variants.map(\.article)).count > 1 else { return nil }
            let diff = WordDiff.diff(variants[0].text, variants.first { $0.article != variants[0].article }!.text).map { part -> DiffRecord in
                switch part {
                case .same(let word): DiffRecord(op: "same", text: word)
                case .removed(let word): DiffRecord(op: "removed", text: word)
                case .added(let word): DiffRecord(op: "added", text: word)
                }
            }
            return StatementRecord(speaker: statement.speaker, variants: variants.map { VariantRecord(file: files[$0.article], text: $0.text) }, diff: diff)
        }
        facts = comparison.facts.filter { $0.articles.contains(where: keep.contains) }.map { fact in
            FactRecord(text: fact.text, files: fact.articles.filter(keep.contains).map { files[$0] }, amounts: fact.amounts.map(\.description),
                       conflicts: fact.conflicts.filter { keep.contains($0.article) }.map { ConflictRecord(file: files[$0.article], amount: $0.amount.description) })
        }
        onlyIn = Dictionary(uniqueKeysWithValues: shown.map { (files[$0], comparison.onlyIn[$0]) })
        omits = Dictionary(uniqueKeysWithValues: shown.map { (files[$0], comparison.omits[$0]) })
        voice = Dictionary(uniqueKeysWithValues: shown.map { i in
            let v = comparison.voice[i]
            return (files[i], VoiceRecord(editorial: v.editorial, loadedWords: v.loadedWords, attributionVerbs: v.attributionVerbs))
        })
        let coverage = comparison.coverage
        let rows = coverage.actors.indices.filter { row in shown.contains { coverage.cells[row][$0] != .absent } }
        matrix = MatrixRecord(
            actors: rows.map { coverage.actors[$0] }, files: shown.map { files[$0] },
            cells: Dictionary(uniqueKeysWithValues: rows.map { row in
                (coverage.actors[row], Dictionary(uniqueKeysWithValues: shown.map { (files[$0], coverage.cells[row][$0].rawValue) }))
            }))
        sideBySide = pair.map { pair in comparison.sideBySide(pair.0, pair.1).map { RowRecord(left: $0.left?.text, right: $0.right?.text) } }
        errors = story.diagnostics.map { ParseReport.ErrorRecord(file: $0.file, message: $0.message) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(outlets, forKey: .outlets)
        try c.encode(syndicated, forKey: .syndicated)
        try c.encode(statements, forKey: .statements)
        try c.encode(facts, forKey: .facts)
        try c.encode(onlyIn, forKey: .onlyIn)
        try c.encode(omits, forKey: .omits)
        try c.encode(voice, forKey: .voice)
        try c.encode(matrix, forKey: .matrix)
        try c.encodeIfPresent(sideBySide, forKey: .sideBySide)
        try c.encode(errors, forKey: .errors)
    }

    public func json() -> String { reportJSON() }
}
