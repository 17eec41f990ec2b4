/// Whether a text has anything but whitespace.
func hasContent(_ text: String?) -> Bool {
    text?.contains(where: { !$0.isWhitespace }) ?? false
}
