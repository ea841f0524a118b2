/// Measures how many shared words two texts write with the same case, after aligning their words.
public enum CaseAgreement {
    /// (words written alike, words the two texts share) over the longest common subsequence of their
    /// lower-cased words.
    public static func measure(_ restored: [String], _ reference: [String]) -> (agree: Int, shared: Int) {
        let a = restored.flatMap(words), b = reference.flatMap(words)
        let la = a.map { $0.lowercased() }, lb = b.map { $0.lowercased() }
        let n = a.count, m = b.count
        guard n > 0, m > 0 else { return (0, 0) }
        var table = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = la[i] == lb[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var i = 0, j = 0, agree = 0, shared = 0
        while i < n && j < m {
            if la[i] == lb[j] {
                shared += 1
                if a[i] == b[j] { agree += 1 }
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return (agree, shared)
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}
