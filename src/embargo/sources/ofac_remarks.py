"""OFAC remarks: the free-text field of the SDN and consolidated lists, turned into facts.

OFAC packs most of what it knows about an entry into one remarks string, clauses
separated by ``;``, each starting with a label::

    DOB 07 Oct 1952; POB Leningrad, Russia; nationality Russia; Passport 1084010 (Egypt)
    issued 23 Jun 1999 expires 05 Feb 2004; a.k.a. 'BNC'; Linked To: HIZBALLAH.

:func:`parse_remarks` splits the string (never inside parentheses), reads each clause
with the first handler that knows its label and keeps what none understands in
``remarks``. Identifier clauses are read generically: any ``<label> No./Number/#/ID
<value> (<country>) issued .. expires ..`` becomes an :class:`Identifier` whose kind
comes from the words of the label (:func:`identifier_kind`), ``"other"`` when no word
says more. ``alt.`` in front of a clause ("alt. DOB", "alt. Passport") means another
value of the same kind and is dropped.

:func:`parse_labelled` reads one clause given as label and value apart, as the
trade.gov Consolidated Screening List writes its ``ids`` column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from embargo.model import DateValue, Entity, Identifier, IdentifierKind, Link, Name
from embargo.sources.common import split_clauses
from embargo.sources.countries import country_code as _territory_code
from embargo.sources.dates import parse_date, parse_dates

__all__ = [
    "RemarkFacts",
    "country_code",
    "identifier_kind",
    "parse_labelled",
    "parse_remarks",
    "split_clauses",
]


@dataclass(slots=True)
class RemarkFacts:
    """What one remarks string states, in the vocabulary of :class:`~embargo.model.Entity`."""

    birth_dates: list[DateValue] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    citizenships: list[str] = field(default_factory=list)
    gender: str | None = None
    names: list[Name] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    properties: dict[str, list[str]] = field(default_factory=dict)
    remarks: list[str] = field(default_factory=list)

    def add_property(self, key: str, value: str | None) -> None:
        """Append a non-empty value to ``properties[key]`` once."""
        value = (value or "").strip()
        if value:
            values = self.properties.setdefault(key, [])
            if value not in values:
                values.append(value)

    def apply(self, entity: Entity) -> None:
        """Merge these facts into an entity, without duplicating what it already has."""
        entity.birth_dates.extend(d for d in self.birth_dates if d not in entity.birth_dates)
        _extend_unique(entity.birth_places, self.birth_places)
        _extend_unique(entity.nationalities, self.nationalities)
        _extend_unique(entity.citizenships, self.citizenships)
        if self.gender and not entity.gender:
            entity.gender = self.gender
        known_names = {(n.full.casefold(), n.kind) for n in entity.names}
        for name in self.names:
            if (name.full.casefold(), name.kind) not in known_names:
                entity.names.append(name)
                known_names.add((name.full.casefold(), name.kind))
        known_ids = {(i.kind, i.normalized) for i in entity.identifiers}
        for ident in self.identifiers:
            if (ident.kind, ident.normalized) not in known_ids:
                entity.identifiers.append(ident)
                known_ids.add((ident.kind, ident.normalized))
        entity.links.extend(self.links)
        for key, values in self.properties.items():
            for value in values:
                entity.add_property(key, value)
        _extend_unique(entity.remarks, self.remarks)


def _extend_unique(target: list[str], values: list[str]) -> None:
    for value in values:
        if value and value not in target:
            target.append(value)


def country_code(text: str | None) -> str | None:
    """A country name or code as ISO alpha-2, lower case; a region resolves to its country.

    rigour resolves some places to subdivisions ("Leningrad" -> "ru-spe"); a country
    field wants the country, so the part before the dash is kept.
    """
    code = _territory_code(text)
    if code and "-" in code:
        code = code.split("-", 1)[0]
    return code


# ---------------------------------------------------------------------------
# Splitting
# ---------------------------------------------------------------------------


_ALT_PREFIX = re.compile(r"^alt\.\s*", re.IGNORECASE)
#: A name that ends in dotted initials ("S.A. DE C.V.") keeps its last full stop.
_ABBREVIATION_END = re.compile(r"(?:^|[\s,])(?:[A-Za-z]\.){2,}$")
_NAME_CLAUSE = re.compile(
    r"^(?:alt\.\s*)?\(?(?:Linked To|Owned or Controlled By|[afn]\.k\.a\.)", re.IGNORECASE
)


# ---------------------------------------------------------------------------
# Identifier kinds from label words
# ---------------------------------------------------------------------------

#: Label words -> identifier kind, checked in order on the lower-cased label with dots
#: removed ("C.U.R.P." -> "curp"). Words are whole-word regular expressions.
_KIND_RULES: tuple[tuple[str, IdentifierKind], ...] = (
    (r"imo", "imo"),
    (r"mmsi", "mmsi"),
    (r"swift|bic|swift/bic", "swift_bic"),
    (r"legal entity number|lei", "lei"),
    (r"digital currency|crypto\w*|wallet", "crypto"),
    (r"call sign", "call_sign"),
    (r"aircraft (?:manufacturer'?s )?serial|msn|aircraft construction|aircraft serial", "aircraft_serial"),
    (r"tail number|aircraft registration", "aircraft_tail"),
    (r"passport|travel document", "passport"),
    (r"ssn|social security", "ssn"),
    (r"driver'?s? licen[cs]e|driving licen[cs]e", "driving_licence"),
    (
        r"tax|fiscal|vat|nit|rfc|ruc|rif|cuit|cuil|fein|ein|inn|tin|nuit|rtn|cif|kpp|itin|rsin|"
        r"tributari\w*|taxpayer",
        "tax_id",
    ),
    (r"vessel|company id", "registration"),
    (
        r"national id|national identification|identification|identity|id card|cedula|dni|curp|cui|"
        r"personal id|identidad|electoral|ife|nie|cnp|personal numerical code|national foreign id|"
        r"residen\w*|citizen'?s? card|refugee|tazkira|immigration|visa\w*|birth certificate|"
        r"credencial|cartilla|cuip|pinfl|nric|seafarer'?s?|id no|id number",
        "national_id",
    ),
    (
        r"regist\w*|company (?:number|id|no)|business (?:number|registration)|enterprise number|"
        r"chamber of comm\w*|mercantil|trade licen[cs]e|cr|c r|commercial|gazette|incorporation|"
        r"social credit|uscc|usccc|d-u-n-s|duns|branch unit|charity|licen[cs]e|kvk|okpo|ogrn|hrb|hra|"
        r"organi[sz]ation code|establishment|unified",
        "registration",
    ),
)
_KIND_PATTERNS = [(re.compile(rf"(?<![\w-])(?:{words})(?![\w-])"), kind) for words, kind in _KIND_RULES]


@lru_cache(maxsize=2048)
def identifier_kind(label: str) -> IdentifierKind:
    """The identifier kind a list's label stands for ("Cedula No." -> national_id), else "other"."""
    text = label.lower().replace(".", "")
    text = re.sub(r"\s+", " ", text)
    for pattern, kind in _KIND_PATTERNS:
        if pattern.search(text):
            return kind
    return "other"


# ---------------------------------------------------------------------------
# Identifier values: "<value> (<country>) issued <date> expires <date>"
# ---------------------------------------------------------------------------

_PAREN = re.compile(r"\(([^()]*)\)")
_HAS_DIGIT = re.compile(r"\d")
_NUMBER_WORD = re.compile(r"^(?:No\.?|Number|#)\s*:?\s*(?=\S*\d)")
_IMO_VALUE = re.compile(r"^IMO\s*(\d{7})$")
_DATE_NOTE = re.compile(
    r"[,;]?\s*\b(issued|expires|expired|expiring|expiration|valid until|issue date|date of issue)\b",
    re.IGNORECASE,
)


def _identifier(label: str, rest: str, kind: IdentifierKind | None = None) -> Identifier | None:
    """An identifier from its label and the text after it; None when there is no value."""
    notes: list[str] = []
    country: str | None = None
    match = _DATE_NOTE.search(rest)
    if match:
        notes.append(rest[match.start() :].strip(" ,;"))
        rest = rest[: match.start()]
    for inner in _PAREN.findall(rest):
        code = country_code(inner) if country is None else None
        if code:
            country = code
        else:
            notes.append(inner.strip())
    value = _PAREN.sub(" ", rest)
    value = " ".join(value.split()).strip(" ,;:#-")
    value = _NUMBER_WORD.sub("", value)
    if not value or not any(ch.isalnum() for ch in value):
        return None
    label = " ".join(label.split()).strip(" :")
    if kind is None:
        kind = identifier_kind(label)
    # "Company Number IMO 5055293", "Identification Number IMO 9116412": the value names its kind.
    imo = _IMO_VALUE.match(value)
    if imo:
        kind, value = "imo", imo.group(1)
    return Identifier(
        kind=kind, value=value, country=country, label=label or None, note="; ".join(notes) or None
    )


# ---------------------------------------------------------------------------
# Clause handlers
# ---------------------------------------------------------------------------

Handler = Callable[[RemarkFacts, "re.Match[str]", str], bool]


def _dob(facts: RemarkFacts, match: re.Match[str], clause: str) -> bool:
    dates = parse_dates(match["v"])
    facts.birth_dates.extend(d for d in dates if d not in facts.birth_dates)
    return bool(dates)


def _pob(facts: RemarkFacts, match: re.Match[str], clause: str) -> bool:
    place = match["v"].strip()
    if place and place not in facts.birth_places:
        facts.birth_places.append(place)
    return bool(place)


def _country_list(attribute: str) -> Handler:
    """Add the clause's country, as ISO code, to ``facts.<attribute>``; unknown countries fail."""

    def handler(facts: RemarkFacts, match: re.Match[str], clause: str) -> bool:
        code = country_code(match["v"])
        if code is None:
            return False
        target: list[str] = getattr(facts, attribute)
        if code not in target:
            target.append(code)
        return True

    return handler


def _gender(facts: RemarkFacts, match: re.Match[str], clause: str) -> bool:
    value = match["v"].strip().lower()
    if value not in {"male", "female"}:
        return False
    facts.gender = value
    return True


_AKA_KIND = {"a": "alias", "f": "formerly", "n": "alias"}


def _aka(facts: RemarkFacts, match: re.Match[str], clause: str) -> bool:
    raw = match["v"].strip()
    # OFAC quotes weak aliases in single quotes; names may hold apostrophes (AL QA'IDA).
    if raw.startswith("'") and raw.endswith("'") and len(raw) > 2:
        raw = raw[1:-1]
    raw = raw.strip().strip("'").strip()
    if not raw:
        return False
    facts.names.append(Name(full=raw, kind=_AKA_KIND[match["k"].lower()], quality="weak"))  # type: ignore[arg-type]
    return True


def _link(kind: str) -> Handler:
    def handler(facts: RemarkFacts, match: re.Match[str], clause: str) -> bool:
        target = match["v"].strip()
        if not target:
            return False
        facts.links.append(Link(kind=kind, target_name=target))  # type: ignore[arg-type]
        return True

    return handler


def _prop(key: str, whole: bool = False) -> Handler:
    """Store the value (or, with ``whole``, the full clause) under a property key."""

    def handler(facts: RemarkFacts, match: re.Match[str], clause: str) -> bool:
        value = clause if whole else match["v"]
        facts.add_property(key, value)
        return bool(value.strip())

    return handler


def _country_prop(key: str) -> Handler:
    """A property that names a country (vessel flags): stored as ISO code where known."""

    def handler(facts: RemarkFacts, match: re.Match[str], clause: str) -> bool:
        value = match["v"].strip()
        facts.add_property(key, country_code(value) or value)
        return bool(value)

    return handler


def _date_prop(key: str) -> Handler:
    def handler(facts: RemarkFacts, match: re.Match[str], clause: str) -> bool:
        value = match["v"].strip()
        date = parse_date(value)
        facts.add_property(key, date.start if date and date.precision != "range" else value)
        return bool(value)

    return handler


def _crypto(facts: RemarkFacts, match: re.Match[str], clause: str) -> bool:
    value = match["v"].strip()
    if not value:
        return False
    currency = match["c"].strip()
    facts.identifiers.append(
        Identifier(kind="crypto", value=value, label=f"Digital Currency Address - {currency}", note=currency)
    )
    return True


def _fixed_identifier(kind: IdentifierKind, need_digit: bool = False) -> Handler:
    def handler(facts: RemarkFacts, match: re.Match[str], clause: str) -> bool:
        if need_digit and not any(ch.isdigit() for ch in match["v"]):
            return False
        ident = _identifier(match["l"], match["v"], kind)
        if ident is None:
            return False
        facts.identifiers.append(ident)
        return True

    return handler


def _contact(key: str) -> Handler:
    def handler(facts: RemarkFacts, match: re.Match[str], clause: str) -> bool:
        value = match["v"].strip().strip(":").strip()
        facts.add_property(key, value)
        return bool(value)

    return handler


_V = r"[\s:]*(?P<v>.*)$"
_HANDLERS: list[tuple[str, re.Pattern[str], Handler]] = [
    ("d", re.compile(r"^DOB\b" + _V, re.I), _dob),
    ("db", re.compile(r"^(?:Date of Birth|Birth ?Date)\b" + _V, re.I), _dob),
    ("p", re.compile(r"^(?:POB|Place of Birth)\b" + _V, re.I), _pob),
    (
        "n",
        re.compile(r"^Nationality of Registration\b" + _V, re.I),
        _country_prop("nationality_of_registration"),
    ),
    ("n", re.compile(r"^nationality\b" + _V, re.I), _country_list("nationalities")),
    ("c", re.compile(r"^citizen(?:ship)?\b" + _V, re.I), _country_list("citizenships")),
    ("g", re.compile(r"^Gender\b" + _V, re.I), _gender),
    ("afn", re.compile(r"^(?P<k>[afn])\.k\.a\.?,?\s*(?P<v>.*)$", re.I), _aka),
    ("l", re.compile(r"^Linked To:?\s*(?P<v>.*)$", re.I), _link("linked_to")),
    ("o", re.compile(r"^Owned or Controlled By:?\s*(?P<v>.*)$", re.I), _link("owned_or_controlled_by")),
    (
        "t",
        re.compile(r"^Transactions Prohibited For\b" + _V, re.I),
        _prop("transactions_prohibited", whole=True),
    ),
    (
        "a",
        re.compile(r"^Additional Sanctions Information\s*-?" + _V, re.I),
        _prop("additional_sanctions_information"),
    ),
    ("s", re.compile(r"^Secondary sanctions risk\b" + _V, re.I), _prop("secondary_sanctions_risk")),
    (
        "e",
        re.compile(r"^Executive Order \d+ Directive Determination\b" + _V, re.I),
        _prop("directives", whole=True),
    ),
    ("ci", re.compile(r"^(?:CAATSA|IFCA)\b" + _V, re.I), _prop("sanctions_determinations", whole=True)),
    (
        "e",
        re.compile(r"^Executive Order \d+ (?:information|Directive Information)\b" + _V, re.I),
        _prop("sanctions_determinations", whole=True),
    ),
    (
        "lep",
        re.compile(r"^(?:Listing|Effective|Purchase/Sales For Divestment) Date\b" + _V, re.I),
        _prop("program_dates", True),
    ),
    (
        "o",
        re.compile(r"^Organization Established Date\b" + _V, re.I),
        _date_prop("organization_established_date"),
    ),
    ("o", re.compile(r"^Organization Type\b" + _V, re.I), _prop("organization_type")),
    ("t", re.compile(r"^Target Type\b" + _V, re.I), _prop("target_type")),
    ("a", re.compile(r"^Aircraft Model\b" + _V, re.I), _prop("aircraft_model")),
    ("a", re.compile(r"^Aircraft Manufacture Date\b" + _V, re.I), _date_prop("aircraft_manufacture_date")),
    ("a", re.compile(r"^Aircraft Operator\b" + _V, re.I), _prop("aircraft_operator")),
    ("fo", re.compile(r"^(?:Former|Other) Vessel Flag\b" + _V, re.I), _country_prop("former_vessel_flags")),
    ("v", re.compile(r"^Vessel Flag\b" + _V, re.I), _country_prop("vessel_flag")),
    ("ov", re.compile(r"^(?:Other )?Vessel Type\b" + _V, re.I), _prop("vessel_type")),
    ("v", re.compile(r"^Vessel Year of Build\b" + _V, re.I), _prop("vessel_year_built")),
    ("ov", re.compile(r"^(?P<l>(?:Other )?Vessel Call Sign)\b" + _V, re.I), _fixed_identifier("call_sign")),
    ("d", re.compile(r"^Digital Currency Address\s*-\s*(?P<c>[A-Za-z0-9]+)\s+(?P<v>\S+)\s*$", re.I), _crypto),
    ("sb", re.compile(r"^(?P<l>SWIFT/BIC|SWIFT|BIC)\b" + _V), _fixed_identifier("swift_bic")),
    ("m", re.compile(r"^(?P<l>MMSI)\b" + _V), _fixed_identifier("mmsi")),
    ("i", re.compile(r"^(?P<l>ISIN)\b" + _V), _fixed_identifier("other")),
    ("l", re.compile(r"^(?P<l>Legal Entity Number|LEI)\b" + _V, re.I), _fixed_identifier("lei")),
    (
        "*passport",
        re.compile(r"^(?P<l>[\w' ]*Passport(?: No\.?| Number)?)(?!\w)" + _V, re.I),
        _fixed_identifier("passport", True),
    ),
    (
        "pfa",
        re.compile(r"^(?P<l>(?:Previous |Former )?Aircraft Tail Number)\b" + _V, re.I),
        _fixed_identifier("aircraft_tail"),
    ),
    ("wu", re.compile(r"^(?:Website|Web site|URL)\b" + _V, re.I), _contact("websites")),
    ("hw", re.compile(r"^(?:https?://|www\.)\S+(?:\s*\(website\))?$", re.I), _prop("websites", whole=True)),
    ("e", re.compile(r"^E-?mail(?: Address)?\b" + _V, re.I), _contact("emails")),
    ("*@", re.compile(r"^\S+@\S+\.\w+(?:\s*\(email\))?$", re.I), _prop("emails", whole=True)),
    ("af", re.compile(r"^(?:Alt\. )?Fax(?: No\.?| Number)?\b" + _V, re.I), _contact("faxes")),
    ("atp", re.compile(r"^(?:Alt\. )?(?:Tele)?phone(?: No\.?| Number)?\b" + _V, re.I), _contact("phones")),
    ("e", re.compile(r"^Equity Ticker\b" + _V, re.I), _prop("equity_tickers")),
    ("i", re.compile(r"^Issuer Name\b" + _V, re.I), _prop("issuer_names")),
    ("c", re.compile(r"^Chinese Commercial Code\b" + _V, re.I), _prop("chinese_commercial_codes")),
    ("e", re.compile(r"^ethnicity\b" + _V, re.I), _prop("ethnicity")),
]


def _index_handlers() -> tuple[
    dict[str, list[tuple[re.Pattern[str], Handler]]], list[tuple[str, re.Pattern[str], Handler]]
]:
    """Handlers by the lower-case first letter of the clauses they read, and those tried by a hint."""
    by_letter: dict[str, list[tuple[re.Pattern[str], Handler]]] = {}
    by_hint: list[tuple[str, re.Pattern[str], Handler]] = []
    for keys, pattern, handler in _HANDLERS:
        if keys.startswith("*"):
            by_hint.append((keys[1:], pattern, handler))
            continue
        for letter in keys:
            by_letter.setdefault(letter, []).append((pattern, handler))
    return by_letter, by_hint


# Trying ~45 patterns on every clause is the reader's hot loop: dispatch on the first letter.
_BY_LETTER, _BY_HINT = _index_handlers()

#: Words that end an identifier label ("Cedula No.", "Registration Number", "NIT #").
_LABEL_END = (
    r"(?:No\.?|Nos\.?|Number|Num\.|#|ID|Code|Card|Certificate|Licen[cs]e|Permit|Document|Identification)"
    r"(?![\w'])"
)
#: The words of a label: each starts with a letter, so the label stops at the first number.
_LABEL_WORD = r"[A-Za-z][\w.'/&-]*(?:\s*\([A-Za-z. /-]{1,12}\))?"
_GENERIC_ID = re.compile(
    r"^(?P<l>(?:" + _LABEL_WORD + r"\s+){0,7}" + _LABEL_END + r"(?:\s*\([^()]{1,40}\))?)"
    r"\s*[:#]?\s*(?P<v>(?:[A-Z]{1,4}:?\s+)?[^\s(]*\d.*)$"
)
#: Dotted acronyms used as labels: "D.N.I. 78.865.882 (Spain)", "C.U.R.P. AIMM671...".
_ACRONYM_ID = re.compile(r"^(?P<l>(?:[A-Z]\.){2,}[A-Z]?\.?(?:\s*#)?)\s*(?P<v>\S*\d.*)$")
#: Short all-caps labels with a value that holds digits: "RFC CAVP-590612-AD1 (Mexico)", "RTN 0501...".
_CAPS_ID = re.compile(r"^(?P<l>[A-Z]{2,6}(?:\s*#)?)\s+(?P<v>\S*\d\S*(?:\s+\([^()]+\))?.*)$")
#: Any label followed by a value with digits and the issuing country in parentheses:
#: "Cartilla de Servicio Militar Nacional B4111940 (Mexico)".
_COUNTRY_ID = re.compile(
    r"^(?P<l>(?:" + _LABEL_WORD + r"\s+){1,8}?)(?P<v>[A-Za-z0-9][\w./-]*\d[\w./-]*\s*\((?P<c>[^()]+)\).*)$"
)


def _generic_identifier(facts: RemarkFacts, clause: str) -> bool:
    if not _HAS_DIGIT.search(clause):
        return False
    for pattern in (_GENERIC_ID, _ACRONYM_ID, _CAPS_ID, _COUNTRY_ID):
        match = pattern.match(clause)
        if not match:
            continue
        label = match["l"]
        if sum(ch.isalpha() for ch in label) < 2:
            continue  # "#2 in Special Security Organization" has no label
        if pattern is _CAPS_ID and identifier_kind(label) == "other" and "(" not in match["v"]:
            continue  # "HAMAS 2" is no identifier; a known acronym or a country makes it one
        if pattern is _COUNTRY_ID and country_code(match["c"]) is None:
            continue
        ident = _identifier(label, match["v"])
        if ident is None:
            continue
        facts.identifiers.append(ident)
        return True
    return False


def parse_clause(facts: RemarkFacts, clause: str) -> None:
    """Read one clause into ``facts``; what no handler understands goes to ``facts.remarks``."""
    clause = clause.strip()
    if not clause:
        return
    work = _ALT_PREFIX.sub("", clause) if clause[:4].lower() == "alt." else clause
    # The trade.gov CSL wraps some clauses in parentheses: "(Linked To: X)".
    if work.startswith("(") and work.endswith(")") and work.count("(") == 1:
        work = work[1:-1].strip()
    lowered = work.lower()
    for pattern, handler in _BY_LETTER.get(lowered[:1], ()):
        match = pattern.match(work)
        if match and handler(facts, match, work):
            return
    for hint, pattern, handler in _BY_HINT:
        if hint in lowered:
            match = pattern.match(work)
            if match and handler(facts, match, work):
                return
    if _generic_identifier(facts, work):
        return
    if clause not in facts.remarks:
        facts.remarks.append(clause)


def parse_remarks(text: str | None) -> RemarkFacts:
    """All facts an OFAC remarks string states (see the module docstring)."""
    facts = RemarkFacts()
    if not text:
        return facts
    text = text.strip()
    if not text or text == "-0-":
        return facts
    clauses = split_clauses(text)
    last = clauses[-1] if clauses else ""
    # The closing full stop of the whole string, unless it ends a party's name ("S.A. DE C.V.").
    if last.endswith(".") and not (_NAME_CLAUSE.match(last) and _ABBREVIATION_END.search(last)):
        clauses[-1] = last[:-1].rstrip()
    for clause in clauses:
        parse_clause(facts, clause)
    return facts


def parse_labelled(
    label: str, value: str, country: str | None = None, facts: RemarkFacts | None = None
) -> RemarkFacts:
    """Read one clause given as label and value apart ("Tax ID No.", "7744001497", "RU").

    The clause is put back into OFAC's own order (``label value (country)``) and read by
    the same handlers, so both lists give the same facts for the same wording.
    """
    facts = facts if facts is not None else RemarkFacts()
    label = " ".join(label.split())
    value = " ".join(value.split())
    if country:
        # OFAC's order: the country right after the value, before "issued ..."/"expires ...".
        match = _DATE_NOTE.search(value)
        head, tail = (value[: match.start()], value[match.start() :]) if match else (value, "")
        value = f"{head.rstrip()} ({country}){' ' + tail.strip() if tail else ''}"
    clause = f"{label} {value}".strip()
    parse_clause(facts, clause)
    return facts
