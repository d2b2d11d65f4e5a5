"""GET /health, GET /lists and GET /entities/{entity_id}."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse

from embargo import __version__
from embargo.api.auth import require_key
from embargo.api.errors import ApiError, responses
from embargo.api.models import EntityOut, HealthOut, ListsOut
from embargo.store import Store
from embargo.store.keys import ApiKey

router = APIRouter()


def _store(request: Request) -> Store:
    return request.app.state.store


@router.get("/health", response_model=HealthOut, tags=["meta"], responses=responses(503))
def health(request: Request) -> JSONResponse:
    """Liveness: answers without an API key; ``lists`` is the number of lists loaded."""
    count = len(_store(request).current_snapshots())
    return JSONResponse({"status": "ok", "version": __version__, "lists": count})


@router.get("/lists", response_model=ListsOut, tags=["lists"], responses=responses(401, 503))
def lists(request: Request, key: ApiKey = Depends(require_key)) -> JSONResponse:
    """Every list in the store: its current version and its earlier versions."""
    store = _store(request)
    out = []
    for snap in store.current_snapshots():
        history = [
            {
                "snapshot_id": s.id,
                "version": s.version,
                "loaded_at": s.loaded_at,
                "entity_count": s.entity_count,
            }
            for s in reversed(store.snapshots(snap.source))
            if s.id != snap.id
        ]
        out.append(
            {
                "source": snap.source,
                "version": snap.version,
                "snapshot_id": snap.id,
                "published": snap.published,
                "format": snap.format,
                "loaded_at": snap.loaded_at,
                "checked_at": snap.checked_at,
                "entity_count": snap.entity_count,
                "counts_by_schema": snap.counts_by_schema,
                "history": history,
            }
        )
    return JSONResponse({"lists": out})


@router.get(
    "/entities/{entity_id}", response_model=EntityOut, tags=["lists"], responses=responses(401, 404, 422, 503)
)
def entity(
    request: Request,
    entity_id: str = Path(max_length=300, description="An entity_id from a screening result"),
    snapshot_id: int | None = Query(None, ge=1, le=2**62, description="A given list version; default newest"),
    key: ApiKey = Depends(require_key),
) -> JSONResponse:
    """One listed entity: its full record, the list version it comes from, and who links to it."""
    record = _store(request).entity_record(entity_id, snapshot_id)
    if record is None:
        where = f" in snapshot {snapshot_id}" if snapshot_id is not None else ""
        raise ApiError(404, f"no entity {entity_id!r}{where}")
    snap = record.snapshot
    return JSONResponse(
        {
            "entity": record.entity.to_dict(),
            "snapshot": {
                "snapshot_id": snap.id,
                "version": snap.version,
                "loaded_at": snap.loaded_at,
                "entity_count": snap.entity_count,
            },
            "source": snap.source,
            "current": record.current,
            "linked_from": [
                {"entity_id": eid, "caption": caption, "kind": kind}
                for eid, caption, kind in record.linked_from
            ],
        }
    )
