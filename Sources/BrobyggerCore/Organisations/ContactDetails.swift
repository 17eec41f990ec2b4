/// How to reach a person or an organisation.
public struct ContactDetails: Hashable, Sendable, Codable {
    /// Telephone number as written, e.g. `+45 38 64 00 00`.
    public var phone: String?
    /// E-mail address.
    public var email: String?
    /// Secure message address or other channel, e.g. a MedCom EAN or a secure mailbox.
    public var secureMessaging: String?

    /// Creates contact details; all optional.
    public init(phone: String? = nil, email: String? = nil, secureMessaging: String? = nil) {
        self.phone = phone
        self.email = email
        self.secureMessaging = secureMessaging
    }

    /// Whether no channel is given.
    public var isEmpty: Bool { phone == nil && email == nil && secureMessaging == nil }
}
