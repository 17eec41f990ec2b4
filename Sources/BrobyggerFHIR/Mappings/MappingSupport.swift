import BrobyggerCore
import Foundation

/// The small vocabulary every domain ↔ FHIR mapping shares: domain ids as FHIR ids and references, Brobygger's
/// extensions, dates, and contact details as `telecom`.
enum MappingSupport {
    /// The FHIR id of a domain identifier: its UUID, as `Identifier.uuidString` writes it.
    static func id<Owner>(_ identifier: Identifier<Owner>) -> FHIR.ID {
        guard let id = FHIR.ID(rawValue: identifier.uuidString) else { preconditionFailure("a UUID is a FHIR id") }
        return id
    }

    /// A literal reference `Type/<uuid>` to a domain value.
    static func reference<Owner>(_ type: String, _ identifier: Identifier<Owner>) -> FHIR.Reference {
        FHIR.Reference(reference: "\(type)/\(identifier.uuidString)")
    }

    /// The domain identifier of a resource id, which must be a UUID.
    static func identifier<Owner>(_ id: FHIR.ID?, at path: FieldPath) throws(FHIRError) -> Identifier<Owner> {
        guard let id else { throw .missingElement(path: path) }
        guard let uuid = UUID(uuidString: id.rawValue) else {
            throw .invalidValue(
                path: path, code: "brobygger.id-not-uuid",
                rule: "a resource written from a Brobygger value has the value's UUID as its id",
                offendingValue: id.rawValue)
        }
        return Identifier(rawValue: uuid)
    }

    /// The domain identifier a literal reference `Type/<uuid>` names.
    static func identifier<Owner>(_ reference: FHIR.Reference?, type: String, at path: FieldPath) throws(FHIRError)
        -> Identifier<Owner>
    {
        guard let text = reference?.reference else { throw .missingElement(path: path.appending("reference")) }
        let prefix = type + "/"
        guard text.hasPrefix(prefix), let uuid = UUID(uuidString: String(text.dropFirst(prefix.count))) else {
            throw .invalidValue(
                path: path.appending("reference"), code: "brobygger.reference",
                rule: "the reference names a \(type) by its UUID (\(type)/<uuid>)", offendingValue: text)
        }
        return Identifier(rawValue: uuid)
    }

    /// A Brobygger extension with a value.
    static func `extension`(_ name: String, _ value: FHIR.Extension.Value) -> FHIR.Extension {
        FHIR.Extension(url: BrobyggerFHIRTerminology.extensionURL(name), value: value)
    }

    /// A Brobygger extension made of nested extensions (named by their short names, as FHIR's complex extensions).
    static func complex(_ name: String, _ parts: [(String, FHIR.Extension.Value?)]) -> FHIR.Extension {
        FHIR.Extension(
            url: BrobyggerFHIRTerminology.extensionURL(name),
            extension: parts.compactMap { part in part.1.map { FHIR.Extension(url: part.0, value: $0) } })
    }

    /// A coding in a Brobygger code system.
    static func coding(_ system: String, _ code: String, display: String? = nil) -> FHIR.Coding {
        FHIR.Coding(system: BrobyggerFHIRTerminology.codeSystem(system), code: code, display: display)
    }

    /// A concept with one coding in a Brobygger code system.
    static func concept(_ system: String, _ code: String, display: String? = nil) -> FHIR.CodeableConcept {
        FHIR.CodeableConcept(coding: [coding(system, code, display: display)])
    }

    /// The code of the first coding in a Brobygger code system among concepts, with its path.
    static func code(in concepts: [FHIR.CodeableConcept], system: String, at path: FieldPath) -> (String, FieldPath)? {
        let url = BrobyggerFHIRTerminology.codeSystem(system)
        for (index, concept) in concepts.enumerated() {
            for (offset, coding) in concept.coding.enumerated() where coding.system == url {
                if let code = coding.code {
                    return (code, path.appending(index: index).appending("coding").appending(index: offset))
                }
            }
        }
        return nil
    }

    /// The Brobygger extensions of one name, with their paths.
    static func extensions(_ name: String, in list: [FHIR.Extension], at path: FieldPath) -> [(
        FHIR.Extension, FieldPath
    )] {
        let url = BrobyggerFHIRTerminology.extensionURL(name)
        return list.enumerated().filter { $0.element.url == url }.map {
            ($0.element, path.appending("extension").appending(index: $0.offset))
        }
    }

    /// A date as FHIR writes it.
    static func date(_ date: CalendarDate) -> FHIR.Extension.Value { .date(FHIR.Date(date)) }

    /// A calendar day as a FHIR dateTime of day precision.
    static func day(_ date: CalendarDate) -> FHIR.DateTime {
        guard let value = FHIR.DateTime(rawValue: date.iso8601) else { preconditionFailure("a day is a dateTime") }
        return value
    }

    /// The calendar day of a FHIR dateTime of day precision.
    static func day(_ value: FHIR.DateTime?, at path: FieldPath) throws(FHIRError) -> CalendarDate {
        guard let value else { throw .missingElement(path: path) }
        guard value.precision == .day, let day = value.calendarDate else {
            throw .invalidValue(
                path: path, code: "brobygger.date-precision", rule: "the dateTime gives a day (YYYY-MM-DD)",
                offendingValue: value.rawValue)
        }
        return day
    }

    /// The calendar day of a FHIR date, which must give a day.
    static func calendarDate(_ date: FHIR.Date?, at path: FieldPath) throws(FHIRError) -> CalendarDate {
        guard let date else { throw .missingElement(path: path) }
        guard let day = date.calendarDate else {
            throw .invalidValue(
                path: path, code: "brobygger.date-precision", rule: "the date gives a day (YYYY-MM-DD)",
                offendingValue: date.rawValue)
        }
        return day
    }

    /// The instant of a FHIR dateTime, which must give a time of day.
    static func instant(_ value: FHIR.DateTime?, at path: FieldPath) throws(FHIRError) -> Instant {
        guard let value else { throw .missingElement(path: path) }
        guard let instant = value.instant else {
            throw .invalidValue(
                path: path, code: "brobygger.time-precision", rule: "the dateTime gives a time of day with its offset",
                offendingValue: value.rawValue)
        }
        return instant
    }

    /// Contact details as `telecom`: phone, e-mail, and the secure-messaging address as `other`.
    static func telecom(_ contact: ContactDetails?, use: FHIR.ContactPointUse? = nil) -> [FHIR.ContactPoint] {
        guard let contact else { return [] }
        var points: [FHIR.ContactPoint] = []
        if let phone = contact.phone { points.append(FHIR.ContactPoint(system: .phone, value: phone, use: use)) }
        if let email = contact.email { points.append(FHIR.ContactPoint(system: .email, value: email, use: use)) }
        if let secure = contact.secureMessaging {
            points.append(FHIR.ContactPoint(system: .other, value: secure, use: use))
        }
        return points
    }

    /// Contact details from `telecom`: the first phone, e-mail and `other` point; `nil` when there are none.
    static func contactDetails(_ telecom: [FHIR.ContactPoint]) -> ContactDetails? {
        var contact = ContactDetails()
        for point in telecom {
            switch point.system {
            case .phone?: if contact.phone == nil { contact.phone = point.value }
            case .email?: if contact.email == nil { contact.email = point.value }
            case .other?: if contact.secureMessaging == nil { contact.secureMessaging = point.value }
            default: continue
            }
        }
        return contact.isEmpty ? nil : contact
    }

    /// Runs a domain initialiser, turning its `ValidationError` into a ``FHIRError`` at `path`.
    static func validating<Value>(at path: FieldPath, _ make: () throws(ValidationError) -> Value) throws(FHIRError)
        -> Value
    {
        do {
            return try make()
        } catch {
            throw FHIRError(error, at: path)
        }
    }
}

extension FHIR.Extension {
    /// The value of the nested extension with a short name (a part of a complex extension).
    func part(_ name: String) -> FHIR.Extension.Value? {
        `extension`.first { $0.url == name }?.value
    }

    /// The values of every nested extension with a short name.
    func parts(_ name: String) -> [FHIR.Extension.Value] {
        `extension`.filter { $0.url == name }.compactMap(\.value)
    }

    /// The string of a `valueString`, `valueCode` or `valueCoding.code` part.
    func text(_ name: String) -> String? {
        switch part(name) {
        case .string(let text)?, .code(let text)?: text
        case .coding(let coding)?: coding.code
        default: nil
        }
    }
}
