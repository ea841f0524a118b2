import Foundation

extension CompareReport {
    private func name(_ file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        return outlets.first { $0.file == file }?.outlet.map { "\($0) (\(base))" } ?? base
    }

    /// Readable text: copies, shared statements, facts and what only one carries, voice, coverage.
    public func text() -> String {
        var out = "== Outlets\n"
        for outlet in outlets {
            out += "  \(name(outlet.file))" + (outlet.kind.map { " — \($0)" } ?? (outlet.outlet == nil ? " — outlet unknown" : "")) + "\n"
        }
        if let rows = sideBySide {
            out += "\n== Side by side\n" + Self.columns(rows, left: name(outlets[0].file), right: name(outlets[1].file), width: 100)
        }
        if !syndicated.isEmpty {
            out += "\n== Copies of one story\n"
            for group in syndicated {
                out += "  \(group.files.map(name).joined(separator: " = "))\n"
                for difference in group.differences {
                    let shown = difference.changes.prefix(8).map { "\($0.removed.isEmpty ? "∅" : $0.removed) → \($0.added.isEmpty ? "∅" : $0.added)" }
                    out += "    \(name(difference.file)): " + (shown.isEmpty ? "word for word" : shown.joined(separator: "; ")) + (difference.changes.count > 8 ? "; …" : "") + "\n"
                }
            }
        }
        if !statements.isEmpty {
            out += "\n== The same statement in each outlet's words\n"
            for statement in statements {
                out += "  \(statement.speaker):\n"
                for variant in statement.variants { out += "    \(name(variant.file)): “\(variant.text)”\n" }
            }
        }
        let shared = facts.filter { $0.files.count > 1 }
        if !shared.isEmpty {
            out += "\n== Reported by several\n"
            for fact in shared {
                out += "  [\(fact.files.count)] \(fact.text)\n"
                for conflict in fact.conflicts { out += "      ! \(name(conflict.file)) says \(conflict.amount)\n" }
            }
        }
        for (title, table) in [("Only in", onlyIn), ("Leaves out what most others carry", omits)] where table.values.contains(where: { !$0.isEmpty }) {
            out += "\n== \(title)\n"
            for outlet in outlets where !(table[outlet.file] ?? []).isEmpty {
                out += "  \(name(outlet.file)):\n"
                for text in table[outlet.file]! { out += "    - \(text)\n" }
            }
        }
        out += "\n== Voice\n"
        for outlet in outlets {
            guard let voice = voice[outlet.file] else { continue }
            let verbs = voice.attributionVerbs.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            let loaded = voice.loadedWords.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key).joined(separator: ", ")
            out += "  \(name(outlet.file)): attributes with \(verbs.isEmpty ? "—" : verbs); loaded words: \(loaded.isEmpty ? "—" : loaded)\n"
            for sentence in voice.editorial.prefix(3) { out += "    own voice: \(sentence)\n" }
        }
        if !matrix.actors.isEmpty {
            out += "\n== Who is quoted (Q), mentioned (m) or absent (·)\n"
            let width = min(28, matrix.actors.map(\.count).max() ?? 10)
            out += "  " + String(repeating: " ", count: width) + " " + matrix.files.indices.map { String(format: "%3d", $0 + 1) }.joined() + "\n"
            for actor in matrix.actors {
                let cells = matrix.files.map { file -> String in
                    switch matrix.cells[actor]?[file] { case "quoted": "  Q"; case "mentioned": "  m"; default: "  ·" }
                }
                out += "  " + actor.prefix(width).padding(toLength: width, withPad: " ", startingAt: 0) + " " + cells.joined() + "\n"
            }
            for (i, file) in matrix.files.enumerated() { out += "  \(i + 1) = \(name(file))\n" }
        }
        return out
    }

    /// A shareable Markdown report.
    public func markdown() -> String {
        var out = "# How the outlets covered it\n\n## Outlets\n\n| file | outlet | kind | copy of |\n|---|---|---|---|\n"
        for outlet in outlets {
            out += "| \(Self.cell(outlet.file)) | \(outlet.outlet ?? "unknown") | \(outlet.kind ?? "") | \(outlet.source == outlet.file ? "" : Self.cell(outlet.source)) |\n"
        }
        if let rows = sideBySide {
            out += "\n## Side by side\n\n| \(Self.cell(name(outlets[0].file))) | \(Self.cell(name(outlets[1].file))) |\n|---|---|\n"
            for row in rows { out += "| \(Self.cell(row.left ?? "")) | \(Self.cell(row.right ?? "")) |\n" }
        }
        if !syndicated.isEmpty {
            out += "\n## Copies of one story\n\n"
            for group in syndicated {
                out += "- \(group.files.map { "`\($0)`" }.joined(separator: " = "))\n"
                for difference in group.differences where !difference.changes.isEmpty {
                    out += "  - `\(difference.file)`: " + difference.changes.map { "~~\($0.removed)~~ **\($0.added)**" }.joined(separator: "; ") + "\n"
                }
            }
        }
        if !statements.isEmpty {
            out += "\n## The same statement in each outlet's words\n"
            for statement in statements {
                out += "\n**\(statement.speaker)**\n\n"
                for variant in statement.variants { out += "- \(name(variant.file)): “\(variant.text)”\n" }
                out += "- difference: " + statement.diff.map { part in
                    switch part.op { case "removed": "~~\(part.text)~~"; case "added": "**\(part.text)**"; default: part.text }
                }.joined(separator: " ") + "\n"
            }
        }
        let shared = facts.filter { $0.files.count > 1 }
        if !shared.isEmpty {
            out += "\n## Reported by several\n\n| claim | outlets | conflicting amounts |\n|---|---|---|\n"
            for fact in shared {
                out += "| \(Self.cell(fact.text)) | \(fact.files.count) | \(fact.conflicts.map { "\(Self.cell(name($0.file))): \($0.amount)" }.joined(separator: "; ")) |\n"
            }
        }
        for (title, table) in [("Only in one outlet", onlyIn), ("Left out", omits)] where table.values.contains(where: { !$0.isEmpty }) {
            out += "\n## \(title)\n"
            for outlet in outlets where !(table[outlet.file] ?? []).isEmpty {
                out += "\n**\(name(outlet.file))**\n\n" + table[outlet.file]!.map { "- \($0)\n" }.joined()
            }
        }
        if !matrix.actors.isEmpty {
            out += "\n## Coverage\n\n| actor | " + matrix.files.map { Self.cell(name($0)) }.joined(separator: " | ") + " |\n|---|" + matrix.files.map { _ in "---|" }.joined() + "\n"
            for actor in matrix.actors {
                out += "| \(Self.cell(actor)) | " + matrix.files.map { matrix.cells[actor]?[$0] ?? "absent" }.joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    /// Text safe inside a Markdown table cell.
    private static func cell(_ text: String) -> String {
        String(text.map { $0 == "|" ? "/" : $0 == "\n" ? " " : $0 })
    }

    /// Two columns of wrapped text, a row per aligned pair.
    static func columns(_ rows: [RowRecord], left: String, right: String, width: Int) -> String {
        let column = (width - 3) / 2
        func pad(_ text: String) -> String { text.count >= column ? String(text.prefix(column)) : text + String(repeating: " ", count: column - text.count) }
        var out = "  " + pad(left) + " │ " + right + "\n"
        for row in rows {
            let l = wrap(row.left ?? "", column), r = wrap(row.right ?? "", column)
            for i in 0..<max(l.count, r.count) {
                out += "  " + pad(i < l.count ? l[i] : "") + " │ " + (i < r.count ? r[i] : "") + "\n"
            }
            out += "  " + String(repeating: " ", count: column) + " │\n"
        }
        return out
    }

    /// Greedy word wrap to a width in characters.
    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.spaceSeparated() {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
            while line.count > width {
                lines.append(String(line.prefix(width)))
                line = String(line.dropFirst(width))
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
