import Brobygger
import BrobyggerTesting

/// A short tour of the core vocabulary on the sample network.
enum CoreDemo {
    static func run(_ environment: CommandEnvironment) {
        let print = environment.print
        let network = SampleNetwork()
        let calendar = DanishCalendar.standard
        let today = SystemClock().today
        print("Brobygger \(BrobyggerVersion.current)")
        print("")
        print("Regions and their municipalities:")
        for region in Region.allCases {
            print("  \(region.code) \(region.isoCode) \(region.danishName): \(region.municipalities.count) kommuner")
        }
        print("")
        print("A sample network (\(network.organisations.count) organisations):")
        for organisation in network.organisations {
            let codes = [
                organisation.identifiers.sor.map { "SOR \($0)" }, organisation.identifiers.gln.map { "GLN \($0)" },
            ]
            .compactMap { $0 }.joined(separator: ", ")
            print("  \(organisation.name) — \(organisation.kind.danishName)\(codes.isEmpty ? "" : " (\(codes))")")
        }
        print("")
        let resident = SampleCPRNumbers.make(born: CalendarDate(daysSinceEpoch: -3_100), sex: .female, serial: 7)
        print("A resident's CPR number is always shown masked: \(resident) (born \(resident.birthDate))")
        print("")
        let holidays = calendar.publicHolidays(in: today.year)
        print("Public holidays \(today.year):")
        for holiday in holidays {
            print("  \(holiday.date) \(holiday.date.weekday.danishName): \(holiday.kind.danishName)")
        }
        print("")
        let deadline = calendar.adding(workingDays: 5, to: today)
        print(
            "Discharged today (\(today), \(today.weekday.danishName))? Follow-up within 5 working days: "
                + "by \(deadline) (\(deadline.weekday.danishName)), week \(deadline.isoWeek).")
    }
}
