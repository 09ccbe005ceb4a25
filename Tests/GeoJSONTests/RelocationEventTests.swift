import Foundation
import Routing
import Testing

@Suite("Relocation events files")
struct RelocationEventTests {
    @Test("CSV with quoted fields, a via list and extra columns")
    func csv() throws {
        let text = "origin,destination,via,date,people,notes,convoy\r\n"
            + "al-Waer,Jarablus,Hama; Aleppo,2017-03-18,1500,\"First convoy, \"\"by bus\"\"\",1\r\n"
            + "\n"
            + "Homs,Idlib,,,,\"two\nlines\",2\n"
        let events = try RelocationEvent.read(csv: text)
        #expect(events.count == 2)
        #expect(events[0].via == ["Hama", "Aleppo"])
        #expect(events[0].notes == "First convoy, \"by bus\"")
        #expect(events[0].people == 1500 && events[0].date == "2017-03-18")
        #expect(events[0].extra == ["convoy": "1"])
        #expect(events[1].row == 4)
        #expect(events[1].notes == "two\nlines")
        #expect(events[1].date == nil && events[1].people == nil)
    }

    @Test("bad rows name their line and what is wrong", arguments: [
        ("origin,destination\nHoms,Hama,extra\n", RoutingError.malformed(line: 2, reason: "3 fields where the header has 2")),
        ("origin,destination,date\nHoms,Hama,2017-02-30\n", .malformed(line: 2, reason: "date '2017-02-30' is not YYYY-MM-DD")),
        ("origin,destination,people\nHoms,Hama,many\n", .malformed(line: 2, reason: "people 'many' is not a whole number")),
        ("origin,destination\nHoms,\n", .malformed(line: 2, reason: "destination is empty")),
        ("origin,destination\n\"Homs,Hama\n", .malformed(line: 2, reason: "a quoted field is not closed")),
        ("place,date\nHoms,2017-01-01\n", .unreadable("the header row has no 'origin' column (found: place, date)")),
    ])
    func badCSV(text: String, expected: RoutingError) {
        #expect(throws: expected) { try RelocationEvent.read(csv: text) }
    }

    @Test func json() throws {
        let data = Data(#"[{"origin":"Homs","destination":"Hama","via":["Rastan"],"people":30,"date":"2016-02-29"}]"#.utf8)
        let events = try RelocationEvent.read(json: data)
        #expect(events.count == 1 && events[0].via == ["Rastan"] && events[0].people == 30)
        #expect(throws: RoutingError.malformed(line: 1, reason: "date '2015-02-29' is not YYYY-MM-DD")) {
            try RelocationEvent.read(json: Data(#"[{"origin":"A","destination":"B","date":"2015-02-29"}]"#.utf8))
        }
        #expect(throws: RoutingError.self) { try RelocationEvent.read(json: Data("{".utf8)) }
    }

    @Test("a date with a sign or other than ten digits and dashes is no date (issue 13, case 12)",
          arguments: ["+017-03-18", "-017-03-18", "2017-+3-18", "2017-03-+8", " 017-03-18", "２０17-03-18"])
    func signedDate(date: String) {
        #expect(!RelocationEvent.isDate(date))
        #expect(throws: RoutingError.self) {
            try RelocationEvent.read(csv: "origin,destination,date\nHoms,Hama,\(date)\n")
        }
    }

    @Test("people is a whole number of digits: not true or false, not signed (issue 13, case 12)")
    func peopleNotBoolean() throws {
        #expect(throws: RoutingError.malformed(line: 1, reason: "'people' must be text or a number, not true or false")) {
            try RelocationEvent.read(json: Data(#"[{"origin":"Homs","destination":"Hama","people":true}]"#.utf8))
        }
        #expect(throws: RoutingError.malformed(line: 2, reason: "people '+12' is not a whole number")) {
            try RelocationEvent.read(csv: "origin,destination,people\nHoms,Hama,+12\n")
        }
        #expect(try RelocationEvent.read(json: Data(#"[{"origin":"Homs","destination":"Hama","people":12}]"#.utf8))[0].people == 12)
    }
}
