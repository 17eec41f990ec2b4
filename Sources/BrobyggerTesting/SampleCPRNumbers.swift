import BrobyggerCore

/// Valid, synthetic CPR numbers for tests and synthetic data.
///
/// The numbers follow every rule `CPRNumber` checks (a real birth date, the century digit, the sex digit); they
/// are made, not taken from anyone, but may coincide with issued numbers, so treat them as personal data too.
public enum SampleCPRNumbers {
    /// The number of distinct serials ``make(born:sex:serial:)`` can give one birth date and sex.
    public static let serialsPerBirthDate = 500

    /// A CPR number for a birth date and sex; `serial` (0–499) varies the serial digits so several people can
    /// share a birthday. Different serials give different numbers.
    ///
    /// - Precondition: the birth year is 1858–2057, the range CPR numbers cover.
    public static func make(born birthDate: CalendarDate, sex: AdministrativeSex, serial: Int = 0) -> CPRNumber {
        let (year, month, day) = birthDate.components
        precondition((1858...2057).contains(year), "CPR numbers cover birth years 1858–2057")
        precondition((0..<serialsPerBirthDate).contains(serial), "serial must be 0–499")
        // The seventh digit decides the century (CPR-kontoret's table).
        let seventh: Int =
            switch year {
            case 1900...1999: 3
            case 2000...2036: 4
            default: 5
            }
        let middle = serial / 5
        let last = 2 * (serial % 5) + (sex == .male ? 1 : 0)
        let text = pad(day) + pad(month) + pad(year % 100) + String(seventh) + pad(middle) + String(last)
        guard let number = try? CPRNumber(text) else {
            preconditionFailure("generated CPR number failed validation")
        }
        return number
    }

    /// A deterministic list of `count` distinct numbers of adults born 1940–2005, alternating female and male.
    public static func adults(_ count: Int, seed: Int = 0) -> [CPRNumber] {
        var seen = Set<CPRNumber>()
        var result: [CPRNumber] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            let mixed = (index &* 7919 &+ seed &* 104_729) & 0x7fff_ffff
            // 1940-01-01 is day −10,957; 23,741 days later is 2004-12-31.
            let birth = CalendarDate(daysSinceEpoch: -10_957 + mixed % 23_741)
            let sex: AdministrativeSex = index % 2 == 0 ? .female : .male
            var serial = (index / 2) % serialsPerBirthDate
            var number = make(born: birth, sex: sex, serial: serial)
            while seen.contains(number) {
                serial = (serial + 1) % serialsPerBirthDate
                number = make(born: birth, sex: sex, serial: serial)
            }
            seen.insert(number)
            result.append(number)
        }
        return result
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
