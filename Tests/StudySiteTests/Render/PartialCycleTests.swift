import Foundation
import Testing

/// A partial that includes itself used to recurse until the stack overflowed (a segfault
/// that left a staging folder); it is an error at the tag, the previous site kept.
@Suite struct PartialCycleTests {
    @Test func aPartialIncludingItselfIsAnErrorAtItsTag() throws {
        try BuildErrorTests().expectFailure("templates/head.mustache:3:1: error: partial cycle: head → head") { folder in
            try folder.write(["templates/head.mustache": "<meta charset=\"utf-8\">\n<title>{{documentTitle}}</title>\n{{> head}}\n"])
        }
    }

    @Test func partialsIncludingEachOtherAreOneError() throws {
        try BuildErrorTests().expectFailure("templates/head.mustache:2:8: error: partial cycle: head → meta → head") { folder in
            try folder.write([
                "templates/head.mustache": "<title>{{documentTitle}}</title>\n<meta> {{> meta}}\n",
                "templates/meta.mustache": "<meta charset=\"utf-8\">{{> head}}\n",
            ])
        }
    }
}
