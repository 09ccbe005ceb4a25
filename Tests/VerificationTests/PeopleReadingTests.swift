import Testing
@testable import Verification

/// People's names are no places: sentences written for the project after the ones batches 2,
/// 12, 21, 27, 36 and 48 of the real-text evaluation misread (a spokesman, a businessman, an
/// administrator, a mayor, a suspect of 31, the leaders of a group read as places).
@Suite("People's names")
struct PeopleReadingTests: ExtractionProbe {
    private func people(_ text: String) -> Set<String> {
        let scalars = Array(text.unicodeScalars)
        return People.names(in: Tokenizer.tokens(of: scalars), scalars: scalars)
    }

    @Test("a title, an age, a role, a verb of speech or 'led by' makes a name a person's", arguments: [
        ("Mayor Selin Kaya said the roads were closed.", "selin kaya"),
        ("Police named the driver as Omar Haddad, 42, of Latakia.", "omar haddad"),
        ("Karim Nasser, a local businessman, was in Homs on Monday.", "karim nasser"),
        ("Fadi Aziz, the group's spokesman, confirmed the attack.", "fadi aziz"),
        ("The unit is led by Yusuf Demir in Idlib province.", "yusuf demir"),
        ("\"We are safe,\" Leila Mansour said.", "leila mansour"),
    ])
    func person(text: String, name: String) {
        #expect(people(text).contains(name), "\(people(text))")
    }

    @Test("places in the same positions stay places", arguments: [
        "Officials in Bahir Dar said the fighting had stopped.",
        "The tremor was felt in the capital, Mexico City, sending residents into the streets.",
        "Troops took Deir ez-Zor, the regional administration and residents said.",
        "Gunmen attacked San Miguel Totolapan, including the town hall.",
        "The army holds General Santos and Sheikh Zuweid.",
    ])
    func place(text: String) {
        #expect(people(text).isEmpty, "\(people(text))")
    }

    @Test("no claim is read about a person, and 'the town' does not stand for one")
    func noClaimAboutPeople() {
        #expect(!claims("Karim Nasser, a local businessman, was in Homs on Monday.").contains { $0.subject.name == "Karim Nasser" })
        let found = claims("Shelling hit Saraqib. \"We lost everything,\" Fadi Aziz, a farmer, told reporters. "
                           + "The town, which lies 15 km south-east of Idlib, has been emptied.")
        let distance = found.first { $0.kind == .distance }
        #expect(distance?.subject.name == "Saraqib", "\(found.map { "\($0.kind): \($0.subject.name)" })")
    }
}
