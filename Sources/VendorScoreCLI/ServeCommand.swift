import ArgumentParser
import Foundation
import VendorScoreCore
import VendorScoreServer
import VendorScoreWorkspace

/// `vendorscore serve`: the committee workspace, web pages and JSON API in one process.
struct ServeCommand: RunnableCommand {
    static let databaseVariable = "VENDORSCORE_DATABASE_URL"

    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the committee workspace: web pages and a JSON API for officers, experts and auditors.",
        discussion: """
            With no options the workspace keeps everything in an SQLite file under ./vendorscore-data \
            and listens on 127.0.0.1:8080, reachable from this machine only. --database (or the \
            \(databaseVariable) environment variable) names a PostgreSQL database instead, for many \
            users or several server processes.

            The first start creates the administrator account 'admin' and prints its one-time \
            password, which must be changed at the first sign-in. The password is shown once and \
            never written to a log.

            Behind an HTTPS proxy, pass --secure-cookies so the session cookie is sent over HTTPS only.

            Closing a tender signs its sealed record with an Ed25519 key: the one --signing-key \
            names (made by 'vendorscore keygen'), or else, with SQLite, signing.key in the data \
            folder, created at the first start with mode 600 beside signing.key.pub. With \
            PostgreSQL and no --signing-key records are sealed but not signed (several server \
            processes must share one key file). The public key is served at /signing-key.pem for \
            'vendorscore verify RECORD --public-key KEY'.

            Dates and times written for people (the report's date, the decisions' and signatures' \
            dates, the log on the result page) are in 北京时间, UTC+08:00; --utc-offset names \
            another. The event log and the API keep UTC.

            Examples:
              vendorscore serve
              vendorscore serve --data /srv/vendorscore --port 8443 --secure-cookies
              vendorscore serve --database postgresql://vendorscore@127.0.0.1/vendorscore --signing-key committee.key
              vendorscore serve --lang zh

            Stop it with Ctrl-C (SIGINT) or SIGTERM; requests under way are finished first.
            """
    )

    @Option(help: ArgumentHelp("The folder for the SQLite database; created when missing.", valueName: "dir"))
    var data: String?

    @Option(help: ArgumentHelp("A postgresql:// URL; overrides \(Self.databaseVariable).", valueName: "url"))
    var database: String?

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The TCP port to listen on.")
    var port = 8080

    @ArgumentParser.Flag(help: "Mark the session cookie Secure (the server is reached through HTTPS).")
    var secureCookies = false

    @Option(help: ArgumentHelp("Sign closed tenders' records with this private key (from 'vendorscore keygen'); "
                               + "default: signing.key in the data folder, created when missing.", valueName: "keyfile"))
    var signingKey: String?

    @Option(help: ArgumentHelp("The time zone of dates and times written for people, as an offset from UTC "
                               + "(+08:00, -05:30, Z).", valueName: "offset"))
    var utcOffset = "+08:00"

    @Option(name: .customLong("lang"), help: "The language of what serve prints here (its pages follow each user): zh or en.")
    var language: OutputLanguage = .en

    var messageLanguage: Language { language.language }

    func validate() throws {
        if data != nil, database != nil {
            throw ValidationError("give either --data or --database, not both")
        }
        guard (1...65535).contains(port) else {
            throw ValidationError("--port must be between 1 and 65535, not \(port)")
        }
        guard UTCOffset(parsing: utcOffset) != nil else {
            throw ValidationError("--utc-offset must be an offset from UTC such as +08:00, -05:30 or Z, within ±14:00; found '\(utcOffset)'")
        }
    }

    func execute(in environment: CommandEnvironment) throws -> ExitStatus {
        var settings = ServerConfiguration(host: host, port: port)
        settings.secureCookies = secureCookies
        settings.utcOffset = UTCOffset(parsing: utcOffset) ?? .chinaStandardTime
        let location = try storeLocation()
        let output = environment.output
        let words = language.language
        settings.signingKey = try ServeSigningKey.resolve(given: signingKey, location: location, output: output, in: words)
        let configuration = settings
        let address = "http://\(configuration.host):\(configuration.port)/"
        let registry = environment.registry
        try BlockingAsync.run {
            try await WorkspaceServer.with(location, registry: registry, configuration: configuration) { server in
                if let first = try await server.createFirstAdministrator() {
                    output.write(CLIMessages.Serve.firstAdministrator(first.username, password: first.password, address: address)
                        .text(preferring: words))
                }
                output.write(CLIMessages.Serve.listening(location, address: address).text(preferring: words))
                try await server.run()
            }
        }
        return .success
    }

    private func storeLocation() throws -> StoreLocation {
        if let url = database ?? ProcessInfo.processInfo.environment[Self.databaseVariable], data == nil, !url.isEmpty {
            guard url.hasPrefix("postgresql://") || url.hasPrefix("postgres://") else {
                throw CLIMessages.Serve.notAPostgresURL
            }
            return .postgres(url: url)
        }
        let folder = data ?? "vendorscore-data"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw CLIMessages.Serve.cannotCreateDataFolder(folder, reason: error.localizedDescription)
        }
        return .sqlite(folder: folder)
    }
}
