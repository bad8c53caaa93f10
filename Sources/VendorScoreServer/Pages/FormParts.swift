import Plot
import VendorScoreReport

/// The pieces every form is made of: a labelled input that keeps what was typed and shows its
/// problem right beside it, and the problem list for a field.
enum FormParts {
    typealias FormNode = Node<HTML.FormContext>

    static func field(_ label: String, name: String, value: String = "", type: HTMLInputType = .text,
                      problems: [FieldProblem] = [], required: Bool = true) -> FormNode {
        let mine = problems.filter { $0.field == name }
        return .group(
            .label(.for(name), Markup.text(label)),
            Controls.input(["type": type.rawValue, "name": name, "id": name, "value": type == .password ? "" : value,
                            "required": Controls.flag(required), "aria-invalid": mine.isEmpty ? nil : "true"]),
            messages(mine)
        )
    }

    static func file(_ label: String, name: String, accept: String, problems: [FieldProblem], required: Bool = true) -> FormNode {
        let mine = problems.filter { $0.field == name }
        return .group(
            .label(.for(name), Markup.text(label)),
            Controls.input(["type": "file", "name": name, "id": name, "accept": accept, "required": required ? "" : nil]),
            messages(mine)
        )
    }

    static func textArea(_ label: String, name: String, value: String, problems: [FieldProblem], rows: Int = 4) -> FormNode {
        let mine = problems.filter { $0.field == name }
        return .group(
            .label(.for(name), Markup.text(label)),
            Controls.textarea(value, ["name": name, "id": name, "rows": String(rows)]),
            messages(mine)
        )
    }

    /// Each problem on its own line, with its file:line:column first when it has one.
    static func messages<Context>(_ problems: [FieldProblem]) -> Node<Context> {
        .raw(problems.map { problem in
            let location = problem.location.map { "<code class=\"location\">\(Markup.escape($0, quotes: false))\(problem.separator)</code>" } ?? ""
            return "<span class=\"field-error\">\(location)\(Markup.escape(problem.message, quotes: false))</span>"
        }.joined())
    }

    /// Problems that belong to no field of the form, shown above it.
    static func general(_ problems: [FieldProblem], fields: Set<String>) -> Node<HTML.BodyContext> {
        let loose = problems.filter { !fields.contains($0.field) }
        return .if(!loose.isEmpty, .div(.class("notice bad"), .group(loose.map { .p(Markup.text($0.message)) })))
    }
}
