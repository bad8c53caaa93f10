import Testing
import VendorScoreCLI
import VendorScoreCore
import VendorScoreServer

/// `vendorscore serve` refuses a contradictory or unusable start before opening anything.
@Suite struct ServeCommandTests {
    func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let errors = OutputBuffer()
        let environment = CommandEnvironment(registry: try ScorerRegistry(builtinModules), output: OutputBuffer(), errors: errors)
        return (VendorScoreCLI.run(arguments: ["serve"] + arguments, in: environment), errors.text)
    }

    @Test func eitherAFolderOrADatabaseNotBoth() throws {
        let (status, errors) = try run(["--data", "somewhere", "--database", "postgresql://vs@127.0.0.1/vs"])
        #expect(status == 2)
        #expect(errors.contains("either --data or --database"))
    }

    @Test func onlyPostgreSQLURLs() throws {
        let (status, errors) = try run(["--database", "mysql://vs@127.0.0.1/vs"])
        #expect(status == 2)
        #expect(errors.contains("postgresql://"))
    }

    @Test func refusalsInChinese() throws {
        let (status, errors) = try run(["--database", "mysql://vs@127.0.0.1/vs", "--lang", "zh"])
        #expect(status == 2)
        #expect(errors == "错误：数据库 URL 必须以 postgresql:// 开头（或省略它，以在 --data 下使用 SQLite）\n")
    }

    @Test func theStartUpLineNeverShowsADatabasePassword() {
        let location = StoreLocation.postgres(url: "postgresql://vs:secret@127.0.0.1:5432/vs")
        #expect(location.place == "postgresql://vs@127.0.0.1:5432/vs")
        #expect(StoreLocation.sqlite(folder: "vendorscore-data").place == "vendorscore-data")
    }

    @Test func aPortMustBeAPort() throws {
        let (status, errors) = try run(["--port", "70000"])
        #expect(status == 2)
        #expect(errors.contains("--port"))
    }

    @Test func theHelpShowsTheDefaults() throws {
        let output = OutputBuffer()
        let environment = CommandEnvironment(registry: try ScorerRegistry(builtinModules), output: output, errors: OutputBuffer())
        #expect(VendorScoreCLI.run(arguments: ["serve", "--help"], in: environment) == 0)
        #expect(output.text.contains("127.0.0.1"))
        #expect(output.text.contains("VENDORSCORE_DATABASE_URL"))
    }
}
