/// Union–find over `0..<count`: the groups that copies, statements and facts fall into.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func root(_ i: Int) -> Int {
        var i = i
        while parent[i] != i {
            parent[i] = parent[parent[i]]  // halve the path as we go
            i = parent[i]
        }
        return i
    }

    mutating func join(_ a: Int, _ b: Int) {
        let ra = root(a), rb = root(b)
        if ra != rb { parent[rb] = ra }
    }

    /// The members of every group, each group in ascending order.
    mutating func groups() -> [[Int]] {
        var members: [Int: [Int]] = [:]
        for i in parent.indices { members[root(i), default: []].append(i) }
        return Array(members.values)
    }
}
