import Foundation

/// Finds and reads theme files: the project's `Themes/`, then the user's
/// `$XDG_CONFIG_HOME/parallax/themes/` (else `~/.config/parallax/themes/`). A bad file is reported
/// and left out; the others still load.
public enum ThemeLibrary {
    /// Folders searched, in order; later themes of the same name replace earlier ones.
    public static func folders(executable: String = CommandLine.arguments.first ?? "") -> [String] {
        var folders: [String] = []
        let environment = ProcessInfo.processInfo.environment
        if let custom = environment["PARALLAX_THEMES"] { folders.append(custom) }
        folders += checkoutFolders(executable: executable).map { $0 + "/Themes" }
        folders.append(FileManager.default.currentDirectoryPath + "/Themes")
        folders.append(configFolder() + "/themes")
        var seen = Set<String>()
        return folders.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    }

    /// The binary's folder and the three above it: the checkout it was built in holds
    /// `.build/<triple>/<config>/parallax`, so its `Themes/` and `Examples/` are among these.
    public static func checkoutFolders(executable: String = CommandLine.arguments.first ?? "") -> [String] {
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        var folders: [String] = []
        for _ in 0..<4 {
            folders.append(folder.path)
            folder = folder.deletingLastPathComponent()
        }
        return folders
    }

    /// `$XDG_CONFIG_HOME/parallax`, else `~/.config/parallax`.
    public static func configFolder() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/parallax" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/parallax"
    }

    /// Every theme found, `dark` first; and a message for each file that could not be used.
    public static func load(from folders: [String]) -> (themes: [Theme], problems: [String]) {
        var byName: [String: Theme] = [:]
        var problems: [String] = []
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where name.hasSuffix(".toml") {
                let path = folder + "/" + name
                do {
                    let text = try String(contentsOfFile: path, encoding: .utf8)
                    let theme = try Theme.parse(text, file: path)
                    byName[theme.name] = theme
                } catch let error as ThemeError {
                    problems.append(error.description + " (theme skipped)")
                } catch {
                    problems.append("\(path): cannot be read (theme skipped)")
                }
            }
        }
        let themes = byName.values.sorted { ($0.name == "dark" ? 0 : 1, $0.name) < ($1.name == "dark" ? 0 : 1, $1.name) }
        return (themes.isEmpty ? [Theme.fallback] : themes, problems)
    }
}
