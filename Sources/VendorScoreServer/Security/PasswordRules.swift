/// What every password must satisfy; one place, so the page, the API and the message agree.
enum PasswordRules {
    static let minimumLength = 10
    /// bcrypt reads only the first 72 bytes; longer passwords would silently lose their tail.
    static let maximumBytes = 72

    /// The problems with a new password typed twice, each on its field.
    static func problems(current: String, new: String, repeated: String, labels: PageLabels) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if new.count < minimumLength { problems.append(FieldProblem(field: "new", message: labels.passwordTooShort)) }
        if new.utf8.count > maximumBytes { problems.append(FieldProblem(field: "new", message: labels.passwordTooLong)) }
        if new == current { problems.append(FieldProblem(field: "new", message: labels.passwordUnchanged)) }
        if new != repeated { problems.append(FieldProblem(field: "repeat", message: labels.passwordsDiffer)) }
        return problems
    }
}
