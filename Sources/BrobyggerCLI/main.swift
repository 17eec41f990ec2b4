import BrobyggerCommandLine
import Foundation

// The `brobygger` command-line tool: see `brobygger --help`.
ProcessHeap.reserveGrowth(environment: ProcessInfo.processInfo.environment)
let code = await Tool.run(Array(CommandLine.arguments.dropFirst()), environment: .live)
exit(code.rawValue)
