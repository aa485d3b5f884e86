"""`/open-data`: the datasets with their licence and fields, streamed downloads (CSV and
JSON) and the DCAT-AP.de catalogue (Turtle, JSON-LD, RDF/XML)."""

import json

from flask import Blueprint, Response, abort, current_app, render_template, stream_with_context

from participation.core.csv_export import csv_lines
from participation.opendata.catalog import catalog_graph
from participation.opendata.datasets import DATASETS, Dataset

bp = Blueprint("opendata", __name__, url_prefix="/open-data")
CATALOG_FORMATS = {
    "ttl": ("turtle", "text/turtle"),
    "jsonld": ("json-ld", "application/ld+json"),
    "rdf": ("xml", "application/rdf+xml"),
}


def licence() -> dict:
    config = current_app.config
    return {"name": config["OPEN_DATA_LICENSE"], "url": config["OPEN_DATA_LICENSE_URL"]}


@bp.get("")
def index():
    return render_template(
        "opendata/index.html",
        datasets=DATASETS.values(),
        licence=licence(),
        formats=("csv", "json"),
    )


def _json_lines(dataset: Dataset):
    """{"license": …, "fields": …, "items": [ … ]}, one item at a time."""
    head = {
        "dataset": dataset.slug,
        "license": licence(),
        "fields": [
            {"name": field.name, "description": str(field.description)} for field in dataset.fields
        ],
    }
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "items": ['
    names = [field.name for field in dataset.fields]
    for number, row in enumerate(dataset.rows()):
        item = dict(zip(names, dataset.values(row), strict=True))
        yield ("," if number else "") + "\n" + json.dumps(item, ensure_ascii=False)
    yield "\n]}\n"


@bp.get("/<slug>.<any(csv, json):extension>")
def download(slug: str, extension: str):
    dataset = DATASETS.get(slug) or abort(404)
    if extension == "csv":
        header = [field.name for field in dataset.fields]
        body = csv_lines(header, (dataset.values(row) for row in dataset.rows()))
        mimetype = "text/csv"
    else:
        body = _json_lines(dataset)
        mimetype = "application/json"
    response = Response(stream_with_context(body), mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{slug}.{extension}"'
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Link"] = f'<{licence()["url"]}>; rel="license"'
    return response


@bp.get("/catalog.<any(ttl, jsonld, rdf):extension>")
def catalog(extension: str):
    serialisation, mimetype = CATALOG_FORMATS[extension]
    body = catalog_graph().serialize(format=serialisation)
    response = Response(body, mimetype=mimetype)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
