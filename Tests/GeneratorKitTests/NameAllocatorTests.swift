import XCTest

@testable import GeneratorKit

final class NameAllocatorTests: XCTestCase {
    /// The allocator remembers counters; what it hands out must still be exactly what counting up from 2
    /// for every name gives (the output of existing schemas must not change).
    func testHandsOutWhatCountingUpFromTwoGives() {
        let bases = ["a", "A", "a2", "a22", "b", "a3", "B2", "ΑΣ", "ας", "x1", "x"]
        // A fixed, irregular mix, so that every base meets counters left by the others.
        let names = (0..<3_000).map { bases[($0 * 7 + $0 / 13 + $0 / 101) % bases.count] }
        for ignoringCase in [false, true] {
            let reserved: Set<String> = ["a4", "b", "X12"]
            XCTAssertEqual(
                Naming.uniqued(names, reserved: reserved, ignoringCase: ignoringCase),
                Self.countingUpFromTwo(names, reserved: reserved, ignoringCase: ignoringCase),
                "ignoringCase: \(ignoringCase)")
        }
    }

    func testCounterContinuesWhereItStopped() {
        var names = NameAllocator(reserved: ["Pet2"])
        XCTAssertEqual(names.claim("Pet"), "Pet")
        XCTAssertEqual(names.claim("Pet"), "Pet3")
        names.reserve("Pet4")
        XCTAssertEqual(names.claim("Pet"), "Pet5")
        XCTAssertTrue(names.isTaken("Pet4"))
        XCTAssertFalse(names.isTaken("pet4"))
    }

    func testIgnoringCase() {
        var names = NameAllocator(reserved: ["Error"], ignoringCase: true)
        XCTAssertEqual(names.claim("error"), "error2")
        XCTAssertEqual(names.claim("ERROR2"), "ERROR22")
        XCTAssertTrue(names.isTaken("eRRor"))
    }

    func testNamesTakenElsewhereAreSkipped() {
        var names = NameAllocator()
        let elsewhere: Set<String> = ["Item", "Item2"]
        XCTAssertEqual(names.claim("Item") { elsewhere.contains($0) }, "Item3")
        XCTAssertEqual(names.claim("Item") { elsewhere.contains($0) }, "Item4")
        XCTAssertEqual(names.claim("Other") { elsewhere.contains($0) }, "Other")
    }

    /// 20,000 names for one Swift name: each claim starts where the last stopped (a timing is in
    /// `make bench`; this checks the names).
    func testManyCopiesOfOneName() {
        let names = Naming.uniqued(Array(repeating: "value", count: 20_000), reserved: ["value"])
        XCTAssertEqual(names.first, "value2")
        XCTAssertEqual(names.last, "value20001")
        XCTAssertEqual(Set(names).count, 20_000)
    }

    /// The algorithm `Naming.uniqued` had before it remembered counters: the reference for its output.
    static func countingUpFromTwo(_ names: [String], reserved: Set<String>, ignoringCase: Bool) -> [String] {
        let key: (String) -> String = ignoringCase ? { $0.lowercased() } : { $0 }
        var taken = Set(reserved.map(key))
        return names.map { name in
            var candidate = name
            var counter = 2
            while taken.contains(key(candidate)) {
                candidate = "\(name)\(counter)"
                counter += 1
            }
            taken.insert(key(candidate))
            return candidate
        }
    }
}
