import Foundation

/// The outlets Parallax knows, with look-ups by name, alias, dateline tag and web domain.
public struct OutletCatalog: Sendable {
    public let outlets: [Outlet]
    private let byName: [String: Int]
    private let byTag: [String: Int]
    private let byDomain: [String: Int]

    public init(outlets: [Outlet]) {
        self.outlets = outlets
        var byName: [String: Int] = [:]
        var byTag: [String: Int] = [:]
        var byDomain: [String: Int] = [:]
        for (index, outlet) in outlets.enumerated() {
            for name in outlet.allNames { byName[Self.key(name)] = byName[Self.key(name)] ?? index }
            for tag in outlet.datelineTags { byTag[Self.key(tag)] = byTag[Self.key(tag)] ?? index }
            for domain in outlet.domains { byDomain[domain.lowercased()] = index }
        }
        self.byName = byName
        self.byTag = byTag
        self.byDomain = byDomain
    }

    /// The catalogue shipped in the core's resources.
    public static let standard: OutletCatalog = {
        guard let url = Bundle.module.url(forResource: "outlets", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let file = try? JSONDecoder().decode(CatalogFile.self, from: data)
        else {
            preconditionFailure("ParallaxCore's resource outlets.json is missing or malformed")
        }
        return OutletCatalog(outlets: file.outlets)
    }()

    private struct CatalogFile: Decodable {
        var outlets: [Outlet]
    }

    /// The outlet with this name or alias (case and a leading "the" ignored).
    public func outlet(named name: String) -> Outlet? {
        byName[Self.key(name)].map { outlets[$0] }
    }

    /// The outlet whose dateline tag this is (`Reuters`, `AP`, `TASS`), falling back to names.
    public func outlet(datelineTag tag: String) -> Outlet? {
        (byTag[Self.key(tag)] ?? byName[Self.key(tag)]).map { outlets[$0] }
    }

    /// The outlet that owns a URL's host or any parent domain of it.
    public func outlet(url: String) -> Outlet? {
        guard var host = URLComponents(string: url)?.host?.lowercased() ?? Self.bareHost(url) else { return nil }
        while true {
            if let index = byDomain[host] { return outlets[index] }
            guard let dot = host.firstIndex(of: ".") else { return nil }
            host = String(host[host.index(after: dot)...])
            if !host.containsBytes(".") { return nil }
        }
    }

    private static func bareHost(_ text: String) -> String? {
        let host = text.split(separator: "/").first.map(String.init)?.lowercased()
        return host?.containsBytes(".") == true ? host : nil
    }

    static func key(_ name: String) -> String {
        var key = TextScanning.trimmed(name).lowercased()
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return key
    }
}
