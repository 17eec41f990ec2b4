import Brobygger
import BrobyggerTesting
import Foundation

// The `brobygger` command-line tool. It grows with the SDK; for now `demo` shows the core vocabulary.

let arguments = Array(CommandLine.arguments.dropFirst())

func printUsage() {
    print(
        """
        brobygger \(BrobyggerVersion.current): the Brobygger SDK's command-line tool

        USAGE: brobygger <command>

        COMMANDS:
          demo        Show the SDK's core vocabulary on sample data
          --version   Print the version
          --help      Show this help
        """)
}

switch arguments.first {
case nil, "--help", "-h", "help":
    printUsage()
case "--version":
    print(BrobyggerVersion.current)
case "demo":
    CoreDemo.run()
case let other?:
    FileHandle.standardError.write(Data("error: unknown command '\(other)'\n\n".utf8))
    printUsage()
    exit(2)
}
