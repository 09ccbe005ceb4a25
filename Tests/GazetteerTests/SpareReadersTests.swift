import Gazetteer
import Testing
import TestSupport

/// Connections borrowed for parallel look-ups are kept and lent again, never to two at once.
@Suite("Spare index connections")
struct SpareReadersTests {
    @Test("a connection given back is lent again; two borrowed at once are different; each answers")
    func lentAgain() throws {
        let index = try TestGazetteer.index().openReader()
        let first = try index.borrowReader()
        let second = try index.borrowReader()
        #expect(first !== second && first !== index)
        #expect(try first.place(id: 169577)?.name == "Homs")
        index.giveBack(first)
        let again = try index.borrowReader()
        #expect(again === first)
        index.giveBack(again)
        index.giveBack(second)
    }

    @Test("many look-ups at once over borrowed connections give the same candidates as one at a time")
    func parallelSameAsSerial() throws {
        let index = try TestGazetteer.index().openReader()
        let names = ["Homs", "Hims", "Djerablous", "Aleppo", "Idlib", "Hama", "Saraqib", "Damascus", "Latakia", "Tartus"]
        let queries = names.map { Resolver.Query(name: $0) }
        let resolver = Resolver(index: index)
        let serial = try resolver.candidates(forEach: queries, workers: 1).map { $0.first?.place.id }
        for _ in 0..<3 {
            #expect(try resolver.candidates(forEach: queries, workers: 2).map { $0.first?.place.id } == serial)
        }
    }
}
