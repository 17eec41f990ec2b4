import Brobygger
import Foundation
import Testing

@testable import BrobyggerCommandLine

/// Inputs the fuzz targets (Fuzz/README.md) found, kept as regression tests.
@Suite("Fuzz regressions: the tool's input")
struct CLIFuzzRegressionTests {
    /// `imports` target: a field holding CRLF was written unquoted, because `"\r\n"` is one `Character`, equal to
    /// neither `"\r"` nor `"\n"`; read back, it split the record.
    @Test(
        "a CSV field holding a line break survives writing and reading", arguments: ["x\r\ny", "x\ny", "x\ry", "\r\n"])
    func csvLineBreaks(field: String) throws {
        var writer = CSVWriter(header: ["a", "b"])
        writer.append([field, "z"])
        let table = try CSVTable.parse(Data(writer.text.utf8), file: "out.csv")
        #expect(table.records.map { table.fields(of: $0) } == [[field, "z"]])
    }

    /// `arguments` target: usage errors quote the offending argument, which may be a CPR number typed in the
    /// wrong place.
    @Test(
        "a usage error masks a CPR number among the arguments",
        arguments: [["import", "0101801234"], ["import", "residents", "--x=010180-1234"], ["0101801234"]])
    func usageErrorsMask(arguments: [String]) {
        #expect {
            _ = try CommandLineParser(root: Tool.root).parse(arguments)
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("error: ") && text.contains("010180-xxxx") && !text.contains("1234")
        }
    }

    /// `imports` target: a CPR number in a column that is not the resident's came back in the problem.
    @Test("an import problem masks a CPR number in any column")
    func importProblemsMask() throws {
        let csv = "id,kind,name,sor,gln,municipality,region\r\nx,0101801234,n,010180-1234,,0101801234,\r\n"
        let plan = try OrganisationsImport.plan(
            CSVTable.parse(Data(csv.utf8), file: "organisations.csv"), snapshot: StoreSnapshot())
        #expect(!plan.problems.isEmpty)
        for problem in plan.problems {
            #expect(!problem.description.contains("1234"), "\(problem)")
        }
    }
}
