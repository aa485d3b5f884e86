"""`/api/docs`: the OpenAPI document as a readable page, rendered on the server (no scripts,
no assets from elsewhere), next to the machine-readable `/api/v1/openapi.json`."""

from flask import Blueprint, current_app, render_template

bp = Blueprint("api_docs", __name__, url_prefix="/api")
METHODS = ("get", "post", "put", "patch", "delete")


def openapi_document() -> dict:
    return current_app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()


def _schema_name(schema: dict | None) -> str | None:
    """The name of a referenced schema ("IdeaPage"), for a link to its description."""
    if not schema:
        return None
    ref = schema.get("$ref") or (schema.get("items") or {}).get("$ref")
    return ref.rsplit("/", 1)[-1] if ref else None


def operations(document: dict) -> list[dict]:
    found = []
    for path, methods in document.get("paths", {}).items():
        for method in METHODS:
            if method not in methods:
                continue
            operation = methods[method]
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            responses = []
            for code, response in operation.get("responses", {}).items():
                content = response.get("content", {}).get("application/json", {})
                responses.append(
                    {
                        "code": code,
                        "description": response.get("description", ""),
                        "schema": _schema_name(content.get("schema")),
                    }
                )
            found.append(
                {
                    "id": f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", ""),
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "tag": (operation.get("tags") or [""])[0],
                    "parameters": operation.get("parameters", []),
                    "body": _schema_name(body.get("schema")) if body else None,
                    "responses": responses,
                    "secured": bool(operation.get("security")),
                }
            )
    return found


def schema_properties(schema: dict) -> list[dict]:
    required = set(schema.get("required", []))
    rows = []
    for name, spec in schema.get("properties", {}).items():
        kind = spec.get("type") or ("object" if "$ref" in spec or "anyOf" in spec else "")
        if isinstance(kind, list):
            kind = " | ".join(kind)
        rows.append(
            {
                "name": name,
                "type": kind,
                "ref": _schema_name(spec) or _schema_name(next(iter(spec.get("anyOf", [])), None)),
                "required": name in required,
                "description": spec.get("description", ""),
                "enum": spec.get("enum") or (spec.get("items") or {}).get("enum"),
            }
        )
    return rows


@bp.get("/docs")
def docs():
    document = openapi_document()
    schemas = document.get("components", {}).get("schemas", {})
    return render_template(
        "api/docs.html",
        document=document,
        operations=operations(document),
        schemas={name: schema_properties(schema) for name, schema in sorted(schemas.items())},
    )
