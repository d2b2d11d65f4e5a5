"""Property-based tests of the whole API from its own OpenAPI spec (schemathesis), bounded in size.

Every generated request, valid or not, must get a documented answer: never a 5xx, a status
the spec lists, a body that fits its schema. (schemathesis' pytest fixture loader does not
run under pytest 9, so the operations are driven through Hypothesis directly.)
"""

from __future__ import annotations

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings

from .conftest import Keys, engine_available

MAX_EXAMPLES = 25


def _operations(app: FastAPI) -> list[schemathesis.APIOperation]:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    if not engine_available():
        operations = [op for op in operations if not op.path.startswith(("/screen", "/match"))]
    return operations


@pytest.mark.slow
def test_api_conforms_to_its_spec(app: FastAPI, keys: Keys) -> None:
    operations = _operations(app)
    assert operations
    headers = {"Authorization": f"Bearer {keys.full}"}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=MAX_EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def check(case: schemathesis.Case) -> None:
            # Schema-valid queries the engine still refuses (a name of generic words only, an unknown
            # country name) get a documented 422, so "positive data acceptance" cannot hold.
            case.call_and_validate(
                headers=headers, excluded_checks=[schemathesis.checks.positive_data_acceptance]
            )

        check()


@pytest.mark.slow
def test_unauthenticated_requests_conform(app: FastAPI, keys: Keys) -> None:
    """Without a key every protected operation answers a documented 401."""
    for operation in _operations(app):
        path = operation.path

        @given(case=operation.as_strategy())
        @settings(
            max_examples=5,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def check(case: schemathesis.Case) -> None:
            case.headers = {
                k: v
                for k, v in (case.headers or {}).items()
                if k.lower() not in ("authorization", "x-api-key")
            }
            response = case.call()
            assert response.status_code < 500
            if path != "/health":  # noqa: B023 - check() runs inside this iteration
                assert response.status_code in (401, 404, 405, 413, 422), response.status_code

        check()
