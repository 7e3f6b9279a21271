// The keys the templates read from each context, without reflection (see `TemplateContext`).
// A key must be listed here to be visible to the templates.

extension LayoutContext: TemplateContext {
    func value(forKey key: String) -> Any? {
        switch key {
        case "site": site
        case "title": title
        case "documentTitle": documentTitle
        case "description": description
        case "root": root
        case "canonicalURL": canonicalURL
        case "navigation": navigation
        case "body": body
        default: nil
        }
    }
}

extension LayoutContext.SiteInfo: TemplateContext {
    func value(forKey key: String) -> Any? {
        switch key {
        case "title": title
        case "description": description
        case "author": author
        case "language": language
        case "search": search
        default: nil
        }
    }
}

extension NavigationContext: TemplateContext {
    func value(forKey key: String) -> Any? {
        switch key {
        case "home": home
        case "pages": pages
        case "sections": sections
        case "hasSections": hasSections
        default: nil
        }
    }
}

extension NavigationContext.Link: TemplateContext {
    func value(forKey key: String) -> Any? {
        switch key {
        case "title": title
        case "href": href
        default: nil
        }
    }
}

extension NavigationContext.SectionEntry: TemplateContext {
    func value(forKey key: String) -> Any? {
        switch key {
        case "title": title
        case "href": href
        case "isCurrent": isCurrent
        case "pages": pages
        default: nil
        }
    }
}

extension PageContext: TemplateContext {
    func value(forKey key: String) -> Any? {
        switch key {
        case "title": title
        case "summary": summary
        case "content": content
        case "toc": toc
        case "hasTOC": hasTOC
        case "previous": previous
        case "next": next
        case "root": root
        default: nil
        }
    }
}

extension PageContext.TOCEntry: TemplateContext {
    func value(forKey key: String) -> Any? {
        switch key {
        case "text": text
        case "id": id
        case "children": children
        case "hasChildren": hasChildren
        default: nil
        }
    }
}

extension PageContext.Neighbour: TemplateContext {
    func value(forKey key: String) -> Any? {
        switch key {
        case "title": title
        case "href": href
        default: nil
        }
    }
}

extension IndexContext: TemplateContext {
    func value(forKey key: String) -> Any? {
        switch key {
        case "title": title
        case "description": description
        case "groups": groups
        case "root": root
        default: nil
        }
    }
}

extension IndexContext.Entry: TemplateContext {
    func value(forKey key: String) -> Any? {
        switch key {
        case "title": title
        case "href": href
        case "summary": summary
        default: nil
        }
    }
}

extension IndexContext.Group: TemplateContext {
    func value(forKey key: String) -> Any? {
        switch key {
        case "title": title
        case "href": href
        case "entries": entries
        default: nil
        }
    }
}

extension NotFoundContext: TemplateContext {
    func value(forKey key: String) -> Any? {
        switch key {
        case "title": title
        case "home": home
        default: nil
        }
    }
}
