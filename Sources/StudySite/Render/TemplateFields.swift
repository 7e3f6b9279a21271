/// How a `TemplateContext` lists its fields (the protocol lives beside swift-mustache's import,
/// in TemplateRenderer.swift).

/// What a field holds, as far as a template can tell.
enum TemplateShape: Sendable {
    /// Printed (escaped with `{{…}}`, raw with `{{{…}}}`); a section shows it when non-empty.
    case text
    case number
    /// A section shows its contents when true, in the same context.
    case flag
    /// A section opens it as the context of its contents; absent when nil.
    case object(any TemplateContext.Type)
    /// A section repeats its contents with each element as the context.
    case list(any TemplateContext.Type)
}

/// The fields of one context type, with how to read each and what it holds.
struct TemplateFields<Context>: Sendable {
    struct Field: Sendable {
        let name: String
        let shape: TemplateShape
        let read: @Sendable (Context) -> Any?
    }

    /// How warnings name the context: "a page".
    let noun: String
    /// Few per context, so a scan compares as few strings as a `switch` would, and hashes none.
    private let list: [Field]

    init(_ noun: String, _ fields: [Field]) {
        self.noun = noun
        list = fields
    }

    func value(of name: String, in context: Context) -> Any? {
        for field in list where field.name == name { return field.read(context) }
        return nil
    }

    func shape(of name: String) -> TemplateShape? {
        list.first { $0.name == name }?.shape
    }

    var names: [String] { list.map(\.name) }
}

// Each kind of field is made from a function of the field's own type, so the shape a
// template check assumes is the type the compiler checked.
extension TemplateFields.Field {
    /// A string; nil (an absent optional) makes a section skip it.
    static func text(_ name: String, _ read: @escaping @Sendable (Context) -> String?) -> Self {
        Self(name: name, shape: .text, read: { read($0).map(TemplateText.init) })
    }

    static func number(_ name: String, _ read: @escaping @Sendable (Context) -> Int) -> Self {
        Self(name: name, shape: .number, read: { read($0) })
    }

    static func flag(_ name: String, _ read: @escaping @Sendable (Context) -> Bool) -> Self {
        Self(name: name, shape: .flag, read: { read($0) })
    }

    static func object<Value: TemplateContext>(_ name: String, _ read: @escaping @Sendable (Context) -> Value?) -> Self {
        Self(name: name, shape: .object(Value.self), read: { read($0) })
    }

    static func list<Value: TemplateContext>(_ name: String, _ read: @escaping @Sendable (Context) -> [Value]) -> Self {
        Self(name: name, shape: .list(Value.self), read: { read($0) })
    }
}
