/// The format-independent structure of a rendered agreement, written out as Markdown or HTML.
enum DocumentBlock: Equatable {
    case title(String)
    case meta(String)
    case heading(level: Int, String)
    case paragraph(String)
    case guidance(String)
    case list([ListItem])
    case checklist([ChecklistLine])
    case address([String])
    case signature(SignatureBlock)

    struct ListItem: Equatable {
        let text: String
        let nested: Bool
    }

    struct ChecklistLine: Equatable {
        let checked: Bool
        let text: String
    }

    struct SignatureBlock: Equatable {
        /// "Dato: 24.11.2026", or the label alone when unsigned.
        let dateLabel: String
        let date: String?
        /// "For Psykiatrisk Center Amager".
        let onBehalfOf: String
        /// "Anne Hansen, centerchef" when signed.
        let signedBy: String?
    }
}
