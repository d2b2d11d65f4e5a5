"""The official sources Embargo can download: where each list is published and what a sane copy looks like.

Only :mod:`embargo.fetch` uses these URLs. The size bounds are sanity checks, not
expectations: ``min_bytes`` is far below any real release (it catches an empty
file, an error stub or a cut-off transfer) and ``max_bytes`` is a cap that stops
a runaway download long before it fills a disk.

Every base URL can be overridden: ``EMBARGO_SOURCE_BASE_URL`` (or ``--base-url``)
replaces the publisher's host with ``{base}/{source}/{file name}`` (a mirror or
a test server), and :func:`resolve_urls` also takes a per-source URL map.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from embargo.errors import FetchError

BASE_URL_ENV = "EMBARGO_SOURCE_BASE_URL"

KB = 1024
MB = 1024 * KB

OFAC_EXPORTS = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports"


@dataclass(frozen=True)
class SourceFile:
    """One file of an official source: the name it is saved under, its URL and its size bounds."""

    name: str
    url: str
    min_bytes: int
    max_bytes: int = 512 * MB
    #: An optional file (OFAC's comments file) may be missing upstream without failing the update.
    required: bool = True


@dataclass(frozen=True)
class OfficialSource:
    """One official list: the source name it is stored under, its reader format and its files."""

    name: str
    title: str
    publisher: str
    format: str
    info_url: str
    files: tuple[SourceFile, ...]


SOURCES: dict[str, OfficialSource] = {
    s.name: s
    for s in (
        OfficialSource(
            name="ofac-sdn",
            title="OFAC Specially Designated Nationals and Blocked Persons (SDN) List",
            publisher="US Treasury, Office of Foreign Assets Control",
            format="ofac-csv",
            info_url="https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists",
            files=(
                SourceFile("sdn.csv", f"{OFAC_EXPORTS}/SDN.CSV", min_bytes=200 * KB),
                SourceFile("alt.csv", f"{OFAC_EXPORTS}/ALT.CSV", min_bytes=50 * KB),
                SourceFile("add.csv", f"{OFAC_EXPORTS}/ADD.CSV", min_bytes=50 * KB),
                SourceFile(
                    "sdn_comments.csv", f"{OFAC_EXPORTS}/SDN_COMMENTS.CSV", min_bytes=1, required=False
                ),
            ),
        ),
        OfficialSource(
            name="ofac-cons",
            title="OFAC Consolidated (non-SDN) Sanctions List",
            publisher="US Treasury, Office of Foreign Assets Control",
            format="ofac-csv",
            info_url="https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists",
            files=(
                SourceFile("cons_prim.csv", f"{OFAC_EXPORTS}/CONS_PRIM.CSV", min_bytes=10 * KB),
                SourceFile("cons_alt.csv", f"{OFAC_EXPORTS}/CONS_ALT.CSV", min_bytes=1 * KB),
                SourceFile("cons_add.csv", f"{OFAC_EXPORTS}/CONS_ADD.CSV", min_bytes=1 * KB),
                SourceFile(
                    "cons_comments.csv", f"{OFAC_EXPORTS}/CONS_COMMENTS.CSV", min_bytes=1, required=False
                ),
            ),
        ),
        OfficialSource(
            name="un-sc",
            title="UN Security Council Consolidated List",
            publisher="United Nations Security Council",
            format="un-xml",
            info_url="https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list",
            files=(
                SourceFile(
                    "consolidated.xml",
                    "https://scsanctions.un.org/resources/xml/en/consolidated.xml",
                    min_bytes=200 * KB,
                ),
            ),
        ),
        OfficialSource(
            name="eu-fsf",
            title="EU Consolidated Financial Sanctions List (FSF)",
            publisher="European Commission, DG FISMA",
            format="eu-xml",
            info_url="https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions",
            files=(
                SourceFile(
                    "eu_fsf.xml",
                    # The token is the Commission's fixed public download token, not a credential.
                    "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content"
                    "?token=dG9rZW4tMjAxNw",
                    min_bytes=1 * MB,
                ),
            ),
        ),
        OfficialSource(
            name="uk-fcdo",
            title="UK Sanctions List (FCDO)",
            publisher="UK Foreign, Commonwealth & Development Office",
            format="uk-xml",
            info_url="https://www.gov.uk/government/publications/the-uk-sanctions-list",
            files=(
                SourceFile(
                    "UK-Sanctions-List.xml",
                    "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml",
                    min_bytes=1 * MB,
                ),
            ),
        ),
        OfficialSource(
            name="us-csl",
            title="US Consolidated Screening List (trade.gov)",
            publisher="US International Trade Administration",
            format="csl-csv",
            info_url="https://www.trade.gov/consolidated-screening-list",
            files=(
                SourceFile(
                    "consolidated.csv",
                    "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv",
                    min_bytes=20 * KB,
                ),
            ),
        ),
        OfficialSource(
            name="bis-dpl",
            title="BIS Denied Persons List",
            publisher="US Department of Commerce, Bureau of Industry and Security",
            format="dpl-txt",
            info_url="https://www.bis.gov/licensing/guidance-on-end-user-and-end-use-controls-and-us-person-controls/denied-persons-list",
            files=(SourceFile("dpl.txt", "https://www.bis.doc.gov/dpl/dpl.txt", min_bytes=20 * KB),),
        ),
    )
}


def get_source(name: str) -> OfficialSource:
    """The official source of that name; a clear error lists the known ones."""
    try:
        return SOURCES[name]
    except KeyError:
        raise FetchError(f"unknown source {name!r} (known: {', '.join(SOURCES)})") from None


def resolve_urls(
    source: OfficialSource,
    *,
    base_url: str | None = None,
    url_map: dict[str, str] | None = None,
) -> dict[str, str]:
    """The URL to download for each file of a source (file name -> URL).

    Precedence: ``url_map`` (keys ``source`` for a one-file source or ``source/file``),
    then ``base_url`` or ``$EMBARGO_SOURCE_BASE_URL`` (``{base}/{source}/{file}``),
    then the official URL.
    """
    base = base_url if base_url is not None else os.environ.get(BASE_URL_ENV) or None
    urls: dict[str, str] = {}
    for file in source.files:
        url = file.url
        if base:
            url = f"{base.rstrip('/')}/{source.name}/{file.name}"
        if url_map:
            url = url_map.get(f"{source.name}/{file.name}", url)
            if len(source.files) == 1:
                url = url_map.get(source.name, url)
        urls[file.name] = url
    return urls
