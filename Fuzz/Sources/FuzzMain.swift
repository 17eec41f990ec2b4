import Foundation

#if FUZZING
    // libFuzzer's entry points. The target is chosen by `BROBYGGER_FUZZ_TARGET` (scripts/fuzz.sh sets it), so one
    // instrumented binary serves every target.

    nonisolated(unsafe) private var selectedTarget = FuzzTarget.identifiers

    /// Reads the target to fuzz from the environment before the first input.
    @_cdecl("LLVMFuzzerInitialize")
    public func fuzzerInitialize(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
    ) -> Int32 {
        let name = ProcessInfo.processInfo.environment["BROBYGGER_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("set BROBYGGER_FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        selectedTarget = target
        return 0
    }

    /// Runs one input through the selected target.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        selectedTarget.run(bytes)
        return 0
    }
#else
    /// Without `-D FUZZING`: replays corpus files through the targets (CI's regression check), runs single inputs
    /// (to reproduce a crash in a debugger) and writes the seed corpora.
    @main
    enum FuzzReplay {
        static func main() throws {
            let arguments = Array(CommandLine.arguments.dropFirst())
            switch arguments.first {
            case "--list":
                for target in FuzzTarget.allCases { print("\(target.rawValue)\t\(target.summary)") }
            case "replay":
                try replay(corpus: arguments.count > 1 ? arguments[1] : "Fuzz/Corpus")
            case "seed":
                try SeedCorpus.write(
                    to: arguments.count > 1 ? arguments[1] : "Fuzz/Corpus",
                    export: arguments.count > 2 ? arguments[2] : nil)
            case .some(let name):
                guard let target = FuzzTarget(rawValue: name), arguments.count > 1 else { return usage() }
                for path in arguments.dropFirst() {
                    target.run(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
                    print("\(target.rawValue): \(path): ok")
                }
            case nil:
                usage()
            }
        }

        /// Runs every file of `corpus/TARGET/` through its target.
        static func replay(corpus: String) throws {
            let files = FileManager.default
            var total = 0
            for target in FuzzTarget.allCases {
                let directory = URL(fileURLWithPath: corpus).appendingPathComponent(target.rawValue)
                let names = (try? files.contentsOfDirectory(atPath: directory.path)) ?? []
                for name in names.sorted() where !name.hasPrefix(".") {
                    target.run(try [UInt8](Data(contentsOf: directory.appendingPathComponent(name))))
                }
                print("\(target.rawValue): \(names.count) inputs replayed")
                total += names.count
            }
            guard total > 0 else {
                FileHandle.standardError.write(Data("no corpus files under \(corpus)\n".utf8))
                exit(1)
            }
        }

        static func usage() {
            print(
                """
                usage: BrobyggerFuzz --list
                       BrobyggerFuzz replay [CORPUS]     replay CORPUS/TARGET/* (default Fuzz/Corpus)
                       BrobyggerFuzz TARGET FILE…        run single inputs through TARGET
                       BrobyggerFuzz seed CORPUS [EXPORT] write the seed corpora (EXPORT: from brobygger demo --export)
                Fuzzing itself: scripts/fuzz.sh TARGET SECONDS (Fuzz/README.md).
                """)
            exit(2)
        }
    }
#endif
