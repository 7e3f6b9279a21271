StudySiteSearch.group(1,{"t":"About","u":"about.html","r":[["","See the intro and the section page."]]});
