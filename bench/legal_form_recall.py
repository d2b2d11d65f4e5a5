"""Legal forms rigour lacks (Persian and Arabic ones and company words, Latin abbreviations):
listed names found without them, and non-listed companies written with them.

Iranian and Arab companies are listed with the legal form and the word for "company" of their
register, romanised ("SHERKAT SAHAMI KHASS KALA NAFT": Kala Naft, private joint-stock company;
"SHARIKAT AL-HARAM ..."; "MU'ASSASAT AL-HARAMAIN ..."; Lebanon's "S.A.L. (OFFSHORE)", the Gulf's
"W.L.L."; and Bulgarian, Japanese or South Asian companies are listed with forms rigour has in
Cyrillic only or not at all: "VABO-2005 EOOD", "NIPPON ACME K.K.", "AL QADIR (PVT) LTD."; Mexican,
Peruvian, Spanish, Serbian and Vietnamese ones with forms rigour lacks as the lists write them:
"EASY CASH S. DE R.L.", "AVIANDINA S.A.C.", "ARANEKS DOO", "CONG TY TNHH THINH CUONG"), and
screened as customers and counterparties write them: without those words ("Kala Naft") or with
English ones ("Kala Naft JSC"). This benchmark screens each listed organisation name of the
recall benchmark's lists that carries such words (found by the romanisations below, which are
test data, not the engine's rules) in both ways; and each listed organisation name ending in a
legal form rigour reads with the word "Company" instead ("TRANSADRIA LTD" as "TRANSADRIA
COMPANY"), as English speakers write a company. It reports:

- found first: the listed entry, or another carrying exactly the listed name, is the first
  match at the threshold;
- in the first ten: the listed entry is among the first ten matches.

With ``--non-listed-file`` (a TSV of ``bench/perturb.py generate --locales fa_IR,ar_SA,...``), it
also screens the Persian and Arabic company names there as generated and as their registers
write them ("شرکت ... (سهامی خاص)", "شركة ... ذ.م.م"), and counts the alerts.

    .venv/bin/python bench/legal_form_recall.py [--non-listed-file TSV] [--json OUT] [--shown N]
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from rigour.names import extract_org_types

sys.path.insert(0, str(Path(__file__).resolve().parent))
from listed_bench import (  # noqa: E402
    build_index,
    listed_entities,
    parse_arguments,
    recall_line,
    recall_summary,
    reported_alerts,
    screen_listed,
    write_report,
)

#: Romanised Persian and Arabic legal forms and company words as the lists write them, with an
#: English equivalent ("" for a word for company or institution, which the English query leaves out).
_FORMS: tuple[tuple[str, str], ...] = (
    (r"(?:ba\s+)?mas'?[uo]{1,2}l[iy]{1,3}at(?:-?e)?\s+mahd[ou]{1,2}d", "LLC"),
    (r"(?:dhat|zat)\s+(?:al-?)?mas'?[uo]{1,2}l[iy]{1,3}ah?\s+(?:al-?)?mahd[ou]{1,2}dah?", "LLC"),
    (r"sahami(?:-?y?e)?(?:\s+(?:khass?|khaas|aam|am|'am))?", "JSC"),
    (r"musahama[ht]?", "JSC"),
    (r"tazamoni", "General Partnership"),
    (r"ta'?avoni", "Cooperative"),
    # The Latin abbreviations of the Arab states' forms: Lebanon's S.A.L. (and its offshore
    # regime), the Gulf's W.L.L., Kuwait's K.S.C.C., Bahrain's B.S.C., Qatar's Q.P.S.C., P.S.C.
    (r"(?:off[\s-]?shore\s+)?s\.?a\.?l\.?(?:\s*[/(]?\s*off[\s-]?shore\)?)?", "JSC"),
    (r"w\.?l\.?l\.?", "LLC"),
    (r"k\.?s\.?c\.?(?:[cp]\.?)?|b\.?s\.?c\.?(?:\s*\(c\))?|q\.?p\.?s\.?c\.?|p\.?s\.?c\.?", "JSC"),
    # Forms in Latin letters rigour has only in Cyrillic or not at all, at the end of a name:
    # Bulgarian EOOD, EAD, AD, Macedonian DOOEL, Ukrainian PrAT, Japan's K.K., Indonesia's Tbk,
    # France's SASU; and South Asia's "(Pvt) Ltd" / "Private Limited" (for "Private Limited").
    (r"(?:e\.?o\.?o\.?d|d\.?o\.?o\.?e\.?l|sasu)\.?(?=[\s.)]*$)", "LLC"),
    (r"(?:e\.?a\.?d|(?<=\w\s)a\.?d|prat|k\.?k|tbk)\.?(?=[\s.)]*$)", "JSC"),
    (r"\(?\s*(?:pvt|private|smc-private)\.?\s*\)?\s*(?:ltd|limited)\.?", "Private Limited"),
    # Spanish America's forms with "de": Mexico's S. DE R.L. (of rural production, S.P.R.;
    # cooperative, S.C.), the S.A.B., S.A.P.I. and S.A.S. "DE C.V."; a civil association (A.C.);
    # Peru's S.A.C. and S.A.A., Venezuela's S.A.C.A.; Spain's S.L.
    (r"s\.?\s?(?:p\.?\s?r\.?\s?|c\.?\s?)?de\s?r\.?\s?l\.?(?:\s*,?\s*de\s+c\.?\s?v\.?)?", "LLC"),
    (r"s\.?a\.?(?:b|p\.?i|s)\.?\s*de\s+c\.?\s?v\.?", "SA"),
    (r"(?<=\w,\s)a\.c\.|(?<=\w\s)a\.c\.", "Association"),
    (r"s\.a\.c\.a\.|s\.?a\.?[ca]\.?(?=[\s.)]*$)", "SA"),
    (r"(?<=\w\s)s\.?l\.?(?:u\.?)?(?=[\s.)]*$)", "SL"),
    # The Balkans' d.o.o. without stops, before or after the name; Vietnam's forms without
    # diacritics; Denmark's and Norway's A/S.
    (r"(?<=\w\s)doo(?=\s*$|\s+\w+$)|^doo(?=\s)", "LLC"),
    (r"cong\s+ty\s+(?:tnhh|co\s+phan)", "Company Limited"),
    (r"(?<=\w\s)a/s(?=[\s.)]*$)", "AS"),
    (r"sherkat(?:-?e)?|sharika[ht]?|shirkat", ""),
    (r"mu'?assasa[th]?|mo'?asses+e?h?", ""),
)
_FORM_PATTERNS = tuple((re.compile(rf"(?<![\w'-])(?:{p})(?![\w'-])", re.IGNORECASE), e) for p, e in _FORMS)
_LEFT = re.compile(r"[A-Za-z]{3,}")
_EMPTY_ASIDE = re.compile(r"\(\s*\)")
_ORGANISATIONS = frozenset({"Company", "Organization", "LegalEntity"})
#: How the registers write a company name: Iran's (Persian) and the Arab states' (Arabic).
_REGISTER_STYLE = {"fa": "شرکت {} (سهامی خاص)", "ar": "شركة {} ذ.م.م"}


def without_forms(name: str) -> tuple[str, list[str]] | None:
    """The name without its forms rigour lacks, and their English equivalents (None: none)."""
    english: list[str] = []
    text = name
    for pattern, equivalent in _FORM_PATTERNS:
        text, count = pattern.subn(" ", text)
        if count and equivalent and equivalent not in english:
            english.append(equivalent)
    if text == name:
        return None
    text = " ".join(_EMPTY_ASIDE.sub(" ", text).strip(" ,-").split())
    return (text, english) if _LEFT.search(text) else None


def with_company_word(name: str) -> str | None:
    """The name with the legal form rigour reads at its end written as the word "Company" (None:
    no such form, or nothing before it)."""
    forms = extract_org_types(name)
    if not forms:
        return None
    form = forms[-1][0]
    stripped = name.rstrip(" .,)")
    if not stripped.upper().endswith(form.upper().rstrip(" .,)")):
        return None
    bare = stripped[: len(stripped) - len(form.rstrip(" .,)"))].rstrip(" ,-(")
    if not _LEFT.search(bare):
        return None
    return f"{bare} {'COMPANY' if name.isupper() else 'Company'}"


def listed_queries(entities: list) -> list[dict]:
    """The queries: a listed organisation name without its forms, with English ones, and with the
    word "Company" for the legal form it ends with."""
    queries = []
    for entity in entities:
        if entity.schema not in _ORGANISATIONS:
            continue
        for name in entity.names:
            base = {"listed": name.full, "entity_id": entity.entity_id, "schema": entity.schema}
            company = with_company_word(name.full)
            if company is not None:
                queries.append({**base, "kind": "company", "query": company})
            found = without_forms(name.full)
            if found is None:
                continue
            bare, english = found
            queries.append({**base, "kind": "without", "query": bare})
            queries.append({**base, "kind": "english", "query": " ".join([bare, *(english or ["Company"])])})
    return queries


def register_names(path: Path) -> dict[str, list[str]]:
    """The Persian and Arabic company names of a generated TSV, as generated and register-style."""
    names: dict[str, list[str]] = {"generated": [], "register": []}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            language = row["origin"][:2]
            if row["schema"] != "Company" or language not in _REGISTER_STYLE:
                continue
            names["generated"].append(row["name"])
            names["register"].append(_REGISTER_STYLE[language].format(row["name"]))
    return names


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its summary (and a JSON report with ``--json``)."""
    args = parse_arguments(__doc__.split("\n\n")[0], argv)
    entities, versions = listed_entities()
    queries = listed_queries(entities)
    if not queries:
        raise SystemExit("no listed names with legal forms rigour lacks: are the lists there?")
    index = build_index(entities, versions)
    summary: dict = {}
    for query in queries:
        found = screen_listed(
            index, query["query"], query["schema"], query["listed"], query["entity_id"], args.threshold
        )
        query.update(found)
    for kind, what in (
        ("without", "with forms rigour lacks, without them"),
        ("english", "with forms rigour lacks, english ones instead"),
        ("company", "ending in a legal form, the word Company instead"),
    ):
        done = [q for q in queries if q["kind"] == kind]
        summary[kind] = recall_summary(done)
        print(f"{len(done)} listed names {what}: " + recall_line(summary[kind]))
        for query in [q for q in done if not q["in10"]][: args.shown]:
            print(f"  missed: {query['query']} ({query['listed']}) -> {query['top'][:1]}")
    alerts: dict[str, list] = {}
    if args.non_listed_file:
        for style, names in register_names(args.non_listed_file).items():
            label = f"non-listed Persian and Arabic companies, {style}"
            alerts[style], summary[f"alerts_{style}"] = reported_alerts(
                index, names, "Company", args.threshold, label, args.shown
            )
    write_report(args.json, {"summary": summary, "queries": queries, "alerts": alerts})
    return 0


if __name__ == "__main__":
    sys.exit(main())
