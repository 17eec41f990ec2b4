import BrobyggerCore
import BrobyggerResidents

/// Illustrative vocabularies for synthetic data: Danish names and an example set of locally agreed criteria for
/// joint intensified effort.
///
/// The source documents contain no official criteria list (Region Hovedstadens Psykiatri says each project agreed its
/// own, “A. Fælles beboeroverbliksmøder”); the criteria here are examples in the style the project describes, for
/// fixtures only.
public enum SyntheticRegionVocabulary {
    /// Given names.
    public static let givenNames = [
        "Anne", "Bo", "Camilla", "Dennis", "Eva", "Frederik", "Gitte", "Henrik", "Ida", "Jens", "Karina", "Lars",
        "Mette", "Niels", "Oliver", "Pia", "Rasmus", "Sofie", "Thomas", "Ulla", "Viggo", "Wivi", "Yrsa", "Åse",
        "Preben", "Lone", "Kasper", "Maja", "Søren", "Line",
    ]

    /// Family names.
    public static let familyNames = [
        "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
        "Møller", "Mortensen",
    ]

    /// Example criteria for joint intensified effort (acute and sub-acute), as a facility and team might agree.
    public static let exampleCriteria: [IntensifiedEffortCriterion] = {
        let list: [(String, String, IntensifiedEffortCriterion.Acuity)] = [
            ("selvskade", "Selvskade eller selvmordstanker", .acute),
            ("trusler", "Udadreagerende adfærd eller trusler mod personale eller beboere", .acute),
            ("medicinsvigt", "Tager ikke sin medicin eller udebliver fra medicinudlevering", .subacute),
            ("tidlige-tegn", "Tidlige tegn på forværring ifølge beboerens egen plan", .subacute),
            ("udskrevet", "Udskrevet fra psykiatrisk indlæggelse inden for de seneste 14 dage", .subacute),
            ("rusmidler", "Øget brug af rusmidler", .subacute),
            ("isolation", "Isolerer sig og forlader ikke lejligheden", .subacute),
        ]
        return list.map { item in
            do {
                return try IntensifiedEffortCriterion(id: item.0, title: item.1, acuity: item.2)
            } catch {
                preconditionFailure("Invalid example criterion \(item.0): \(error)")
            }
        }
    }()
}
