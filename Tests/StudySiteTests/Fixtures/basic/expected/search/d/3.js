StudySiteSearch.group(3,{"t":"Routing","u":"networking/routing.html","r":[["",""],["Route tables","Routes send traffic. See IP addresses."]]});
