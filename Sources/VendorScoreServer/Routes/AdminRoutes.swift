import Hummingbird
import VendorScoreStore
import VendorScoreWorkspace

/// User administration, as pages and as API: list, create, disable, enable, reset password.
/// Every route is ``WorkspaceAction/administerUsers``, which only administrators hold.
struct AdminRoutes {
    let accounts: Accounts

    func register(_ routes: RouteBuilder) {
        let access = RouteAccess.workspace(.administerUsers)
        routes.add(.get, "/admin/users", access) { granted in
            try await page(granted)
        }
        routes.add(.post, "/admin/users", access) { granted in
            let form = granted.form ?? FormBody(urlEncoded: "")
            let entered = UsersPage.NewUserForm(username: form["username"] ?? "", displayName: form["displayName"] ?? "",
                                                roles: Set(form.all("roles").compactMap(GlobalRole.init(rawValue:))))
            do {
                let (user, password) = try await accounts.createUser(username: entered.username, displayName: entered.displayName,
                                                                     roles: entered.roles, by: try granted.user.id,
                                                                     labels: granted.labels)
                return try await page(granted, issued: (user.username, password), status: .created)
            } catch WorkspaceFailure.invalid(let problems) {
                return try await page(granted, form: entered, problems: problems, status: .unprocessableContent)
            }
        }
        for (verb, disabled) in [("disable", true), ("enable", false)] {
            routes.add(.post, "/admin/users/:user/\(verb)", access) { granted in
                _ = try await accounts.setDisabled(try userID(granted), disabled, by: try granted.user.id)
                return PageResponse.redirect(to: "/admin/users")
            }
            routes.add(.post, "/api/v1/users/:user/\(verb)", access) { granted in
                let user = try await accounts.setDisabled(try userID(granted), disabled, by: try granted.user.id)
                return try APIBody.response(UserAnswer(user))
            }
        }
        routes.add(.post, "/admin/users/:user/reset-password", access) { granted in
            let user = try await existingUser(granted)
            let password = try await accounts.resetPassword(of: user.id, by: try granted.user.id)
            return try await page(granted, issued: (user.username, password))
        }

        routes.add(.get, "/api/v1/users", access) { granted in
            try APIBody.response(UserList(users: try await accounts.store.users().map { UserAnswer($0.user) }))
        }
        routes.add(.post, "/api/v1/users", access) { granted in
            let body = try await APIBody.decode(NewUserRequest.self, granted)
            var roles: Set<GlobalRole> = []
            for (index, name) in body.roles.enumerated() {
                guard let role = GlobalRole(rawValue: name) else {
                    throw WorkspaceFailure.invalid([FieldProblem(field: "roles[\(index)]", message: granted.labels.unknownRole(name))])
                }
                roles.insert(role)
            }
            let (user, password) = try await accounts.createUser(username: body.username, displayName: body.displayName,
                                                                 roles: roles, by: try granted.user.id, labels: granted.labels)
            return try APIBody.response(IssuedPassword(user: UserAnswer(user), oneTimePassword: password), status: .created)
        }
        routes.add(.post, "/api/v1/users/:user/reset-password", access) { granted in
            let user = try await existingUser(granted)
            let password = try await accounts.resetPassword(of: user.id, by: try granted.user.id)
            return try APIBody.response(IssuedPassword(user: UserAnswer(user), oneTimePassword: password))
        }
    }

    private func userID(_ granted: Granted) throws -> UserID {
        guard let id = granted.context.parameters.get("user") else { throw WorkspaceFailure.notFound }
        return UserID(id)
    }

    private func existingUser(_ granted: Granted) async throws -> User {
        guard let stored = try await accounts.store.user(id: try userID(granted)) else { throw WorkspaceFailure.notFound }
        return stored.user
    }

    private func page(_ granted: Granted, form: UsersPage.NewUserForm = .init(), problems: [FieldProblem] = [],
                      issued: (username: String, password: String)? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        guard let signedIn = granted.signedIn else { throw WorkspaceFailure.notSignedIn }
        let page = UsersPage(labels: granted.labels, csrfToken: signedIn.csrfToken, users: try await accounts.store.users().map(\.user),
                             form: form, problems: problems, issued: issued)
        return PageResponse.html(page.page, granted, status: status)
    }
}

struct NewUserRequest: Decodable, Sendable {
    var username: String
    var displayName: String
    var roles: [String]
}

struct UserList: Encodable, Sendable {
    var users: [UserAnswer]
}

/// A new or reset account with its one-time password, returned once and never again.
struct IssuedPassword: Encodable, Sendable {
    var user: UserAnswer
    var oneTimePassword: String
}
