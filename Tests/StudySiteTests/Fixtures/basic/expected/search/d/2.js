StudySiteSearch.group(2,{"t":"IP Addresses","u":"networking/ip-addresses.html","r":[["","IPv4 and CIDR."],["CIDR notation","192.168.1.0/24 has 256 addresses. Back to the intro."]]});
