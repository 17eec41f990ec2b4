import BrobyggerCore

/// Writes document blocks as a complete HTML5 document with a print style sheet, escaping every text.
enum HTMLWriter {
    static func write(_ blocks: [DocumentBlock], language: AgreementLanguage, title: String) -> String {
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"\(language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<title>\(escape(title))</title>",
            "<style>",
            "body { font-family: Georgia, 'Times New Roman', serif; max-width: 42em; margin: 2em auto; line-height: 1.45; }",
            "h2, h3 { page-break-after: avoid; }",
            ".meta { font-style: italic; }",
            ".guidance { font-style: italic; color: #444; border-left: 3px solid #bbb; padding-left: 0.8em; }",
            ".checklist { list-style: none; padding-left: 0; }",
            ".signature { display: inline-block; width: 45%; margin: 2em 4% 0 0; vertical-align: top; "
                + "page-break-inside: avoid; }",
            ".signature-line { border-bottom: 1px solid #000; height: 3em; margin: 0; }",
            "@media print { body { margin: 0; max-width: none; } }",
            "</style>",
            "</head>",
            "<body>",
            "<article>",
        ]
        lines += blocks.map(block)
        lines += ["</article>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func block(_ block: DocumentBlock) -> String {
        switch block {
        case .title(let text):
            return "<h1>\(escape(text))</h1>"
        case .meta(let text):
            return "<p class=\"meta\">\(escape(text))</p>"
        case .heading(let level, let text):
            let tag = "h\(min(max(level, 1), 6))"
            return "<\(tag)>\(escape(text))</\(tag)>"
        case .paragraph(let text):
            return "<p>\(escape(text))</p>"
        case .guidance(let text):
            return "<p class=\"guidance\">\(escape(text))</p>"
        case .list(let items):
            return list(items)
        case .checklist(let lines):
            let items = lines.map { line in
                "<li>\(line.checked ? "&#9745;" : "&#9744;") \(escape(line.text))</li>"
            }
            return "<ul class=\"checklist\">\n" + items.joined(separator: "\n") + "\n</ul>"
        case .address(let lines):
            return "<p class=\"address\">" + lines.map(escape).joined(separator: "<br>\n") + "</p>"
        case .signature(let signature):
            var parts = [
                "<div class=\"signature\">",
                "<p>\(escape(signature.dateLabel)) \(escape(signature.date ?? String(repeating: "_", count: 12)))</p>",
                "<p class=\"signature-line\"></p>",
                "<p>\(escape(signature.onBehalfOf))</p>",
            ]
            if let signedBy = signature.signedBy { parts.append("<p>\(escape(signedBy))</p>") }
            parts.append("</div>")
            return parts.joined(separator: "\n")
        }
    }

    private static func list(_ items: [DocumentBlock.ListItem]) -> String {
        var lines = ["<ul>"]
        var index = 0
        while index < items.count {
            var line = "<li>\(escape(items[index].text))"
            var nested: [String] = []
            while index + 1 < items.count, items[index + 1].nested {
                index += 1
                nested.append("<li>\(escape(items[index].text))</li>")
            }
            if !nested.isEmpty { line += "\n<ul>\n" + nested.joined(separator: "\n") + "\n</ul>\n" }
            lines.append(line + "</li>")
            index += 1
        }
        lines.append("</ul>")
        return lines.joined(separator: "\n")
    }

    /// Escapes the five characters with meaning in HTML text and attributes and replaces control characters
    /// (`SafeOutput/html(_:)`).
    static func escape(_ text: String) -> String { SafeOutput.html(text) }
}
