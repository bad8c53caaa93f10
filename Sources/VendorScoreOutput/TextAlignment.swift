/// Which side of a table cell text sits on; numbers read best on the right.
///
/// ```swift
/// TextTable.Column("Total", alignment: .right)
/// ```
public enum TextAlignment: Sendable {
    case left, right
}
