"""Finding bodies and their names: token patterns for names and bodies, the kinds of names a
pattern alone misses, and the unknown names read in lists, role phrases and grants (the
`esf_organisations` component in org_ruler.py puts them together)."""
