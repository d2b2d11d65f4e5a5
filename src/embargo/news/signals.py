"""Sanctions-risk signals: sentences classified by cue families, with negation and hedging.

Each signal type is a family of cue patterns written for the ways news reports the
thing (inflections included), not for particular articles. Around a cue:

* negation ("did not impose", "has never supplied") cancels the cue;
* hedging or futurity ("may", "could", "considering", "threatened", "possible") turns
  a designation into a ``sanctions_threat``, while allegations stay allegations;
* a denial is its own type and does not cancel the allegation it denies, since an
  analyst wants both the allegation and the denial.

A sentence may carry several types. Actors are the parties written before the cue
(or after "by" in a passive), targets those after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from embargo.news.attribution import find_attribution
from embargo.news.model import Mention, Signal, SignalParty


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_SANCTION = r"sanction(?:s|ed|ing)?|penalt(?:y|ies)|blacklist(?:ed|s|ing)?|asset freezes?"
_MEASURE = rf"(?:{_SANCTION}|restrictions?|curbs?|embargo(?:es)?|export controls?|price caps?|measures)"

CUES: dict[str, re.Pattern[str]] = {
    "designation": _rx(
        rf"\b(?:impos|slap|levi|levy|announc|unveil|introduc|adopt|approv|expand|extend|widen|tighten|plac|"
        rf"add|broaden)\w*\b[^.;]{{0,60}}?\b(?:{_SANCTION})\b[^.;]{{0,30}}?\b(?:on|against|targeting)\b",
        rf"\b(?:{_SANCTION})\b[^.;]{{0,25}}?\b(?:were|was|have been|has been|had been|are|is|being|now)?\s*"
        r"(?:imposed|announced|placed|levied|unveiled|adopted|introduced|approved|slapped)\b",
        # Verb use only: "sanctioned two firms", "was designated"; not "sanctioned banks" (an adjective).
        r"\b(?:was|were|been|being|is|are|has|have|had|it|they|he|she)\s+(?:\w+\s+)?(?:sanctioned|designated|"
        r"blacklisted)\b",
        r"\b(?:sanctioned|designated|blacklisted)\s+(?:the|a|an|its|his|her|their|two|three|four|five|six|seven|"
        r"eight|nine|ten|several|dozens|more|over|about|nearly|\d+|(?-i:[A-Z]))",
        r"\b(?:target\w*|hit|hits|punish\w*)\b[^.;]{0,60}?\bwith (?:\w+ ){0,2}(?:sanctions|asset freezes)\b",
        r"\bsanctions?\s+(?:on|against)\b[^.;]{0,40}\b(?:took effect|came into force|came into effect)\b",
        r"\badded\b[^.;]{0,60}\b(?:sanctions list|sdn list|specially designated nationals|blacklist)\b",
        r"\b(?:under|subject to|hit by|targeted by|faces|facing) (?:\w+ ){0,3}(?:sanctions|asset freezes?)\b",
        r"\b(?:froze|frozen|freezing|freezes)\b[^.;]{0,40}\bassets\b",
    ),
    "sanctions_threat": _rx(
        rf"\b(?:threat\w*|warn\w*|vow\w*|pledg\w*|promis\w*)\b[^.;]{{0,80}}?\b(?:{_SANCTION}|consequences|"
        r"costs|price|measures|retaliat\w*|punish\w*|repercussions)\b",
        r"\b(?:face|faces|facing|risk|risks|risking)\b[^.;]{0,30}?\b(?:consequences|costs|sanctions|penalties|"
        r"repercussions|punishment)\b",
        r"\b(?:possible|potential|new|further|additional|secondary|fresh|more|coordinated|tougher|future)\s+"
        r"(?:\w+\s+){0,2}(?:sanctions|penalties)\b",
        rf"\b(?:consider\w*|weigh\w*|prepar\w*|plan\w*|propos\w*|draft\w*|mull\w*|discuss\w*|seek\w*|"
        rf"push\w* for|call\w* for|urg\w*)\b[^.;]{{0,50}}?\b(?:{_SANCTION})\b",
        # A modal verb alone is not a threat ("will avoid defying the sanctions"): it must govern a
        # sanctioning action.
        r"\b(?:ready to|could|may|might|would|will|shall)\s+(?:\w+\s+){0,3}?(?:impose|slap|levy|introduce|"
        r"adopt|announce|expand|extend|tighten|escalate|widen|sanction|blacklist|designate|target|hit|"
        r"punish|penali[sz]e|cut\s+\w+\s+off)\b",
        r"\b(?:serious|severe|grave|significant|exorbitant)\s+(?:consequences|costs|repercussions)\b",
        r"\b(?:ready to|could|may|might|would|will|threat\w*|prepar\w*|consider\w*)\b[^.;]{0,40}?"
        r"\b(?:further|new|additional|more|tougher|punitive)\s+(?:\w+\s+)?(?:measures|steps|penalties)\b",
    ),
    "evasion_allegation": _rx(
        rf"\b(?:evad\w*|evasion|circumvent\w*|bypass\w*|skirt\w*|dodg\w*|sidestep\w*|flout\w*|bust\w*|"
        rf"violat\w*|breach\w*|undermin\w*)\b[^.;]{{0,60}}?\b{_MEASURE}",
        rf"\b{_MEASURE}[^.;]{{0,10}}(?:-|\s)(?:evasion|busting|dodging|circumvention|violations?|loopholes?)\b",
        rf"\b(?:get|getting|gets|got|work|working|works|worked) around\b[^.;]{{0,60}}?\b{_MEASURE}",
        rf"\b(?:workaround|loophole|lifeline|backdoor|back door)s?\b[^.;]{{0,60}}?\b{_MEASURE}",
        rf"\b(?:soften|cushion|blunt|offset|weather|ease|absorb|compensate)\w*\b[^.;]{{0,60}}?\b"
        rf"(?:blow|impact|effects?|consequences|losses|pain)?[^.;]{{0,30}}?\b{_MEASURE}",
        r"\b(?:front|shell|intermediary|third-country) (?:companies|company|firms|firm|entities)\b",
        r"\bthird-country intermediar\w*|\bintermediar(?:y|ies) in third countries\b",
        r"\b(?:ship-to-ship|transshipp?\w*|re-export\w*|reexport\w*|spoof\w*|dark fleet|shadow fleet|"
        r"falsif\w* (?:documents|records|paperwork)|disguis\w* the (?:origin|destination))\b",
    ),
    "military_support_allegation": _rx(
        r"\b(?:suppl\w*|provid\w*|send\w*|sent|deliver\w*|ship\w*|transfer\w*|sell\w*|sold|arm\w*|"
        r"furnish\w*|assist\w*|help\w*|give|gave|giving|offer\w*|request\w*|ask\w*|sought|seek\w*|buy\w*|"
        r"bought|acquir\w*|procur\w*|obtain\w*|import\w*|receiv\w*)\b[^.;]{0,80}?\b(?:weapons?|weaponry|arms|"
        r"munitions?|ammunition|drones?|missiles?|artillery|shells|rockets|tanks|fighter jets|warplanes|"
        r"lethal aid|military (?:aid|assistance|support|equipment|hardware|supplies|technology|components)|"
        r"(?:material|lethal) support)\b",
        r"\b(?:weapons?|arms|munitions?|ammunition|drones?|missiles?|artillery shells)\b[^.;]{0,40}?\b"
        r"(?:deliveries|shipments|transfers|supplies|sales)\b",
        r"\bmilitary (?:aid|assistance|support)\b",
        r"\b(?:weapons?|weaponry|arms|munitions?|ammunition|drones?|missiles?|artillery|shells|rockets|tanks)\b"
        r"[^.;]{0,20}?\b(?:were|was|are|is|been|being)\s+(?:\w+\s+)?(?:delivered|supplied|shipped|sent|"
        r"transferred|sold|smuggled|provided)\b",
    ),
    "export_control": _rx(
        r"\bexport (?:controls?|restrictions?|curbs?|bans?|licen[cs]es?|licen[cs]ing|blacklist)\b",
        r"\bentity list\b",
        r"\b(?:restrictions?|curbs?|bans?|banned|limits?|controls?) (?:on|of) (?:the )?(?:\w+ ){0,3}"
        r"exports?\b",
        r"\bexports? (?:of|to)\b[^.;]{0,60}?\b(?:banned|prohibited|restricted|barred|halted|blocked|"
        r"curbed)\b",
        r"\b(?:banned|barred|prohibited|blocked|restricted)\b[^.;]{0,40}?\b(?:from (?:buying|acquiring|"
        r"importing|obtaining|exporting)|exports?|imports?)\b",
        r"\b(?:trade|technology|tech) (?:restrictions|curbs|controls|bans)\b",
        r"\bdual-use\b",
        r"\b(?:controls?|restrictions?|curbs?|bans?) on (?:\w+ ){0,2}(?:chips?|semiconductors?|"
        r"microelectronics|machine tools|technolog\w*|components|equipment)\b",
        r"\b(?:ban|bans|banned|banning|prohibit\w*|restrict\w*|halt\w*|block\w*) (?:the |all )?exports?\b",
        r"\b(?:chips?|semiconductors?|microelectronics|machine tools|advanced technolog\w*)\b[^.;]{0,60}?\b"
        r"(?:restrict\w*|ban\w*|curb\w*|licen[cs]\w*|control\w*|prohibit\w*|cut off)\b",
    ),
    "financial_restriction": _rx(
        r"\bswift\b",
        r"\bcut(?:ting|s)? (?:\w+ ){0,3}off from\b[^.;]{0,50}?\b(?:dollar|euro|financ\w*|bank\w*|payments?|"
        r"markets?|swift|credit|capital)\b",
        r"\b(?:froze|frozen|freez\w*|immobili[sz]\w*|seiz\w*|block\w*)\b[^.;]{0,40}?\b(?:reserves|"
        r"accounts|funds|deposits|holdings)\b",
        r"\bcorrespondent (?:bank\w*|accounts?)\b",
        r"\b(?:reserves|accounts|funds|deposits|holdings)\b[^.;]{0,30}?\b(?:frozen|immobili[sz]ed|seized|"
        r"blocked)\b",
        r"\b(?:bar|bars|barred|ban|bans|banned|prohibit\w*)\b[^.;]{0,50}?\bfrom (?:buying|holding|trading|"
        r"investing in|purchasing)\b[^.;]{0,30}?\b(?:debt|bonds|shares|securities|stocks)\b",
        r"\b(?:visa|mastercard|american express|unionpay|card networks?|payment (?:systems?|networks?))\b",
        r"\b(?:barred|banned|excluded|shut out|locked out|cut off)\b[^.;]{0,50}?\b(?:financial system|"
        r"banking system|capital markets?|dollar|debt|bond markets?|payments?|transactions)\b",
        r"\b(?:ban|bans|prohibition|restrictions?) on (?:\w+ ){0,2}(?:transactions|dealings|investment|"
        r"lending|bonds|debt|deposits|payments)\b",
        r"\b(?:dollar|financial|banking|payment)-?(?:based|dominated)? (?:system|network)s?\b[^.;]{0,40}?"
        r"\b(?:access|exclud\w*|cut|bar\w*|lost|lose)\b",
        r"\b(?:lost|lose|losing|loses|denied|deny|denies)\s+access to\b[^.;]{0,40}?\b(?:dollar|financ\w*|"
        r"bank\w*|payment|markets?|capital)\b",
    ),
    "corporate_exit": _rx(
        r"\b(?:suspend\w*|halt\w*|paus\w*|exit\w*|withdr[ae]w\w*|pull\w* out|pull\w* back|leav\w*|left|"
        r"quit\w*|wind\w* down|wound down|clos\w*|shut\w*|divest\w*|stop\w*|ceas\w*|abandon\w*|retreat\w*|"
        r"scal\w* back|sell\w* (?:off|its|their)|sold (?:off|its|their))\b[^.;]{0,60}?\b(?:operations|"
        r"business|"
        r"businesses|market|stores|shops|restaurants|sales|production|services|activities|presence|stakes?|"
        r"plants?|factories|offices|branches|joint ventures?|subsidiar\w*|deliveries|shipments|projects?|"
        r"bookings|flights|orders)\b",
        r"\b(?:exit\w*|withdr[ae]w\w*|pull\w* out of|left|leav\w*|quit\w*)\s+(?:the\s+)?(?:russian|iranian|"
        r"belarusian|chinese|venezuelan|north korean|syrian)\s+market\b",
        r"\b(?:exodus|withdrawal|departure|exit) of (?:\w+ ){0,3}(?:companies|firms|brands|businesses|"
        r"multinationals|investors)\b",
    ),
    "denial": _rx(
        r"\b(?:den(?:y|ies|ied|ying|ial|ials)|reject\w*|dismiss\w*|refut\w*|rebuff\w*|disput\w*|"
        r"repudiat\w*|contest\w*)\b[^.;]{0,60}?\b(?:allegations?|accusations?|claims?|reports?|charges?|"
        r"suggestions?|assertions?|that|it|any|wrongdoing|involvement|role|the (?:reports?|claims?))\b",
        r"\b(?:baseless|groundless|unfounded|false|fabricat\w*|disinformation|misinformation|smear\w*|"
        r"slander\w*|lies|untrue|nonsense|absurd)\b[^.;]{0,40}?\b(?:said|says|called|calling|labell?ed|"
        r"labell?ing|described|describing|dismissed|insisted)\b",
        r"\b(?:called|calling|labell?ed|labell?ing|described|describing|branded|branding|dismissed)\b[^.;]{0,60}?"
        r"\b(?:baseless|groundless|unfounded|false|fabricat\w*|disinformation|misinformation|smear\w*|"
        r"lies|untrue|nonsense|absurd|malicious|slander\w*)\b",
        r"\b(?:accus\w*)\b[^.;]{0,40}?\b(?:creating|spreading|lying|fabricating|smear\w*)\b",
        r"\bdenies\b|\bdenied\b",
        r"\b(?:public|repeated|official|flat|strong)?\s*denials?\s+(?:from|by)\b",
        r"\b(?:allegations?|accusations?|claims?|reports?|charges?)\b[^.;]{0,20}?\b(?:were|was|are|is)\s+"
        r"(?:\w+\s+)?(?:baseless|groundless|unfounded|false|untrue|fabricated|lies|nonsense|absurd)\b",
    ),
}

_NEGATION = re.compile(
    r"\b(?:not|n['’]t|never|no|without|neither|nor|refus\w*|declin\w* to|ruled out|rule out|"
    r"stopped short of|has yet to|have yet to|had yet to)\b(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:may|might|could|would|will|shall|should|consider\w*|weigh\w*|threat\w*|warn\w*|possib\w*|"
    r"potential\w*|prepar\w*|plan\w*|propos\w*|seek\w*|sought|discuss\w*|mull\w*|if|unless|urg\w*|"
    r"call\w* for|push\w* for|draft\w*|ready|poised|expected to|likely|vow\w*|pledg\w*)\b",
    re.IGNORECASE,
)
_INNER_NEGATION = re.compile(r"\b(?:not|never|n['’]t)\b", re.IGNORECASE)
#: Types whose cue is cancelled by a negation right before it.
_NEGATABLE = frozenset(
    {
        "designation",
        "evasion_allegation",
        "military_support_allegation",
        "corporate_exit",
        "export_control",
        "financial_restriction",
    }
)


@dataclass(slots=True)
class SentenceSpan:
    """A sentence of the cleaned text with its character offsets."""

    text: str
    start: int
    end: int


def classify(sentence: str) -> dict[str, list[str]]:
    """The signal types of one sentence, each with the cue words that triggered it."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for kind, pattern in CUES.items():
        for match in pattern.finditer(sentence):
            if kind in _NEGATABLE and (
                _NEGATION.search(sentence[: match.start()]) or _INNER_NEGATION.search(match.group(0))
            ):
                continue
            spans.setdefault(kind, []).append((match.start(), match.end(), match.group(0)))
    evasion = spans.get("evasion_allegation", [])
    for kind in ("export_control", "financial_restriction", "designation"):
        # "circumvent export controls": the measure is what is evaded, not a new measure.
        kept = [c for c in spans.get(kind, []) if not any(c[0] < e[1] and e[0] < c[1] for e in evasion)]
        if kind in spans:
            spans[kind] = kept
            if not kept:
                del spans[kind]
    found = {kind: [c[2] for c in cues] for kind, cues in spans.items()}
    if "designation" in found:
        # Hedged or conditional designations are threats, not facts.
        hedged = any(_HEDGE.search(_before(sentence, cue)) for cue in found["designation"])
        if hedged:
            found.setdefault("sanctions_threat", []).extend(found.pop("designation"))
    if "sanctions_threat" in found and "designation" in found and not _HEDGE.search(sentence):
        # "imposed new sanctions" is a fact: the "new sanctions" cue alone is not a threat.
        del found["sanctions_threat"]
    bare_denied = "denial" in found and [c.lower() for c in found["denial"]] in (["denied"], ["denies"])
    # A bare "denied" is a denial only when someone denies something, not "denied access".
    if bare_denied and re.search(r"(?i)\bdenied (?:access|entry|visas?|permission|a licen[cs]e)\b", sentence):
        del found["denial"]
    return found


def _before(sentence: str, cue: str) -> str:
    """The clause up to and including a cue (where a hedge governing it would be written)."""
    index = sentence.find(cue)
    head = sentence[: index + len(cue)] if index >= 0 else sentence
    boundaries = [m.end() for m in _CLAUSE_END.finditer(head)]
    return head[boundaries[-1] :] if boundaries else head


_CLAUSE_END = re.compile(r"[;:]|[.!?][”\"]?\s+(?=[“\"]?[A-Z])(?<!\b[A-Z]\.\s)")


def detect_signals(sentences: list[SentenceSpan], mentions: list[Mention]) -> list[Signal]:
    """Signals of every sentence, with actors and targets linked to the article's mentions."""
    signals: list[Signal] = []
    for sent in sentences:
        kinds = classify(sent.text)
        if not kinds:
            continue
        attribution = find_attribution(sent.text)
        inside = [(i, m) for i, m in enumerate(mentions) if m.start >= sent.start and m.end <= sent.end]
        for kind, cues in kinds.items():
            cue_at = sent.start + max(sent.text.find(cues[0]), 0)
            actors, targets = _parties(sent, inside, cue_at, attribution)
            signals.append(
                Signal(
                    type=kind,
                    sentence=sent.text,
                    start=sent.start,
                    end=sent.end,
                    actors=actors,
                    targets=targets,
                    attribution=attribution,
                    cues=list(dict.fromkeys(cues)),
                )
            )
    return signals


def _parties(
    sent: SentenceSpan, inside: list[tuple[int, Mention]], cue_at: int, attribution: str | None
) -> tuple[list[SignalParty], list[SignalParty]]:
    """Actors (before the cue, or after "by") and targets (after the cue) among the sentence's mentions."""
    actors: list[SignalParty] = []
    targets: list[SignalParty] = []
    attribution_span = None
    if attribution:
        index = sent.text.rfind(attribution)
        if index >= 0:
            attribution_span = (sent.start + index, sent.start + index + len(attribution))
    seen: set[tuple[str, str]] = set()
    for index, mention in inside:
        if attribution_span and attribution_span[0] <= mention.start < attribution_span[1]:
            continue
        party = SignalParty(
            text=mention.canonical if mention.type == "person" else mention.text,
            mention=index,
            entity_ids=[m.entity_id for m in mention.matches],
        )
        preceded_by_by = sent.text[: mention.start - sent.start].rstrip().lower().endswith(" by")
        role = "actor" if mention.start < cue_at or preceded_by_by else "target"
        key = (role, party.text)
        if key in seen:
            continue
        seen.add(key)
        (actors if role == "actor" else targets).append(party)
    return actors, targets
