/// Finds and replaces `{parameter-key}` placeholders in clause texts.
enum Placeholder {
    /// The names between braces in `text`, in order.
    static func names(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            names.append(String(rest[afterOpen..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// `text` with each placeholder replaced by `replacement(name)`.
    static func replacing(in text: String, _ replacement: (String) -> String) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            result += rest[..<open]
            result += replacement(String(rest[afterOpen..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
