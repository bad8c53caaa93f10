/// A workspace account as the domain sees it: no password, no session.
///
/// ```swift
/// let officer = User(id: UserID("u1"), username: "wang", displayName: "王芳", roles: [.officer])
/// officer.has(.officer)   // true
/// ```
public struct User: Hashable, Sendable, Codable {
    public var id: UserID
    /// The sign-in name: unique, compared exactly.
    public var username: String
    public var displayName: String
    public var roles: Set<GlobalRole>
    /// A disabled account may not sign in and is refused every action.
    public var disabled: Bool

    public init(id: UserID, username: String, displayName: String, roles: Set<GlobalRole>, disabled: Bool = false) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.roles = roles
        self.disabled = disabled
    }

    public func has(_ role: GlobalRole) -> Bool { roles.contains(role) }

    /// The roles in a fixed order, for display and for canonical encodings.
    public var sortedRoles: [GlobalRole] { roles.sorted() }

    private enum CodingKeys: String, CodingKey { case id, username, displayName = "display-name", roles, disabled }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(UserID.self, forKey: .id)
        username = try container.decode(String.self, forKey: .username)
        displayName = try container.decode(String.self, forKey: .displayName)
        roles = Set(try container.decode([GlobalRole].self, forKey: .roles))
        disabled = try container.decode(Bool.self, forKey: .disabled)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(username, forKey: .username)
        try container.encode(displayName, forKey: .displayName)
        try container.encode(sortedRoles, forKey: .roles)
        try container.encode(disabled, forKey: .disabled)
    }
}
