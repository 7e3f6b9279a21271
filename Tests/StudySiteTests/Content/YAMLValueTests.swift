import Testing
@testable import StudySite

/// Documents are composed untyped and a scalar is resolved only when read as a number or a
/// boolean (see `YAMLValue`): the result must be what Yams' default resolver gives.
@Suite struct YAMLValueTests {
    private func values(_ yaml: String) throws -> [String: YAMLValue] {
        let root = try #require(try YAMLValue.parse(yaml, path: "t.yml"))
        return Dictionary(uniqueKeysWithValues: try root.mapping("t").map { ($0.key, $0.value) })
    }

    @Test func plainScalarsResolveAsNumbersAndBooleans() throws {
        let v = try values("a: 12\nb: -3\nc: 1.5\nd: true\ne: no\nf: 0x1F\ng: 1_000\nh: .5\n")
        #expect(try v["a"]!.int("a") == 12)
        #expect(try v["b"]!.int("b") == -3)
        #expect(try v["c"]!.double("c") == 1.5)
        #expect(try v["d"]!.bool("d") == true)
        #expect(try v["e"]!.bool("e") == false)
        #expect(try v["f"]!.int("f") == 31)
        #expect(try v["g"]!.int("g") == 1000)
        #expect(try v["h"]!.double("h") == 0.5)
    }

    @Test func quotedScalarsStayText() throws {
        let v = try values("a: \"true\"\nb: '12'\nc: \"1.5\"\n")
        #expect(throws: BuildFailure.self) { try v["a"]!.bool("a") }
        #expect(try v["a"]!.string("a") == "true")
        #expect(try v["b"]!.string("b") == "12")
        #expect(throws: BuildFailure.self) { try v["c"]!.double("c") }
    }

    @Test func textIsNotANumberAndSaysWhere() throws {
        let v = try values("title: Module 1\norder: first\nflag: maybe\n")
        #expect(try v["title"]!.string("title") == "Module 1")
        do {
            _ = try v["order"]!.int("`order`")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.description == "t.yml:2:8: error: `order` must be a whole number, found \"first\"")
        }
        #expect(throws: BuildFailure.self) { try v["flag"]!.bool("flag") }
    }
}
