import Plot
import VendorScoreReport

/// Form controls written directly, every value escaped by ``Markup``: Plot types `input`,
/// `select` and `option` attributes so strictly that boolean attributes (checked, selected,
/// required) cannot be made conditional. Each control is a void element or closes itself.
enum Controls {
    /// An attribute: `nil` leaves it out, `""` writes it bare (`checked`), text writes `name="text"`.
    typealias Attributes = KeyValuePairs<String, String?>

    static func input<Context>(_ attributes: Attributes) -> Node<Context> {
        .raw("<input\(render(attributes))>")
    }

    static func hidden<Context>(_ name: String, _ value: String) -> Node<Context> {
        input(["type": "hidden", "name": name, "value": value])
    }

    static func button<Context>(_ title: String, _ attributes: Attributes = [:]) -> Node<Context> {
        .raw("<button type=\"submit\"\(render(attributes))>\(Markup.escape(title, quotes: false))</button>")
    }

    static func textarea<Context>(_ value: String, _ attributes: Attributes) -> Node<Context> {
        .raw("<textarea\(render(attributes))>\(Markup.escape(value, quotes: false))</textarea>")
    }

    /// A select with its options as (value, text, selected).
    static func select<Context>(_ attributes: Attributes, options: [(value: String, text: String, selected: Bool)]) -> Node<Context> {
        let body = options.map { option in
            "<option value=\"\(Markup.escape(option.value, quotes: true))\"\(option.selected ? " selected" : "")>"
                + Markup.escape(option.text, quotes: false) + "</option>"
        }.joined()
        return .raw("<select\(render(attributes))>\(body)</select>")
    }

    /// `""` for an absent boolean attribute, `nil` otherwise: `flag(on)` for `checked:`, `required:`, ….
    static func flag(_ on: Bool) -> String? {
        on ? "" : nil
    }

    private static func render(_ attributes: Attributes) -> String {
        attributes.map { name, value -> String in
            guard let value else { return "" }
            return value.isEmpty && ["checked", "selected", "required", "readonly", "disabled"].contains(name)
                ? " \(name)" : " \(name)=\"\(Markup.escape(value, quotes: true))\""
        }.joined()
    }
}
