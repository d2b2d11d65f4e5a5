"""POST /news/analyze on a real server with the real news articles (read from the shared data)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from embargo.store import Store
from embargo.store.audit import iter_records, verify_chain

pytest.importorskip("embargo.news.pipeline")


@pytest.mark.slow
def test_analyze_real_articles(http: httpx.Client, test_data: Path, store_path: Path) -> None:
    articles = sorted((test_data / "news" / "articles").glob("*"))[:2]
    items = [{"id": a.stem, "text": a.read_text(encoding="utf-8", errors="replace")} for a in articles]
    response = http.post("/news/analyze", json={"items": items})
    assert response.status_code == 200, response.text
    report = response.json()
    assert isinstance(report, dict) and report
    store = Store.open(store_path)
    assert verify_chain(store).ok
    assert {r.channel for r in iter_records(store)} <= {"news"}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"items": []}, 422),
        ({"items": [{"id": "a"}]}, 422),
        ({"items": [{"id": "a", "text": 5}]}, 422),
        ({"items": [{"id": f"a{i}", "text": "x"} for i in range(6)]}, 413),
        ({"items": [{"id": "a", "text": "x" * 70_000}]}, 413),
    ],
)
def test_bad_news_requests(client: TestClient, body: dict, status: int) -> None:
    response = client.post("/news/analyze", json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"]["status"] == status


def test_news_needs_a_key(client: TestClient) -> None:
    response = client.post(
        "/news/analyze", json={"items": [{"id": "a", "text": "x"}]}, headers={"Authorization": ""}
    )
    assert response.status_code == 401
