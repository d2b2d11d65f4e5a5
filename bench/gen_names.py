"""Generate N realistic, seeded batch-screening rows (people and companies) as CSV or JSON lines.

With Faker available (the benchmark venv, ``.venv-bench``) the names come from
bench/perturb.py's ``generate_non_listed``: people and companies from many cultures and
scripts. Without Faker a simple seeded generator composes names from small pools of given
names, family names and company words, so the batch benchmark also runs in Embargo's own venv.
Some rows get a birth date and a country, as a customer file would.

    .venv-bench/bin/python bench/gen_names.py --n 100000 --seed 0 --out bench/out/names-100000.csv
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_GIVEN = _words(
    """
James Maria Mohammed Olga Wei Aiko Carlos Fatima Ivan Priya Jean Amina Luca Sofia Ahmed Elena
Hiroshi Chen Ngozi Pedro Anna Omar Yusuf Mei Dmitri Leila Thomas Ana Kofi Sara Mehmet Zainab Pablo
Irina Rahul Hana Tariq Ingrid Min-jun Lucia Abdul Natalia Jose Aisha Kenji Marta Farid Svetlana Ali
Daniel
"""
)
_FAMILY = _words(
    """
Smith Garcia Wang Kim Ivanov Muller Rossi Silva Khan Nguyen Okafor Tanaka Hernandez Petrova Haddad
Novak Kowalski Yilmaz Popescu Jensen Dubois Moreno Sato Park Rahman Chowdhury Cohen Fischer Costa
Mendes Kuznetsov Ali Hassan Lopez Gonzalez Martin Schmidt Ferrari Andersen Horvat Papadopoulos
Mensah Abubakar Sharma Patel Zhang Liu Takahashi Romero Volkov Shevchenko Nasser Karimi
"""
)
_COMPANY_WORDS = _words(
    """
Global Northern Pacific Atlas Summit Harbor Crescent Green Silver Eastern Union Prime Delta Apex
Trading Logistics Shipping Energy Metals Textiles Foods Holdings Capital Systems Industrial
Engineering Pharma Agro Marine Mining Consulting Electronics Software Aviation Chemicals
"""
)
_FORMS = ("Ltd", "LLC", "GmbH", "S.A.", "AG", "Inc.", "PLC", "B.V.", "S.r.l.", "OOO", "JSC", "Co., Ltd.")
_COUNTRIES = ("us", "gb", "de", "fr", "cn", "ru", "tr", "ae", "in", "br", "ng", "ir", "jp", "mx", "it")


def _pool_names(n: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for _ in range(n):
        if rng.random() < 0.4:
            words = rng.sample(_COMPANY_WORDS, rng.choice((1, 2, 2, 3)))
            stem = rng.choice(_FAMILY) + " " if rng.random() < 0.4 else ""
            out.append((f"{stem}{' '.join(words)} {rng.choice(_FORMS)}", "Company"))
        else:
            given = rng.choice(_GIVEN)
            if rng.random() < 0.25:
                given += " " + rng.choice(_GIVEN)
            out.append((f"{given} {rng.choice(_FAMILY)}", "Person"))
    return out


def generate_names(n: int, seed: int = 0) -> tuple[list[tuple[str, str]], str]:
    """``n`` (name, schema) pairs and the name of the generator used ("faker" or "pools")."""
    sys.path.insert(0, str(BENCH_DIR))
    try:
        import faker  # noqa: F401

        from perturb import generate_non_listed
    except ImportError:
        return _pool_names(n, seed), "pools"
    finally:
        sys.path.remove(str(BENCH_DIR))
    rows = [(name, schema) for name, schema, _ in generate_non_listed(n, seed)]
    if len(rows) < n:  # Faker ran out of distinct names: top up from the pools
        rows.extend(_pool_names(n - len(rows), seed))
    return rows, "faker"


def generate_rows(n: int, seed: int = 0) -> tuple[list[dict[str, str]], str]:
    """``n`` batch rows (id, name, type, dob, country) and the generator used."""
    names, generator = generate_names(n, seed)
    rng = random.Random(seed + 1)
    rows = []
    for i, (name, schema) in enumerate(names, start=1):
        dob = ""
        if schema == "Person" and rng.random() < 0.5:
            dob = f"{rng.randint(1940, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        country = rng.choice(_COUNTRIES) if rng.random() < 0.5 else ""
        rows.append({"id": f"R{i:07d}", "name": name, "type": schema, "dob": dob, "country": country})
    return rows, generator


def write_rows(rows: list[dict[str, str]], path: Path) -> None:
    """Write rows as CSV, or JSON lines for a .jsonl path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix in (".jsonl", ".ndjson"):
        with path.open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        return
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "name", "type", "dob", "country"])
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """Write the rows; prints the generator used on stderr."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    rows, generator = generate_rows(args.n, args.seed)
    write_rows(rows, args.out)
    print(json.dumps({"rows": len(rows), "generator": generator, "out": str(args.out)}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
