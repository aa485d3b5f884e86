"""The DCAT-AP.de catalogue of the open datasets, for open-data portals (e.g. GovData) to
harvest: one dcat:Dataset per dataset, one dcat:Distribution per format, each with its
licence from the DCAT-AP.de licence vocabulary."""

from flask import current_app, url_for
from flask_babel import force_locale
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

from participation.core.localtime import today
from participation.opendata.datasets import DATASETS, Dataset, latest_change

DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
FILE_TYPE = Namespace("http://publications.europa.eu/resource/authority/file-type/")
DATA_THEME = Namespace("http://publications.europa.eu/resource/authority/data-theme/")
LANGUAGE = URIRef("http://publications.europa.eu/resource/authority/language/DEU")
FORMATS = {"csv": ("CSV", "text/csv"), "json": ("JSON", "application/json")}


def _absolute(endpoint: str, **values) -> URIRef:
    return URIRef(current_app.config["BASE_URL"] + url_for(endpoint, **values))


def _timestamp(moment) -> Literal:
    return Literal(moment.isoformat(), datatype=XSD.dateTime)


def _publisher(graph: Graph) -> URIRef:
    publisher = URIRef(current_app.config["BASE_URL"] + "/#publisher")
    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, FOAF.name, Literal(current_app.config["OPEN_DATA_PUBLISHER"])))
    return publisher


def _contact(graph: Graph) -> BNode:
    contact = BNode()
    graph.add((contact, RDF.type, VCARD.Organization))
    graph.add((contact, VCARD.fn, Literal(current_app.config["OPEN_DATA_PUBLISHER"])))
    graph.add((contact, VCARD.hasURL, URIRef(current_app.config["BASE_URL"] + "/")))
    return contact


def _add_dataset(graph: Graph, dataset: Dataset, publisher: URIRef, contact: BNode) -> URIRef:
    config = current_app.config
    node = _absolute("opendata.index", _anchor=dataset.slug)
    graph.add((node, RDF.type, DCAT.Dataset))
    graph.add((node, DCTERMS.identifier, Literal(str(node))))
    graph.add((node, DCTERMS.title, Literal(str(dataset.title), lang="de")))
    graph.add((node, DCTERMS.description, Literal(str(dataset.description), lang="de")))
    graph.add((node, DCTERMS.publisher, publisher))
    graph.add((node, DCAT.contactPoint, contact))
    graph.add((node, DCAT.theme, DATA_THEME.GOVE))
    graph.add((node, DCTERMS.language, LANGUAGE))
    graph.add((node, DCAT.landingPage, _absolute("opendata.index")))
    if config["OPEN_DATA_CONTRIBUTOR_ID"]:
        graph.add((node, DCATDE.contributorID, URIRef(config["OPEN_DATA_CONTRIBUTOR_ID"])))
    for keyword in dataset.keywords:
        graph.add((node, DCAT.keyword, Literal(keyword, lang="de")))
    modified = latest_change(dataset)
    if modified is not None:
        graph.add((node, DCTERMS.modified, _timestamp(modified)))
    for extension, (file_type, media_type) in FORMATS.items():
        url = _absolute("opendata.download", slug=dataset.slug, extension=extension)
        distribution = URIRef(f"{url}#distribution")
        graph.add((node, DCAT.distribution, distribution))
        graph.add((distribution, RDF.type, DCAT.Distribution))
        graph.add((distribution, DCTERMS.title, Literal(f"{dataset.title} ({file_type})")))
        graph.add((distribution, DCAT.accessURL, url))
        graph.add((distribution, DCAT.downloadURL, url))
        graph.add((distribution, DCTERMS.format, FILE_TYPE[file_type]))
        graph.add((distribution, DCAT.mediaType, Literal(media_type)))
        graph.add((distribution, DCTERMS.license, URIRef(config["OPEN_DATA_LICENSE_URL"])))
        graph.add(
            (
                distribution,
                DCATDE.licenseAttributionByText,
                Literal(config["OPEN_DATA_ATTRIBUTION"] or config["OPEN_DATA_PUBLISHER"]),
            )
        )
        if modified is not None:
            graph.add(
                (
                    distribution,
                    DCTERMS.modified,
                    Literal(modified.isoformat(), datatype=XSD.dateTime),
                )
            )
    return node


def catalog_graph() -> Graph:
    """The whole catalogue as an RDF graph (texts in German, the portals' language)."""
    graph = Graph()
    for prefix, namespace in (
        ("dcat", DCAT),
        ("dct", DCTERMS),
        ("foaf", FOAF),
        ("vcard", VCARD),
        ("dcatde", DCATDE),
    ):
        graph.bind(prefix, namespace)
    with force_locale("de"):
        catalog = _absolute("opendata.catalog", extension="ttl")
        publisher = _publisher(graph)
        contact = _contact(graph)
        graph.add((catalog, RDF.type, DCAT.Catalog))
        graph.add(
            (catalog, DCTERMS.title, Literal(current_app.config["OPEN_DATA_TITLE"], lang="de"))
        )
        graph.add(
            (
                catalog,
                DCTERMS.description,
                Literal(
                    "Offene Daten der Bürgerbeteiligung: Ideen, Beschlüsse und Fahrplan.",
                    lang="de",
                ),
            )
        )
        graph.add((catalog, DCTERMS.publisher, publisher))
        graph.add((catalog, DCTERMS.language, LANGUAGE))
        graph.add((catalog, FOAF.homepage, _absolute("opendata.index")))
        graph.add((catalog, DCTERMS.modified, Literal(today().isoformat(), datatype=XSD.date)))
        for dataset in DATASETS.values():
            graph.add((catalog, DCAT.dataset, _add_dataset(graph, dataset, publisher, contact)))
    return graph
