import BrobyggerCommandLine
import Foundation

// `brobygger-postgres`: the `brobygger` tool's commands on a PostgreSQL store (`--store postgres://…`, or the
// `PG…` environment variables); see the adapter's README.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "demo" {
    // The demo builds a fresh file store of its own, which it empties on every run; a shared database is no
    // place for that. Its data reaches PostgreSQL through 'generate' and 'import'.
    FileHandle.standardError.write(
        Data(
            """
            error: 'demo' makes a file store; use 'brobygger demo', or fill PostgreSQL with
              brobygger-postgres generate DIR && brobygger-postgres import … (see DIR/README.txt)

            """.utf8))
    exit(2)
}
exit(await BrobyggerTool.run(arguments, storeOpener: PostgreSQLToolStore.opener))
