"""The OpenAPI document is generated from the code and browsable without scripts."""

from flask import Flask


def test_openapi_document_describes_every_api_route(app: Flask, client):
    document = client.get("/api/v1/openapi.json").json
    assert document["openapi"] == "3.1.0"
    documented = {
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method in item
        if method != "parameters"
    }
    routes = {
        (method, rule.rule.replace("<int:", "{").replace("<", "{").replace(">", "}"))
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("api_")
        and rule.endpoint.split(".")[0] not in ("api_fallback", "api_docs", "api_tokens")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    assert routes == documented
    writes = [
        item[m]
        for item in document["paths"].values()
        for m in item
        if m not in ("get", "parameters")
    ]
    assert writes and all(operation["security"] == [{"bearerAuth": []}] for operation in writes)
    assert "bearerAuth" in document["components"]["securitySchemes"]


def test_docs_page_lists_operations_and_schemas(client):
    page = client.get("/api/docs")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert html.count("<script") == 1  # only the site's own script file, as on every page
    for text in ("POST /api/v1/roadmap/{item_id}/updates", "IdeaDetail", "/api/v1/openapi.json"):
        assert text in html
