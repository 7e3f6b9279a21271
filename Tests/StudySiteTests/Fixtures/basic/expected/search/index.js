StudySiteSearch.index({"terms":["/24"],"groups":4});
