import Testing
@testable import StudySite

/// Words as students type them: technical tokens whole, case and accents folded.
@Suite struct SearchTokenizerTests {
    @Test func technicalTokensStayWhole() {
        #expect(SearchTokenizer.tokens("A VPC with 10.0.0.0/16, subnets of /24 and a route to 0.0.0.0/0.")
            == ["a", "vpc", "with", "10.0.0.0/16", "subnets", "of", "/24", "and", "a", "route", "to", "0.0.0.0/0"])
        #expect(SearchTokenizer.tokens("Launch a t3.micro in us-east-1 (allow s3:GetObject).")
            == ["launch", "a", "t3.micro", "in", "us-east-1", "allow", "s3:getobject"])
    }

    @Test func queriesAreTokenizedLikeTheText() {
        #expect(SearchTokenizer.tokens("/24") == ["/24"])
        #expect(SearchTokenizer.tokens("S3:GetObject") == ["s3:getobject"])
        #expect(SearchTokenizer.tokens("aws ec2 describe-instances") == ["aws", "ec2", "describe-instances"])
    }

    @Test func caseAndAccentsAreFolded() {
        #expect(SearchTokenizer.tokens("Café RÉSUMÉ naïve") == ["cafe", "resume", "naive"])
    }

    @Test func punctuationAroundATokenIsNotPartOfIt() {
        #expect(SearchTokenizer.tokens("(see: /16.) end-") == ["see", "/16", "end"])
        #expect(SearchTokenizer.tokens("a/24 x—y") == ["a/24", "x", "y"])
    }

    @Test func theIndexAlsoHoldsThePartsAStudentMayTypeAlone() {
        var terms: [String] = []
        SearchTokenizer.indexTerms("us-east-1 s3:GetObject t3.micro 10.0.0.0/16 0.0.0.0/0") { terms.append($0) }
        #expect(terms == [
            "us-east-1", "us", "east",
            "s3:getobject", "s3", "getobject",
            "t3.micro", "t3", "micro",
            "10.0.0.0/16", "/16",
            "0.0.0.0/0", "/0",
        ])
    }

    @Test func pluralsAreAlsoIndexedAsSingulars() {
        var terms: [String] = []
        SearchTokenizer.indexTerms("ACLs policies access status") { terms.append($0) }
        #expect(terms == ["acls", "acl", "policies", "policy", "access", "status"])
    }
}
