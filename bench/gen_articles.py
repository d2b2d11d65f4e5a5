"""Generate news-style articles from templates and a composed pool of names (for the throughput bench).

Usage: python bench/gen_articles.py OUT_DIR [--count 1000] [--seed 7]

Each article is a plain-text file with a headline, a dateline, six to twelve paragraphs
of templated sentences (sanctions, evasion, exits, denials and neutral filler), and,
for one article in five, site furniture (navigation, "See also" links, a footer) and a
near-duplicate copy, so cleaning and deduplication do real work. All names are invented.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

FIRST = [
    "Anna",
    "Boris",
    "Chen",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hassan",
    "Ivan",
    "Julia",
    "Kenji",
    "Leila",
    "Marco",
    "Nadia",
    "Oleg",
    "Priya",
    "Rashid",
    "Sofia",
    "Tomas",
    "Yusuf",
]
LAST = [
    "Abramov",
    "Baranov",
    "Castillo",
    "Delacroix",
    "Eriksen",
    "Fedorov",
    "Gallagher",
    "Haddad",
    "Ivanova",
    "Jansen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quintero",
    "Rahimi",
    "Sato",
]
ORG_STEMS = [
    "Northwind",
    "Blue Harbor",
    "Steppe",
    "Crescent",
    "Polar Star",
    "Silk Route",
    "Amber",
    "Ironbridge",
    "Meridian",
    "Golden Delta",
    "Kestrel",
    "Red Sea",
]
ORG_KINDS = [
    "Shipping Ltd.",
    "Trading LLC",
    "Bank",
    "Holdings",
    "Petroleum Company",
    "Logistics Group",
    "Electronics Corp.",
]
COUNTRIES = [
    "Russia",
    "Iran",
    "Belarus",
    "China",
    "Turkey",
    "India",
    "Kazakhstan",
    "Armenia",
    "the United Arab Emirates",
    "Venezuela",
    "Syria",
    "North Korea",
    "Georgia",
    "Malaysia",
]
AUTHORITIES = [
    "The Treasury Department",
    "The European Union",
    "Britain",
    "Canada",
    "Japan",
    "The State Department",
    "Australia",
    "Switzerland",
]
TITLES = [
    "Foreign Minister",
    "Finance Minister",
    "central bank governor",
    "chief executive",
    "spokesperson",
    "deputy prime minister",
    "trade envoy",
]

TEMPLATES = [
    "{auth} imposed sanctions on {org} on {day}, accusing it of shipping {goods} to {country}.",
    "{auth} said it could impose further sanctions on {org} if the shipments continued, {person} said.",
    "Investigators said {org} used front companies in {country} to evade sanctions on {country2}.",
    "{person}, the {title} of {country}, denied the allegations and called the report baseless.",
    "Officials said {country} had supplied drones and artillery shells to {country2} in recent months.",
    "{org} said it would suspend operations in {country} and sell its stake in a local joint venture.",
    "New export controls bar the sale of {goods} to companies in {country}, {auth} said in a statement.",
    "Several banks in {country} were cut off from SWIFT and lost access to dollar clearing.",
    "The {title} {person} met counterparts in {city} on {day} to discuss trade and investment.",
    "Analysts said the economy of {country} would grow by {n} percent this year despite the pressure.",
    "Shares in {org} fell {n} percent after the announcement, according to people familiar with the matter.",
    "{person} told reporters in {city} that the government would respond to any new measures.",
    "The ministry said talks with {country} on a new pipeline were making progress.",
    "Farmers in {country} protested over fuel prices, which have risen {n} percent since January.",
]
GOODS = [
    "machine tools",
    "semiconductors",
    "drone engines",
    "aircraft parts",
    "navigation modules",
    "crude oil",
]
CITIES = ["Geneva", "Vienna", "Dubai", "Istanbul", "Singapore", "Astana", "Baku", "Doha"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
FURNITURE_TOP = ["Home", "  • World", "  • Business", "  • Markets", "  • Opinion", "By Staff Reporter"]
FURNITURE_BOTTOM = [
    "Read more: Markets wrap for the week",
    "Most Popular",
    "Subscribe to our newsletter",
    "© 2024 Example Media Group. All rights reserved.",
    "Privacy Policy | Terms of Use",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _org(rng: random.Random) -> str:
    return f"{rng.choice(ORG_STEMS)} {rng.choice(ORG_KINDS)}"


def article(rng: random.Random) -> str:
    """One generated article as plain text."""
    fill = {
        "auth": rng.choice(AUTHORITIES),
        "org": _org(rng),
        "person": _person(rng),
        "country": rng.choice(COUNTRIES),
        "country2": rng.choice(COUNTRIES),
        "title": rng.choice(TITLES),
        "goods": rng.choice(GOODS),
        "city": rng.choice(CITIES),
        "day": rng.choice(DAYS),
    }
    headline = f"{fill['auth'].replace('The ', '')} targets {fill['org']} over {fill['goods']} shipments"
    paragraphs = []
    for _ in range(rng.randint(6, 12)):
        sentences = []
        for _ in range(rng.randint(2, 3)):
            local = dict(
                fill,
                n=rng.randint(1, 9),
                person=rng.choice([fill["person"], _person(rng)]),
                country2=rng.choice(COUNTRIES),
            )
            sentences.append(rng.choice(TEMPLATES).format(**local))
        paragraphs.append(" ".join(sentences))
    month = rng.choice(["March", "May", "June", "October"])
    body = [headline, f"{month} {rng.randint(1, 28)}, 2024", "", *[p + "\n" for p in paragraphs]]
    return "\n".join(body)


def generate(out: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` articles to ``out`` (about one in ten a boilerplate-wrapped copy of another)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    previous: str | None = None
    for i in range(count):
        if previous is not None and rng.random() < 0.1:
            text = "\n".join(FURNITURE_TOP) + "\n\n" + previous + "\n" + "\n".join(FURNITURE_BOTTOM)
        else:
            text = article(rng)
            if rng.random() < 0.2:
                text = "\n".join(FURNITURE_TOP) + "\n\n" + text + "\n" + "\n".join(FURNITURE_BOTTOM)
        previous = text
        path = out / f"gen_{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.out, args.count, args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
