import Foundation

/// A plain-text PDF document: the lines of a text set in Helvetica on A4 pages, so that a rendering can travel as a
/// CareCommunication attachment (MedCom allows PDF and some image formats, not Markdown, HTML or plain text:
/// MedComCoreAttachmentMimeTypes).
///
/// The output depends only on the text (no creation date, no random id), so the same document gives the same bytes.
/// Characters outside the Windows-1252 set of the standard font become `?`.
public struct PlainTextPDF: Hashable, Sendable {
    /// The text, with `\n` line breaks.
    public var text: String
    /// The longest line, in characters, before a line is wrapped at a space.
    public var lineWidth: Int
    /// The lines on a page.
    public var linesPerPage: Int

    /// Creates a document of `text`.
    public init(text: String, lineWidth: Int = 92, linesPerPage: Int = 56) {
        self.text = text
        self.lineWidth = max(lineWidth, 10)
        self.linesPerPage = max(linesPerPage, 1)
    }

    /// The text's lines, wrapped at spaces to ``lineWidth``.
    public var lines: [String] {
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                if !line.isEmpty, line.count + 1 + word.count > lineWidth {
                    result.append(line)
                    line = ""
                }
                var rest = Substring(word)
                while rest.count > lineWidth {
                    result.append(String(rest.prefix(lineWidth)))
                    rest = rest.dropFirst(lineWidth)
                }
                line = line.isEmpty ? String(rest) : line + " " + rest
            }
            result.append(line)
        }
        return result
    }

    /// The PDF file's bytes.
    public var data: Data {
        let allLines = lines
        var pages: [[String]] = stride(from: 0, to: allLines.count, by: linesPerPage).map {
            Array(allLines[$0..<min($0 + linesPerPage, allLines.count)])
        }
        if pages.isEmpty { pages = [[]] }
        // Objects: 1 catalog, 2 pages, 3 font, then a page and its content stream per page.
        var objects: [Data] = []
        let kids = pages.indices.map { "\(4 + 2 * $0) 0 R" }.joined(separator: " ")
        objects.append(Data("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        objects.append(Data("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>".utf8))
        objects.append(Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8))
        for (index, page) in pages.enumerated() {
            var stream = Data("BT /F1 10 Tf 13 TL 50 800 Td\n".utf8)
            for line in page {
                stream.append(Data("(".utf8))
                stream.append(Self.encoded(line))
                stream.append(Data(") Tj T*\n".utf8))
            }
            stream.append(Data("ET".utf8))
            objects.append(
                Data(
                    ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                        + "/Contents \(5 + 2 * index) 0 R >>").utf8))
            var content = Data("<< /Length \(stream.count) >>\nstream\n".utf8)
            content.append(stream)
            content.append(Data("\nendstream".utf8))
            objects.append(content)
        }
        var file = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(file.count)
            file.append(Data("\(index + 1) 0 obj\n".utf8))
            file.append(object)
            file.append(Data("\nendobj\n".utf8))
        }
        let xref = file.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            table += String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        file.append(Data(table.utf8))
        return file
    }

    /// A line as Windows-1252 bytes of a PDF string, with `\`, `(` and `)` escaped.
    static func encoded(_ line: String) -> Data {
        var bytes: [UInt8] = []
        for scalar in line.unicodeScalars {
            let byte: UInt8
            switch scalar.value {
            case 0x5C, 0x28, 0x29:
                bytes.append(0x5C)
                byte = UInt8(scalar.value)
            case 0x20..<0x7F, 0xA0...0xFF: byte = UInt8(scalar.value)
            case 0x2013: byte = 0x96
            case 0x2014: byte = 0x97
            case 0x2026: byte = 0x85
            case 0x2018: byte = 0x91
            case 0x2019: byte = 0x92
            case 0x201C: byte = 0x93
            case 0x201D: byte = 0x94
            case 0x2022: byte = 0x95
            case 0x20AC: byte = 0x80
            case 0x09: byte = 0x20
            default: byte = 0x3F
            }
            bytes.append(byte)
        }
        return Data(bytes)
    }
}
