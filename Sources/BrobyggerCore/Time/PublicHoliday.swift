/// A Danish public holiday (*helligdag*) on a given date.
public struct PublicHoliday: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The holidays of the Danish calendar.
    ///
    /// Source: *lov om søgnehelligdage* and the abolition of General Prayer Day by lov nr. 140 of 28 February 2023
    /// (from 2024).
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Nytårsdag, 1 January.
        case newYearsDay
        /// Skærtorsdag, Easter Sunday − 3.
        case maundyThursday
        /// Langfredag, Easter Sunday − 2.
        case goodFriday
        /// Påskedag.
        case easterSunday
        /// 2. påskedag, Easter Sunday + 1.
        case easterMonday
        /// Store bededag, Easter Sunday + 26; a public holiday only until 2023.
        case generalPrayerDay
        /// Kristi himmelfartsdag, Easter Sunday + 39.
        case ascensionDay
        /// Pinsedag, Easter Sunday + 49.
        case whitSunday
        /// 2. pinsedag, Easter Sunday + 50.
        case whitMonday
        /// Juledag, 25 December.
        case christmasDay
        /// 2. juledag, 26 December.
        case boxingDay

        /// The Danish name.
        public var danishName: String {
            switch self {
            case .newYearsDay: "Nytårsdag"
            case .maundyThursday: "Skærtorsdag"
            case .goodFriday: "Langfredag"
            case .easterSunday: "Påskedag"
            case .easterMonday: "2. påskedag"
            case .generalPrayerDay: "Store bededag"
            case .ascensionDay: "Kristi himmelfartsdag"
            case .whitSunday: "Pinsedag"
            case .whitMonday: "2. pinsedag"
            case .christmasDay: "Juledag"
            case .boxingDay: "2. juledag"
            }
        }

        /// The English name.
        public var englishName: String {
            switch self {
            case .newYearsDay: "New Year's Day"
            case .maundyThursday: "Maundy Thursday"
            case .goodFriday: "Good Friday"
            case .easterSunday: "Easter Sunday"
            case .easterMonday: "Easter Monday"
            case .generalPrayerDay: "General Prayer Day"
            case .ascensionDay: "Ascension Day"
            case .whitSunday: "Whit Sunday"
            case .whitMonday: "Whit Monday"
            case .christmasDay: "Christmas Day"
            case .boxingDay: "Boxing Day"
            }
        }
    }

    /// Which holiday.
    public var kind: Kind
    /// The day it falls on.
    public var date: CalendarDate

    /// Creates a holiday on a date.
    public init(kind: Kind, date: CalendarDate) {
        self.kind = kind
        self.date = date
    }

    /// `2024-03-28 Skærtorsdag`.
    public var description: String { "\(date) \(kind.danishName)" }
}
