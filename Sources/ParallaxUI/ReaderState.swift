/// Where the reader is: the view, the focused pane, selections and scroll positions, the search.
public struct ReaderState: Sendable, Equatable {
    public enum Mode: Sendable, Equatable { case read, compare, statement, matrix, help }
    public enum Pane: Int, Sendable, CaseIterable { case outlets, article, panel }

    public var mode: Mode = .read
    /// The view to return to from help or a statement.
    public var previous: Mode?
    public var focus: Pane = .outlets
    /// Selected entry of the outlet list.
    public var entry = 0
    /// First article line shown.
    public var scroll = 0
    /// Selected quote in the side panel.
    public var quote = 0
    /// First line shown in compare, statement, matrix and help views.
    public var viewScroll = 0
    public var showBoilerplate = false
    /// The entry shown on the right in compare mode.
    public var compareWith = 1
    /// Text typed after `/`, while typing.
    public var searchInput: String?
    public var query: String?
    /// Which match of the query is shown (an index into the story's matches, in reading order).
    public var match: Int?
    public var theme = 0
    public var quit = false
    public var message: String?

    public init() {}
}
