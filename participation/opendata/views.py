"""`/open-data`: the datasets with their licence and fields, streamed downloads (CSV and
JSON) and the DCAT-AP.de catalogue (Turtle, JSON-LD, RDF/XML)."""

import json
from collections.abc import Callable, Iterator

from flask import Blueprint, Response, abort, current_app, render_template, request

from participation.core.csv_export import BOM, csv_text
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


def in_parts(dataset: Dataset, write: Callable[[list, bool], str]) -> Iterator[str]:
    """The dataset batch by batch, each read in a request context of its own that is closed
    before the text is sent: nothing is held open while the client reads."""
    app, environ = current_app._get_current_object(), request.environ

    def parts() -> Iterator[str]:
        after: int | None = 0
        first = True
        while after is not None:
            with app.request_context(environ):
                rows, after = dataset.batch(after)
                text = write(rows, first)
            first = False
            yield text

    return parts()


def _csv_part(dataset: Dataset):
    header = [field.name for field in dataset.fields]

    def write(rows: list, first: bool) -> str:
        values = [dataset.values(row) for row in rows]
        return BOM + csv_text([header, *values]) if first else csv_text(values)

    return write


def _json_part(dataset: Dataset):
    """{"dataset": …, "license": …, "fields": …, "items": [ … ]}, written in parts (a part
    after the first follows a full one, so it continues the list with a comma)."""
    head = {
        "dataset": dataset.slug,
        "license": licence(),
        "fields": [{"name": f.name, "description": str(f.description)} for f in dataset.fields],
    }
    opening = json.dumps(head, ensure_ascii=False)[:-1] + ', "items": ['
    names = [field.name for field in dataset.fields]

    def write(rows: list, first: bool) -> str:
        items = ",\n".join(
            json.dumps(dict(zip(names, dataset.values(row), strict=True)), ensure_ascii=False)
            for row in rows
        )
        if first:
            return opening + "\n" + items
        return ",\n" + items if items else ""

    return write


@bp.get("/<slug>.<any(csv, json):extension>")
def download(slug: str, extension: str):
    dataset = DATASETS.get(slug) or abort(404)
    if extension == "csv":
        body = in_parts(dataset, _csv_part(dataset))
        mimetype = "text/csv"
    else:
        body = _closed(in_parts(dataset, _json_part(dataset)), "\n]}\n")
        mimetype = "application/json"
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{slug}.{extension}"'
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Link"] = f'<{licence()["url"]}>; rel="license"'
    return response


def _closed(parts: Iterator[str], ending: str) -> Iterator[str]:
    yield from parts
    yield ending


@bp.get("/catalog.<any(ttl, jsonld, rdf):extension>")
def catalog(extension: str):
    serialisation, mimetype = CATALOG_FORMATS[extension]
    body = catalog_graph().serialize(format=serialisation)
    response = Response(body, mimetype=mimetype)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
