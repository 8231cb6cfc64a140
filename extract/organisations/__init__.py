"""Who is who: the gazetteer of Swedish bodies, name keys, and the resolver that gives one
canonical `Org` per real body, however it is written."""
