"""Signals: cue families per type, negation and hedging, actors, targets and attribution."""

# ruff: noqa: E501 - composed article text is kept one paragraph per line

from __future__ import annotations

import json
from pathlib import Path

import pytest

from embargo.news.attribution import find_attribution
from embargo.news.model import SIGNAL_TYPES
from embargo.news.pipeline import analyze_texts
from embargo.news.signals import classify

LABELLED = Path(__file__).resolve().parents[2] / "bench" / "data" / "signals_labelled.jsonl"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Treasury imposed sanctions on two refineries in the port city on Monday.", "designation"),
        (
            "The ministry may impose sanctions on the refineries if the shipments continue.",
            "sanctions_threat",
        ),
        (
            "Investigators said the brokers helped the airline evade sanctions by leasing jets.",
            "evasion_allegation",
        ),
        (
            "Officials said the country had sent drones and artillery shells to the front.",
            "military_support_allegation",
        ),
        ("The government banned exports of dual-use electronics to the region.", "export_control"),
        ("The country's banks were cut off from SWIFT last year.", "financial_restriction"),
        ("The brewer suspended operations in the country and sold its plants.", "corporate_exit"),
        ("The ministry dismissed the allegations as baseless.", "denial"),
    ],
)
def test_each_type(sentence: str, expected: str) -> None:
    assert expected in classify(sentence)


def test_negation_and_hedging() -> None:
    assert "designation" not in classify("The agency has not imposed sanctions on the refinery.")
    assert "designation" not in classify("The government has never sanctioned a foreign bank.")
    hedged = classify("Washington could impose sanctions on the bank as early as next week.")
    assert "sanctions_threat" in hedged and "designation" not in hedged
    assert classify("Farmers protested outside parliament over fuel prices.") == {}
    # Denying an allegation keeps both: the analyst wants the allegation and the denial.
    both = classify("Tehran denied reports that it was selling drones to Moscow.")
    assert "denial" in both and "military_support_allegation" in both
    # An evaded measure is not a new measure.
    evaded = classify("Prosecutors say the firm helped clients circumvent export controls.")
    assert "evasion_allegation" in evaded and "export_control" not in evaded


def test_attribution() -> None:
    assert find_attribution("The bank was fined, four officials and other sources said.") == (
        "four officials and other sources"
    )
    assert find_attribution("“We will respond,” Foreign Ministry spokesperson Mao Ning said.") == (
        "Foreign Ministry spokesperson Mao Ning"
    )
    assert find_attribution(
        "The firm is weighing an exit, according to people familiar with the matter."
    ) == ("people familiar with the matter")
    assert find_attribution("The talks ended without a deal.") is None


def test_signals_in_an_article_have_actors_targets_and_attribution() -> None:
    text = (
        "Ports fine shipping agents\n\n"
        "The United States imposed sanctions on Example Shipping Ltd. on Tuesday for carrying Iranian oil, "
        "the Treasury Department said.\n\n"
        "Example Shipping Ltd. denied the allegations, calling them politically motivated."
    )
    report = analyze_texts([("x", text)], screen=False)
    signals = report.articles[0].signals
    designation = next(s for s in signals if s.type == "designation")
    assert any("United States" in a.text for a in designation.actors)
    assert any("Example Shipping" in t.text for t in designation.targets)
    assert designation.attribution == "the Treasury Department"
    assert all(p.mention is not None for p in designation.actors + designation.targets)
    denial = next(s for s in signals if s.type == "denial")
    assert any("Example Shipping" in a.text for a in denial.actors)


def test_labelled_set_is_large_balanced_and_valid() -> None:
    rows = [json.loads(line) for line in LABELLED.read_text("utf-8").splitlines() if line.strip()]
    assert len(rows) >= 150
    counts = {t: sum(t in r["labels"] for r in rows) for t in SIGNAL_TYPES}
    assert min(counts.values()) >= 15
    assert sum(not r["labels"] for r in rows) >= 15
    assert all(set(r["labels"]) <= set(SIGNAL_TYPES) and r["split"] in {"dev", "test"} for r in rows)
