/// A word-level difference between two renderings, computed with Myers' algorithm (cheap when they
/// are close, as copies and statements are). Words compare case-insensitively, so a lower-cased copy
/// differs from its original only where the words do (analyse → analyze).
public enum WordDiff {
    public enum Part: Sendable, Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The diff of two texts word by word; words keep their punctuation for display but compare without it.
    public static func diff(_ old: String, _ new: String) -> [Part] {
        let a = old.spaceSeparated().map(String.init), b = new.spaceSeparated().map(String.init)
        return diff(words: a, b)
    }

    /// What a word is compared by: its letters and digits, in lower case ("Naturally," = "naturally").
    private static func key(_ word: String) -> String {
        let letters = TextScanning.words(word).joined()
        return letters.isEmpty ? word : TextScanning.lowercased(letters)
    }

    static func diff(words a: [String], _ b: [String], maximumEdits: Int = 2_000) -> [Part] {
        let fa = a.map(key), fb = b.map(key)
        let n = a.count, m = b.count
        let max = min(n + m, maximumEdits)
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        var found = false
        outer: for d in 0...max {
            trace.append(v)
            var k = -d
            while k <= d {
                var x = k == -d || k != d && v[k - 1 + max] < v[k + 1 + max] ? v[k + 1 + max] : v[k - 1 + max] + 1
                var y = x - k
                while x < n, y < m, fa[x] == fb[y] {
                    x += 1
                    y += 1
                }
                v[k + max] = x
                if x >= n, y >= m {
                    found = true
                    break outer
                }
                k += 2
            }
        }
        guard found else { return a.map { .removed($0) } + b.map { .added($0) } }
        // Walk the trace back from the end.
        var parts: [Part] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = k == -d || k != d && v[k - 1 + max] < v[k + 1 + max] ? k + 1 : k - 1
            let (previousX, previousY) = d == 0 ? (0, 0) : (v[previousK + max], v[previousK + max] - previousK)
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                parts.append(.same(b[y]))
            }
            if d > 0 {
                if x == previousX { y -= 1; parts.append(.added(b[y])) } else { x -= 1; parts.append(.removed(a[x])) }
            }
        }
        return parts.reversed()
    }

    /// The changed stretches, as "old → new" pairs, ignoring case and spelling editions.
    public static func changes(_ parts: [Part]) -> [(removed: String, added: String)] {
        var result: [(removed: String, added: String)] = []
        var removed: [String] = [], added: [String] = []
        func flush() {
            if !removed.isEmpty || !added.isEmpty { result.append((removed.joined(separator: " "), added.joined(separator: " "))) }
            removed = []
            added = []
        }
        for part in parts {
            switch part {
            case .same: flush()
            case .removed(let word): removed.append(word)
            case .added(let word): added.append(word)
            }
        }
        flush()
        return result
    }
}
