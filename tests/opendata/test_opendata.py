"""Open data: downloads of public data only, safe CSV, JSON with licence and fields, and a
DCAT-AP.de catalogue with the properties portals require."""

import csv
import io
import json

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

from participation.extensions import db
from participation.moderation import actions
from participation.users.models import Role
from tests.factories import decide, make_idea, make_user

DCATDE_LICENCE = "http://dcat-ap.de/def/licenses/dl-by-de/2.0"


@pytest.fixture
def data(app):
    with app.app_context():
        citizen = make_user("clara@example.org")
        employee = make_user("emil@stadt-beispiel.de", roles=(Role.EMPLOYEE,))
        moderator = make_user("mona@stadt-beispiel.de", roles=(Role.MODERATOR,))
        public = decide(make_idea(citizen, '=HYPERLINK("http://evil") Bürgeramt'), moderator)
        decide(make_idea(employee, "Interne Idee Aktenplan", visibility="internal"), moderator)
        hidden = make_idea(citizen, "Versteckte Idee Spam")
        actions.hide(db.session.merge(hidden), db.session.merge(moderator), "Spam")
        db.session.commit()
        return public


def test_csv_downloads_are_safe_and_public_only(client, data):
    for slug in ("ideas", "decisions", "roadmap"):
        response = client.get(f"/open-data/{slug}.csv")
        assert response.status_code == 200 and response.mimetype == "text/csv"
        assert response.is_streamed
        raw = response.get_data()
        assert raw.startswith("\ufeff".encode())
        text = raw.decode("utf-8-sig")
        assert "Interne Idee" not in text and "Versteckte Idee" not in text
    ideas = list(
        csv.reader(
            io.StringIO(client.get("/open-data/ideas.csv").data.decode("utf-8-sig")), delimiter=";"
        )
    )
    assert ideas[0][:2] == ["reference", "title"]
    assert [row[1] for row in ideas[1:]] == ['\'=HYPERLINK("http://evil") Bürgeramt']
    decisions = client.get("/open-data/decisions.csv").data.decode("utf-8-sig")
    assert "Begründung des Rates." in decisions and data.reference in decisions


def test_json_download_has_licence_and_field_descriptions(client, data):
    document = json.loads(client.get("/open-data/decisions.json").data)
    assert document["license"]["url"] == DCATDE_LICENCE
    assert "Namensnennung" in document["license"]["name"]
    assert {field["name"] for field in document["fields"]} >= {"reference", "outcome", "body"}
    assert all(field["description"] for field in document["fields"])
    assert [item["reference"] for item in document["items"]] == [data.reference]
    assert json.loads(client.get("/open-data/ideas.json").data)["items"][0]["supports"] == 0
    assert client.get("/open-data/nothing.csv").status_code == 404


def test_downloads_read_in_batches(app, client, monkeypatch):
    from participation.opendata import datasets

    monkeypatch.setattr(datasets, "BATCH", 2)
    with app.app_context():
        author = make_user("viel@example.org")
        for number in range(5):
            make_idea(author, f"Idee {number}")
    rows = client.get("/open-data/ideas.csv").data.decode("utf-8-sig").splitlines()
    assert len(rows) == 6 and rows[0].startswith("reference;")
    document = json.loads(client.get("/open-data/ideas.json").data)
    assert len(document["items"]) == 5  # 2 + 2 + 1: the parts join to valid JSON
    monkeypatch.setattr(datasets, "BATCH", 5)
    assert len(json.loads(client.get("/open-data/ideas.json").data)["items"]) == 5


def test_the_page_lists_datasets_licence_and_catalogue(client, data):
    page = client.get("/open-data").get_data(as_text=True)
    for text in ("/open-data/ideas.csv", "/open-data/decisions.json", "/open-data/catalog.ttl"):
        assert text in page
    assert DCATDE_LICENCE in page


DCATDE = "http://dcat-ap.de/def/dcatde/"


# rdflib's JSON-LD parser still uses its own deprecated ConjunctiveGraph.
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_catalogue_has_the_required_dcat_ap_de_properties(client, data):
    response = client.get("/open-data/catalog.ttl")
    assert response.mimetype == "text/turtle"
    graph = Graph().parse(data=response.get_data(as_text=True), format="turtle")
    catalogs = list(graph.subjects(RDF.type, DCAT.Catalog))
    assert len(catalogs) == 1
    catalog = catalogs[0]
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.publisher, DCAT.dataset):
        assert graph.value(catalog, prop) is not None, prop
    assert graph.value(graph.value(catalog, DCTERMS.publisher), FOAF.name) is not None
    datasets = list(graph.objects(catalog, DCAT.dataset))
    assert len(datasets) == 3
    for dataset in datasets:
        assert (dataset, RDF.type, DCAT.Dataset) in graph
        for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.publisher, DCAT.contactPoint):
            assert graph.value(dataset, prop) is not None, (dataset, prop)
        distributions = list(graph.objects(dataset, DCAT.distribution))
        assert len(distributions) == 2
        for distribution in distributions:
            assert (distribution, RDF.type, DCAT.Distribution) in graph
            assert graph.value(distribution, DCAT.accessURL) is not None
            assert graph.value(distribution, DCTERMS.license) == URIRef(DCATDE_LICENCE)
            assert graph.value(distribution, URIRef(DCATDE + "licenseAttributionByText"))
            assert graph.value(distribution, DCTERMS.format) is not None
            url = str(graph.value(distribution, DCAT.downloadURL)).removeprefix("http://localhost")
            assert client.get(url).status_code == 200
    for extension, fmt in (("jsonld", "json-ld"), ("rdf", "xml")):
        other = Graph().parse(data=client.get(f"/open-data/catalog.{extension}").data, format=fmt)
        assert len(other) == len(graph)
