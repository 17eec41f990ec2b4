import BrobyggerCore

/// Writes document blocks as CommonMark, escaping every text so that names and free text cannot inject markup.
enum MarkdownWriter {
    static func write(_ blocks: [DocumentBlock]) -> String {
        blocks.map(block).joined(separator: "\n\n") + "\n"
    }

    private static func block(_ block: DocumentBlock) -> String {
        switch block {
        case .title(let text):
            return "# " + escape(text)
        case .meta(let text):
            return "*" + escape(text) + "*"
        case .heading(let level, let text):
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + escape(text, atLineStart: false)
        case .paragraph(let text):
            return escape(text)
        case .guidance(let text):
            return "> *" + escape(text, atLineStart: false) + "*"
        case .list(let items):
            return items.map { ($0.nested ? "  - " : "- ") + escape($0.text, atLineStart: false) }.joined(
                separator: "\n")
        case .checklist(let lines):
            return lines.map { ($0.checked ? "- [x] " : "- [ ] ") + escape($0.text, atLineStart: false) }
                .joined(separator: "\n")
        case .address(let lines):
            return lines.map { escape($0) }.joined(separator: "\\\n")
        case .signature(let signature):
            var lines = [escape(signature.dateLabel + " " + (signature.date ?? String(repeating: "_", count: 12)))]
            lines.append(escape(String(repeating: "_", count: 40)))
            lines.append(escape(signature.onBehalfOf))
            if let signedBy = signature.signedBy { lines.append(escape(signedBy)) }
            return lines.joined(separator: "\\\n")
        }
    }

    /// Escapes stored text for CommonMark and replaces control characters (`SafeOutput/markdown(_:atLineStart:)`).
    static func escape(_ text: String, atLineStart: Bool = true) -> String {
        SafeOutput.markdown(text, atLineStart: atLineStart)
    }
}
