"""Batch screening of CSV, JSON lines and Parquet files with a stand-in screener."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from embargo.batch import BatchOptions, run_batch
from embargo.batch.io import BatchInputError, read_output
from embargo.errors import EmbargoError, StoreError, ValidationError

from .helpers import LISTED, fake_factory, load_test_store, sample_rows, write_csv, write_jsonl


@pytest.fixture
def store():  # noqa: ANN201
    return load_test_store()


def run(store, input: Path, output: Path, **kwargs) -> object:  # noqa: ANN001, ANN003
    options = BatchOptions(input=input, output=output, **kwargs)
    return run_batch(options, store=store, factory=fake_factory)


@pytest.mark.parametrize("out_ext", ["csv", "jsonl", "parquet"])
def test_csv_in_every_format_out(store, tmp_path: Path, out_ext: str) -> None:
    rows = sample_rows(50)
    src = write_csv(tmp_path / "in.csv", rows)
    out = tmp_path / f"out.{out_ext}"
    summary = run(store, src, out, mapping=["id=client_id,name=full_name,dob=date_of_birth"], chunk_size=8)
    records = read_output(out)
    assert [r["row"] for r in records] == list(range(1, 51))
    assert [r["id"] for r in records] == [r["client_id"] for r in rows]
    matched = [r for r in records if r["status"] == "match"]
    assert len(matched) == 7 == summary.matched
    assert summary.no_match == 43 and summary.rejected == 0
    first = matched[0]
    assert first["match_count"] == len(first["matches"]) >= 1
    assert first["top_score"] == first["matches"][0]["score"] == 1.0
    m = first["matches"][0]
    assert {"entity_id", "source", "source_id", "name", "score", "explanation"} <= set(m)
    assert m["explanation"]["summary"]
    assert first["list_versions"][0]["source"] == "test-list"
    assert first["list_versions"][0]["version"] == "2026-01-01"
    no_match = next(r for r in records if r["status"] == "no_match")
    assert no_match["top_score"] is None and no_match["matches"] == [] and no_match["match_count"] == 0
    assert not (tmp_path / f"out.{out_ext}.checkpoint").exists()
    assert not (tmp_path / f"out.{out_ext}.rejects.csv").exists()


def test_jsonl_nested_and_parquet_input(store, tmp_path: Path) -> None:
    rows = [
        {"ref": "a1", "name": "Blue Harbour Shipping LLC", "type": "company", "ids": ["IMO 9999999"]},
        {"ref": "a2", "name": "Nobody Special", "type": "individual", "country": "France"},
    ]
    src = write_jsonl(tmp_path / "in.ndjson", rows)
    out = tmp_path / "out.jsonl"
    run(store, src, out)
    records = read_output(out)
    assert [r["id"] for r in records] == ["a1", "a2"]
    assert records[0]["status"] == "match" and records[1]["status"] == "no_match"
    assert isinstance(records[0]["matches"], list)  # nested, not a JSON string

    table = pa.table({"name": ["Mohammed Al-Rahman", "Someone Else"], "birth_date": [None, None]})
    pq.write_table(table, tmp_path / "in.parquet")
    out2 = tmp_path / "out2.csv"
    run(store, tmp_path / "in.parquet", out2, default_schema="Person")
    records = read_output(out2)
    assert [r["id"] for r in records] == ["1", "2"]  # no id column: the 1-based row number
    assert records[0]["status"] == "match"


def test_bom_semicolons_and_format_override(store, tmp_path: Path) -> None:
    src = tmp_path / "export.txt.data"
    src.write_bytes(
        "\ufeffNo;Party Name;Country\r\n1;Ivan Petrovich Sidorov;RU\r\n2;Jane Roe;GB\r\n".encode()
    )
    with pytest.raises(BatchInputError, match="--input-format"):
        run(store, src, tmp_path / "o.csv")
    out = tmp_path / "o.data"
    run(store, src, out, input_format="csv", output_format="jsonl", mapping=["id=No", "name=Party Name"])
    records = read_output(out, "jsonl")
    assert [(r["id"], r["status"]) for r in records] == [("1", "match"), ("2", "no_match")]


def test_bad_rows_go_to_the_reject_file(store, tmp_path: Path) -> None:
    huge = "A" * 1_000_000
    text = (
        "id,name,type\n"
        "1,Ivan Petrovich Sidorov,person\n"
        "2,,person\n"
        f"3,{huge},person\n"
        '4,"Bad "quote,person\n'
        "5,too,many,fields\n"
        "6,Some Body,spaceship\n"
        "7," + "B" * 400 + ",person\n"
        "8,Mohammed Al-Rahman,person\n"
    )
    src = tmp_path / "in.csv"
    src.write_text(text, encoding="utf-8")
    with src.open("ab") as handle:
        handle.write(b"9,Caf\xe9 Owner Latin1,person\n10,Jane Roe,person\n")
    out = tmp_path / "out.csv"
    summary = run(store, src, out)
    records = read_output(out)
    assert [r["id"] for r in records] == ["1", "8", "10"]
    rejects = read_rejects(tmp_path / "out.csv.rejects.csv")
    assert [r["row"] for r in rejects] == ["2", "3", "4", "5", "6", "7", "9"]
    reasons = {r["row"]: r["reason"] for r in rejects}
    assert "empty name" in reasons["2"]
    assert "1,000,000 characters" in reasons["3"]
    assert "malformed CSV" in reasons["4"]
    assert "4 fields where the header has 3" in reasons["5"]
    assert "unknown type 'spaceship'" in reasons["6"]
    assert "limit 300" in reasons["7"]  # the screener's own ValidationError
    assert "encoding" in reasons["9"]
    assert summary.rejected == 7 and summary.matched == 2 and summary.no_match == 1


def test_latin1_file_with_encoding_option(store, tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes("name\nCafé Owner\n".encode("latin-1"))
    out = tmp_path / "out.jsonl"
    run(store, src, out, encoding="latin-1")
    assert read_output(out)[0]["name"] == "Café Owner"


def test_bad_json_lines_are_rejected(store, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b'{"name": "Ivan Petrovich Sidorov"}\n'
        b"{not json\n"
        b"\n"
        b"[1, 2]\n"
        b'{"name": ["a", "b"]}\n'
        b'{"nom": "x"}\n'
        b'{"name": "caf\xe9"}\n'
        b'{"name": "Jane Roe"}\n'
    )
    out = tmp_path / "out.jsonl"
    summary = run(store, src, out)
    assert [r["row"] for r in read_output(out)] == [1, 7]
    reasons = [r["reason"] for r in read_rejects(tmp_path / "out.jsonl.rejects.csv")]
    assert len(reasons) == 5 and summary.rejected == 5
    assert "not valid JSON" in reasons[0]
    assert "not an object" in reasons[1]
    assert "list" in reasons[2]
    assert "no 'name' field" in reasons[3]
    assert "not valid utf-8" in reasons[4]


def test_missing_name_column_fails_before_starting(store, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", [{"id": "1", "company": "Blue Harbour"}])
    out = tmp_path / "out.csv"
    with pytest.raises(ValidationError, match="no name column.*'company'"):
        run(store, src, out)
    with pytest.raises(ValidationError, match="'full_name'.*not found"):
        run(store, src, out, mapping=["name=full_name"])
    with pytest.raises(ValidationError, match="unknown key 'nmae'"):
        run(store, src, out, mapping=["nmae=company"])
    assert not out.exists() and not (tmp_path / "out.csv.checkpoint").exists()


@pytest.mark.parametrize("content", [b"", b"name\n", b"\n\n"])
@pytest.mark.parametrize("out_ext", ["csv", "jsonl", "parquet"])
def test_empty_input_gives_empty_output(store, tmp_path: Path, content: bytes, out_ext: str) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes(content)
    out = tmp_path / f"out.{out_ext}"
    summary = run(store, src, out)
    assert summary.total_rows == 0
    assert out.exists() and read_output(out) == []


def test_unusable_inputs_and_options(store, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", [{"name": "x"}])
    with pytest.raises(BatchInputError, match="no such file"):
        run(store, tmp_path / "missing.csv", tmp_path / "o.csv")
    with pytest.raises(ValidationError, match="--limit"):
        run(store, src, tmp_path / "o.csv", limit=0)
    with pytest.raises(ValidationError, match="--threshold"):
        run(store, src, tmp_path / "o.csv", threshold=1.5)
    with pytest.raises(ValidationError, match="--type"):
        run(store, src, tmp_path / "o.csv", default_schema="Planet")
    with pytest.raises(ValidationError, match="must not be the input"):
        run(store, src, src)
    binary = tmp_path / "in2.csv"
    binary.write_bytes(b"\x00\x01\x02PK\x00" * 100)
    with pytest.raises(BatchInputError, match="binary"):
        run(store, binary, tmp_path / "o.csv")
    notparquet = tmp_path / "in.parquet"
    notparquet.write_text("name\nx\n")
    with pytest.raises(BatchInputError, match="Parquet"):
        run(store, notparquet, tmp_path / "o.csv")
    with pytest.raises(EmbargoError, match="unknown encoding"):
        run(store, src, tmp_path / "o.csv", encoding="klingon")


def test_empty_store_is_a_clear_error(tmp_path: Path) -> None:
    from embargo.store import Store

    src = write_csv(tmp_path / "in.csv", [{"name": "x"}])
    with pytest.raises(StoreError, match="no lists"):
        run_batch(
            BatchOptions(input=src, output=tmp_path / "o.csv"), store=Store.open(), factory=fake_factory
        )


def test_listed_names_are_not_missed(store, tmp_path: Path) -> None:
    rows = [{"name": name} for _, _, name in LISTED]
    out = tmp_path / "out.csv"
    run(store, write_csv(tmp_path / "in.csv", rows), out, limit=1)
    assert [r["status"] for r in read_output(out)] == ["match"] * 3


def read_rejects(path: Path) -> list[dict]:
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_unicode_names_survive_every_format(store, tmp_path: Path) -> None:
    rows = [{"name": "Иван Петрович Сидоров"}, {"name": "محمد الرحمن"}, {"name": "王小明 株式会社"}]
    for ext in ("csv", "jsonl", "parquet"):
        out = tmp_path / f"out.{ext}"
        run(store, write_jsonl(tmp_path / f"in-{ext}.jsonl", rows), out)
        assert [r["name"] for r in read_output(out)] == [r["name"] for r in rows]
    assert json.loads(json.dumps(read_output(tmp_path / "out.parquet")))


def test_unwritable_output_is_a_clear_error(store, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "in.csv", [{"name": "x"}])
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(EmbargoError, match="cannot write"):
        run(store, src, blocker / "out.csv")


def test_fast_result_dict_equals_to_dict(store) -> None:
    from embargo.batch.records import result_dict
    from embargo.batch.worker import ScreenSettings
    from embargo.model import Query

    settings = ScreenSettings(str(store.path), None, 10, 0.3, (), fake_factory)
    screen = fake_factory(settings)
    cache: dict = {}
    for query in (
        Query(name="Ivan Sidorov"),
        Query(name="Blue Harbour Shipping", schema="Company", country="gb", identifiers=["IMO 1", "X"]),
        Query(name="Mohammed Al Rahman", birth_date="1970"),
    ):
        result = screen(query)
        assert result_dict(result) == result.to_dict() == result_dict(result, cache)


def _faulty_factory(settings):  # noqa: ANN001, ANN202
    inner = fake_factory(settings)

    def screen(query):  # noqa: ANN001, ANN202
        if "Crash" in query.name:
            raise IndexError("string index out of range")
        return inner(query)

    return screen


def test_engine_fault_on_one_row_does_not_stop_the_run(store, tmp_path: Path) -> None:
    rows = [{"name": "Jane Roe"}, {"name": "Crash Test"}, {"name": "Ivan Petrovich Sidorov"}]
    out = tmp_path / "out.csv"
    summary = run_batch(
        BatchOptions(input=write_csv(tmp_path / "in.csv", rows), output=out),
        store=store,
        factory=_faulty_factory,
    )
    assert [r["row"] for r in read_output(out)] == [1, 3]
    assert summary.engine_errors == 1 and summary.rejected == 1
    assert "not screened" in summary.line()
    (reject,) = read_rejects(tmp_path / "out.csv.rejects.csv")
    assert reject["row"] == "2" and "engine error: IndexError" in reject["reason"]
