"""Arabic normalisation and cleaning rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.text import clean_line, clean_text, fingerprint, name_key, normalize, tokens


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        ("الْخِلَافَةُ", "الخلافه"),  # tashkeel
        ("الخـــلافة", "الخلافه"),  # tatweel
        ("أعلنت إعلان آخر ٱلله", "اعلنت اعلان اخر الله"),  # alef forms
        ("مسؤول مسئول", "مسوول مسيول"),  # hamza carriers
        ("المملكة المملكه", "المملكه المملكه"),  # taa marbuta
        ("فى على", "في علي"),  # alef maqsura
        ("ی ک ۀ", "ي ك ه"),  # Persian letters
        ("٢٠٢٦ ۱۴۳۶", "2026 1436"),  # Arabic-Indic and Persian digits
        ("\u200fسوريا\u200e\u202bا\u202c\ufeff", "سوريا" + "ا"),  # bidi and BOM
        ("دير\u00a0الزور", "دير الزور"),  # NBSP
        ("ﺍﻟﻌﺮﺏ", "العرب"),  # presentation forms
        ("Reuters AFP", "reuters afp"),
    ],
)
def test_spelling_variants_fold_to_one_form(variant: str, plain: str) -> None:
    assert normalize(variant) == plain


def test_tokens_drop_punctuation() -> None:
    assert tokens("«الباغوز تحررت»، والنصر!") == ["الباغوز", "تحررت", "والنصر"]


def test_fingerprint_ignores_spelling_but_not_words() -> None:
    a = fingerprint(normalize("أعلنت قوات سوريا، السبت."))
    assert a == fingerprint(normalize("اعلنت قواتُ سوريا السبت"))
    assert a != fingerprint(normalize("أعلنت قوات العراق السبت"))
    assert fingerprint("ab", "c") != fingerprint("a", "bc")


def test_name_key_collapses_space() -> None:
    assert name_key("  السياسة \u00a0 الدولية ") == "السياسه الدوليه"


def test_cleaning_keeps_what_a_reader_sees() -> None:
    assert clean_text("\r\nسطر\r\n\r\nسطر\u0000\u0007 \ud83d ") == "سطر\n\nسطر \ufffd"
    assert clean_line("عنوان\nفي\tسطرين  مع\u00a0مسافات") == "عنوان في سطرين  مع\u00a0مسافات"


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(st.text())
def test_cleaned_text_is_always_storable(text: str) -> None:
    cleaned = clean_text(text)
    cleaned.encode("utf-8")
    assert "\x00" not in cleaned
    assert "\n" not in clean_line(text)
