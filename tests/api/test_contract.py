"""The live app against its own OpenAPI document (schemathesis, property-based): no input
gives a server error, and every answer matches the schema documented for it. The number of
examples per operation is bounded so that the suite stays fast."""

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)

from tests.api.conftest import bearer

CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
EXAMPLES = 12


def test_api_keeps_its_contract(app, world):
    """Every operation, as the admin's token (every scope) so that writes reach the services."""
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    headers = bearer(world.tokens["admin"])
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 14

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def keeps_contract(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        keeps_contract()
    # And every read once on the objects that exist, whatever the examples above hit.
    known = {
        "reference": world.public,
        "item_id": world.public_item,
        "event_id": world.internal_event,
        "year": 2026,
    }
    for operation in operations:
        if operation.method != "get":
            continue
        names = [parameter.name for parameter in operation.path_parameters]
        query = {"q": "Idee"} if operation.path.endswith("/search") else None
        case = operation.Case(path_parameters={name: known[name] for name in names}, query=query)
        response = case.call_and_validate(headers=headers, checks=CHECKS)
        assert response.status_code == 200, (operation.path, response.status_code)
