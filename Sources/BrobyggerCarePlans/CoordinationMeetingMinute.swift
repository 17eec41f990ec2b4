/// The minutes of one agenda item of a coordination meeting.
public struct CoordinationMeetingMinute: Sendable, Hashable, Codable {
    /// The agenda item.
    public var item: CoordinationMeetingAgendaItem
    /// What was said and decided.
    public var text: String

    /// Records minutes for an item.
    public init(item: CoordinationMeetingAgendaItem, text: String) {
        self.item = item
        self.text = text
    }
}
