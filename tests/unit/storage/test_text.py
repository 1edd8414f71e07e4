"""Arabic normalisation and cleaning rules."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.text import chars, clean_line, clean_text, fingerprint, name_key, normalize, tokens
from storage.text.normalize import spelled_and_folded, words_of
from storage.text.stem import bare_forms, clitic_forms, stem


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


@given(st.text())
def test_the_words_of_a_text_are_its_runs_of_letters_and_digits(text: str) -> None:
    """Whatever stands between them (spaces of every kind, punctuation, marks, controls) only
    parts them (the underscore stays inside a word, as in a regular expression's \\w)."""
    runs = itertools.groupby(text, key=lambda c: c.isalnum() or c == "_")
    assert words_of(text) == ["".join(run) for is_word, run in runs if is_word]


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


_ARABIC_WORD = st.text(
    alphabet=st.characters(min_codepoint=0x0621, max_codepoint=0x064A), min_size=2
)


@given(
    _ARABIC_WORD,
    st.sampled_from(
        [
            "\u00ad",
            "\u200b",
            "\u200c",
            "\u200d",
            "\u0640",
            "\u064b",
            "\u0670",
            "\u2066",
            "\u202b",
            "\ufeff",
            "\u061c",
        ]
    ),
    st.integers(1, 50),
)
def test_what_stands_inside_a_word_leaves_it_one_word(word: str, inside: str, at: int) -> None:
    """The character classes of storage.text.chars: normalisation drops what the snippet code
    takes for part of a word, so the word is one word for both."""
    at = 1 + at % (len(word) - 1)
    written = word[:at] + inside + word[at:]
    assert tokens(written) == tokens(word)
    assert [m.group() for m in chars.ORIGINAL_WORD.finditer(written)] == [written]


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويةىء", max_size=12))
def test_a_stem_keeps_three_letters_or_the_whole_word(word: str) -> None:
    stemmed = stem(normalize(word))
    assert stemmed == normalize(word) or len(stemmed) >= 3
    assert normalize(word).find(stemmed) >= 0  # what is left is a piece of the word


@pytest.mark.parametrize(
    ("word", "stemmed"),
    [
        ("الخلافة", "خلاف"),
        ("بالخلافة", "خلاف"),
        ("مسرحيات", "مسرح"),
        ("موظفين", "موظف"),
        ("وفاة", "وفا"),
        ("الوفاة", "وفا"),
        ("ليرة", "لير"),
        ("يرى", "يري"),
        ("وزارة", "وزار"),
        ("لبنان", "لبنان"),
        ("الله", "الل"),  # not له
        ("لدعمهمين", "لدعم"),
    ],
)
def test_light_stems(word: str, stemmed: str) -> None:
    assert stem(normalize(word)) == stemmed


def test_a_token_that_is_not_arabic_is_its_own_stem() -> None:
    assert stem("opec") == "opec"
    assert stem("2014") == "2014"


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("دمشق", ["ودمشق", "فدمشق", "بدمشق", "لدمشق", "وبدمشق", "ولدمشق", "فبدمشق", "فلدمشق"]),
        ("2014", ["و2014", "ف2014", "ب2014", "ل2014", "وب2014", "ول2014", "فب2014", "فل2014"]),
        ("الخلافه", []),  # the article: its stem finds it with any clitic
        ("من", []),  # two letters: too short to stand after a clitic
    ],
)
def test_clitic_forms_put_one_clitic_before_a_bare_word(word: str, forms: list[str]) -> None:
    assert clitic_forms(word) == forms


@pytest.mark.parametrize(
    ("token", "bare"),
    [
        ("وبدمشق", ["بدمشق", "دمشق"]),
        ("بدمشق", ["دمشق"]),
        ("ل365", ["365"]),
        ("وزن", []),  # «زن» is too short: the و is the word's own
        ("دمشق", []),
    ],
)
def test_bare_forms_take_one_clitic_off(token: str, bare: list[str]) -> None:
    assert bare_forms(token) == bare


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=3, max_size=10))
def test_each_clitic_form_comes_back_to_its_word(word: str) -> None:
    for form in clitic_forms(word):
        assert word in bare_forms(form)


@given(st.text(max_size=80) | _ARABIC_WORD)
def test_spelled_words_stand_one_for_one_with_the_folded_words(text: str) -> None:
    spelling, folded = spelled_and_folded(text)
    assert folded == tokens(text)
    assert len(spelling) == len(folded)
