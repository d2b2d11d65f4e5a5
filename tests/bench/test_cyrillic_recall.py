"""Tests for bench/cyrillic_recall.py: names of Arabic and Persian origin written as Russian writes them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH_DIR = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH_DIR))
from cyrillic_recall import to_cyrillic  # noqa: E402


@pytest.mark.parametrize(
    ("listed", "russian"),
    [
        ("HAQQANI, Sirajuddin", "Сираджуддин Хаккани"),  # the given name first; kh and h х, q к, j дж
        ("SIRAJUDDIN JALLALOUDINE HAQQANI", "Сираджуддин Джаллалудине Хаккани"),  # ou у
        ("Ayman al-Zawahiri", "Айман Аль-Завахири"),  # y after a vowel й, w в, the article аль-
        ("Yasin Emad", "Ясин Эмад"),  # ya я, an initial e э
        ("Khalid Sheikh Mohammed", "Халид Шейх Мохаммед"),  # sh ш, ei ей
        ("Umair Ibraaheem", "Умаир Ибрахим"),  # aa а, ee и
        ("Sa'ad al-Tikriti", "Саад Аль-Тикрити"),  # an apostrophe (ayn, hamza) left out
        ("YAHIA DJOUADI", "Яхиа Джуади"),  # dj дж
        ("ABDULLAH HAMZAH", "Абдулла Хамза"),  # no final h after a vowel
        ("Abu Bakr al Baghdadi", "Абу Бакр Аль Багдади"),  # the article apart
    ],
)
def test_a_listed_name_as_russian_writes_it(listed: str, russian: str) -> None:
    assert to_cyrillic(listed) == russian
