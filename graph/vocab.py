"""Every RDF term esfgraph writes, defined once.

Terms of our own ontology live in `ESF`; a misspelt name raises at once instead of minting a
wrong IRI (the same idea as rdflib's DefinedNamespace with `_fail = True`). `tests/test_vocab.py`
checks that every term here is declared in `ontology/esf.ttl`.
"""

from __future__ import annotations

from pyoxigraph import NamedNode

ONTOLOGY_IRI = "https://w3id.org/esfgraph/ontology#"
DEFAULT_BASE_IRI = "https://w3id.org/esfgraph/id/"
NUTS_BASE = "http://data.europa.eu/nuts/code/"


class Namespace:
    """A closed namespace: attribute access returns a NamedNode for a declared term only."""

    def __init__(self, base: str, terms: str | None = None):
        self._base = base
        self._terms = frozenset(terms.split()) if terms is not None else None
        self._cache: dict[str, NamedNode] = {}

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, name: str) -> NamedNode:
        node = self._cache.get(name)
        if node is None:
            if self._terms is not None and name not in self._terms:
                raise AttributeError(f"{name!r} is not a term of <{self._base}>")
            node = self._cache[name] = NamedNode(self._base + name)
        return node

    @property
    def base(self) -> str:
        return self._base

    @property
    def nt(self) -> "_TextView":
        """The same terms as N-Triples text ("<iri>"), for code that writes N-Quads directly."""
        return _TextView(self)

    @property
    def terms(self) -> frozenset[str]:
        return self._terms or frozenset()


class _TextView:
    """Attribute access gives a declared term of the namespace as N-Triples text."""

    def __init__(self, ns: Namespace):
        self._ns = ns

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        text = f"<{self._ns[name].value}>"
        # Kept as a plain attribute: the next access does not come here (the mapping reads
        # these terms hundreds of thousands of times a build).
        setattr(self, name, text)
        return text


ESF_CLASSES = """
Project Organisation Municipality Region Agency University Company Union EmployerOrganisation
CoordinationAssociation FolkHighSchool NonProfit OtherOrganisation
Role Participation Collective Evidence SourceRecord SourceField UntypedValue ContactPoint PersonalData
Fund Programme ProgrammePeriod ProgrammeArea SpecificObjective InterventionType ESFRegion
BudgetStatistic
"""
ESF_INDIVIDUALS = """
OwnerRole PartnerRole FunderRole MentionedRole
ESF ESFPlus Period2007to2013 Period2014to2020 Period2021to2027
"""
ESF_PROPERTIES = """
diarienummer projectNumber totalBudget grantedSupport euCofinancingRate plannedParticipants
participants reportedParticipants owner ownerUnit partner funder mentions participation
fund programme programmePeriod programmeArea specificObjective interventionType esfRegion nuts2
country childPovertyTheme strategicImportance beneficiaryPostcode beneficiaryCity beneficiaryAddress
collective organisation role unit evidence confidence surface sentence startOffset endOffset rule
count memberKind area organisationNumber kommunkod lanskod legalName sourceFile sourceLine
contentHash sourceField key value reason cci code programmeAreaLabel totalCosts beneficiaryCountry
callIdentifier projectPhase nationalLevel
degree weightedDegree betweenness pagerank community component
projectCount ownedProjectCount partneredProjectCount statisticRegion startYear totalBudgetSum
grantedSupportSum statisticsHash
"""

ESF = Namespace(ONTOLOGY_IRI, ESF_CLASSES + ESF_INDIVIDUALS + ESF_PROPERTIES)

RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#", "label comment seeAlso")
XSD = Namespace(
    "http://www.w3.org/2001/XMLSchema#", "string integer decimal date boolean double dateTime"
)
SKOS = Namespace(
    "http://www.w3.org/2004/02/skos/core#",
    "prefLabel altLabel hiddenLabel notation Concept ConceptScheme broader inScheme topConceptOf "
    "hasTopConcept definition closeMatch broadMatch narrowMatch relatedMatch exactMatch"
)
DCTERMS = Namespace(
    "http://purl.org/dc/terms/", "identifier title description source created modified license type"
)
SCHEMA = Namespace(
    "https://schema.org/", "name startDate endDate contactPoint email telephone postalCode legalName"
)
ORG = Namespace(
    "http://www.w3.org/ns/org#",
    "Organization FormalOrganization OrganizationalUnit unitOf hasUnit identifier",
)
PROV = Namespace(
    "http://www.w3.org/ns/prov#",
    "Entity Activity Agent wasDerivedFrom wasGeneratedBy wasAttributedTo value",
)

PREFIXES = {
    "esf": ONTOLOGY_IRI,
    "rdf": RDF.base,
    "rdfs": RDFS.base,
    "xsd": XSD.base,
    "skos": SKOS.base,
    "dcterms": DCTERMS.base,
    "schema": SCHEMA.base,
    "org": ORG.base,
    "prov": PROV.base,
    "nuts": NUTS_BASE,
}
