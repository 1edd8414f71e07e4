"""Search precision on both back ends: every hit holds every term by the documented rules,
words that stand together rank first, and the exactness switches (``=word``, NEAR)."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.archive import Archive
from storage.records import ArticleDraft, ArticleId
from storage.search.query import Switches, parse, split_switches, with_switches
from storage.text import normalize
from tests.postgres_server import PostgresServer
from tests.search_rules import article_words, query_holds, word_matches

# (query word, article word): the article's word is a form of the query's.
CONFLATE = [
    ("الخلافة", "خلافة"),
    ("خلافة", "الخلافة"),
    ("الخلافة", "بالخلافة"),
    ("بالخلافة", "خلافة"),
    ("مسرحية", "مسرحيات"),
    ("مسرحيات", "مسرحية"),
    ("موظف", "موظفون"),
    ("موظف", "موظفين"),
    ("موظفون", "موظفين"),
    ("وفاة", "الوفاة"),
    ("الوفاة", "وفاة"),
    ("دمشق", "بدمشق"),
    ("بدمشق", "دمشق"),
    ("الباغوز", "والباغوز"),
    ("والباغوز", "باغوز"),
    ("وزارة", "الوزارة"),
    ("المسؤول", "مسؤولين"),
    ("مسرحية", "بمسرحيات"),
    ("لدعمهم", "لدعمهمين"),
    ("لبنان", "بلبنان"),
]
# (query word, article word): unrelated words that light stemming used to merge.
APART = [
    ("ليرة", "يرى"),
    ("يرى", "ليرة"),
    ("ليره", "يري"),
    ("أمل", "أملج"),
    ("أمل", "كامل"),
    ("بيتا", "بيت"),
    ("بيت", "بيتا"),
    ("لبنان", "لبن"),
    ("لبن", "لبنان"),
    ("وزارة", "زار"),
    ("يامي", "وليام"),
    ("الله", "له"),
    ("ويستخدم", "يستخدمون"),
]


def _location(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if request.param == "sqlite":
        return str(tmp_path_factory.mktemp("precision") / "archive")
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.create_database()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def words_archive(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Archive, dict[str, ArticleId]]]:
    """One article per word of the pairs, the word its whole text."""
    words = sorted({w for pair in CONFLATE + APART for w in pair})
    with Archive.open(_location(request, tmp_path_factory)) as archive:
        ids = {}
        for word in words:
            outcome, _ = archive.add_article(ArticleDraft(title="مقال", body=word))
            assert outcome.article_id is not None
            ids[word] = outcome.article_id
        yield archive, ids


def _ids(archive: Archive, query: str) -> set[ArticleId]:
    return {hit.id for hit in archive.search(query, limit=100).hits}


@pytest.mark.parametrize(("query", "word"), CONFLATE)
def test_forms_of_a_word_find_each_other(
    words_archive: tuple[Archive, dict[str, ArticleId]], query: str, word: str
) -> None:
    archive, ids = words_archive
    assert word_matches(normalize(query), normalize(word))
    assert ids[word] in _ids(archive, query)


@pytest.mark.parametrize(("query", "word"), APART)
def test_unrelated_words_do_not_find_each_other(
    words_archive: tuple[Archive, dict[str, ArticleId]], query: str, word: str
) -> None:
    archive, ids = words_archive
    assert not word_matches(normalize(query), normalize(word))
    assert ids[word] not in _ids(archive, query)


# -- every hit holds every term -----------------------------------------------------------

BASES = ["خلافة", "موظف", "مسرحية", "دمشق", "ليرة", "يرى", "أمل", "وزارة", "كتاب", "سوق", "نفط"]
PROCLITICS = ["", "", "و", "ب", "ل", "ال", "وال", "بال", "لل", "ف", "وب", "ك"]
ENDINGS = ["", "", "ات", "ون", "ين", "ها", "هم", "ه", "ي", "ية", "ان"]
VOCABULARY = sorted({p + b + e for p in PROCLITICS for b in BASES for e in ENDINGS})


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def random_archive(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Archive, dict[ArticleId, tuple[list[str], list[str]]]]]:
    rng = random.Random(18)
    with Archive.open(_location(request, tmp_path_factory)) as archive:
        texts = {}
        for _ in range(80):
            title = " ".join(rng.sample(VOCABULARY, 2))
            body = " ".join(rng.choice(VOCABULARY) for _ in range(12))
            outcome, _ = archive.add_article(ArticleDraft(title=title, body=body))
            assert outcome.article_id is not None
            texts[outcome.article_id] = article_words(title, body)
        yield archive, texts


_WORD = st.builds(
    lambda p, b, e, exact: ("=" if exact else "") + p + b + e,
    st.sampled_from(PROCLITICS),
    st.sampled_from(BASES),
    st.sampled_from(ENDINGS),
    st.booleans() | st.just(False),
)


@st.composite
def _queries(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORD, min_size=1, max_size=3))
    form = draw(st.sampled_from(["plain", "phrase", "near", "switch"]))
    if form == "phrase" and len(words) > 1:
        return '"' + " ".join(w.lstrip("=") for w in words) + '"'
    if form == "near" and len(words) > 1:
        return f"NEAR({' '.join(words)}, {draw(st.integers(1, 6))})"
    if form == "switch":
        return with_switches(" ".join(words), Switches(draw(st.booleans()), None))
    return " ".join(words)


def test_every_hit_holds_every_term_by_the_rules(
    random_archive: tuple[Archive, dict[ArticleId, tuple[list[str], list[str]]]],
) -> None:
    archive, texts = random_archive

    @settings(max_examples=150, deadline=None, derandomize=True, database=None)
    @given(_queries())
    def check(query: str) -> None:
        parsed = parse(query)
        found = _ids(archive, query)
        for article_id in found:
            assert query_holds(parsed, *texts[article_id]), (query, texts[article_id][0])
        if not parsed.nears:  # and nothing the rules allow is missed
            expected = {i for i, (w, s) in texts.items() if query_holds(parsed, w, s)}
            assert found == expected, query

    check()


# -- ranking -----------------------------------------------------------------------------


def _add(archive: Archive, title: str, body: str) -> ArticleId:
    outcome, _ = archive.add_article(ArticleDraft(title=title, body=body))
    assert outcome.article_id is not None
    return outcome.article_id


def test_words_standing_together_rank_first(archive: Archive) -> None:
    apart = [
        _add(archive, "تقرير", "نهاية نهاية الموسم جاءت. وأعلنت وأعلنت الوزارة أرقام 2014 و2014")
        for _ in range(12)
    ]
    together = _add(archive, "خبر", "وفي نهاية 2014 وأعلنت الشركة خطة جديدة للعام المقبل كله")
    hits = [h.id for h in archive.search("نهاية ٢٠١٤ وأعلنت", limit=10).hits]
    assert hits[0] == together
    assert set(hits[1:]) <= set(apart)


def test_exact_words_rank_above_stems_and_the_title_above_the_body(archive: Archive) -> None:
    stemmed = _add(archive, "خبر", "اجتمع موظفون كثيرون في القاعة")
    exact = _add(archive, "خبر", "اجتمع الموظفين كثيرون في القاعة")
    titled = _add(archive, "الموظفين", "اجتمع الناس كثيرون في القاعة")
    assert [h.id for h in archive.search("الموظفين").hits] == [titled, exact, stemmed]


# -- Shamela's switches ------------------------------------------------------------------


def test_exact_spelling_counts_hamza_taa_yaa_and_marks(archive: Archive) -> None:
    hamza = _add(archive, "أ", "له أمل كبير")
    bare = _add(archive, "ب", "له امل كبير")
    taa = _add(archive, "ت", "في المدرسة الكبرى")
    haa = _add(archive, "ه", "في المدرسه الكبري")
    marked = _add(archive, "ش", "كَتَبَ الرسالة")
    other_marks = _add(archive, "ك", "كُتُب الرسالة")
    assert _ids(archive, "أمل") == {hamza, bare}
    assert _ids(archive, "=أمل") == {hamza}
    assert _ids(archive, "=امل") == {bare}
    assert _ids(archive, "=المدرسة") == {taa}
    assert _ids(archive, "المدرسة =الكبري") == {haa}
    assert _ids(archive, "spelling:exact المدرسه الكبري") == {haa}
    assert _ids(archive, '="المدرسة الكبرى"') == {taa}
    assert _ids(archive, "=كتب") == {marked, other_marks}
    assert _ids(archive, "=كَتَبَ") == {marked}
    assert _ids(archive, "كَتَبَ") == {marked, other_marks}
    assert _ids(archive, "=بالمدرسة") == set()  # no clitics either
    assert _ids(archive, "=المدرس*") == {taa, haa}
    assert _ids(archive, "=الكبر*") == {taa, haa}
    assert _ids(archive, "=أم*") == {hamza}


def test_near_finds_words_within_the_distance(archive: Archive) -> None:
    close = _add(archive, "قريب", "انتهت الخلافة قرب الباغوز في الشرق")
    far = _add(archive, "بعيد", "انتهت الخلافة " + "كلام " * 12 + "قرب الباغوز")
    assert _ids(archive, "الخلافة الباغوز") == {close, far}
    assert _ids(archive, "NEAR(الخلافة الباغوز, 3)") == {close}
    assert _ids(archive, "NEAR(الباغوز خلافة, 3)") == {close}  # any order, any form
    assert _ids(archive, "NEAR(الخلافة الباغوز, 20)") == {close, far}
    assert _ids(archive, "NEAR(الخلافة الباغوز)") == {close}  # ten words
    assert _ids(archive, "الخلافة الباغوز near:3") == {close}


def test_saved_searches_keep_the_switches(archive: Archive) -> None:
    query = with_switches("الخلافة الباغوز", Switches(is_exact=True, near=4))
    archive.save_search("قريب", query)
    [saved] = archive.saved_searches()
    assert split_switches(saved.query) == ("الخلافة الباغوز", Switches(is_exact=True, near=4))
    assert split_switches("نفط near:٧") == ("نفط", Switches(is_exact=False, near=7))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=30), st.booleans(), st.none() | st.integers(1, 100))
def test_switches_written_into_a_query_read_back(text: str, exact: bool, near: int | None) -> None:
    cleaned, _ = split_switches(text)
    assert split_switches(with_switches(cleaned, Switches(exact, near))) == (
        cleaned,
        Switches(exact, near),
    )


# -- what search finds, the snippet highlights -------------------------------------------

_INSIDE = st.sampled_from(["\u00ad", "\u200b", "\u200c", "\u200d", "\u0640", "\u064e", "\u2066"])


def test_a_word_search_finds_is_highlighted_in_its_snippet(archive: Archive) -> None:
    @settings(max_examples=40, deadline=None, derandomize=True, database=None)
    @given(st.sampled_from(VOCABULARY), _INSIDE, st.integers(1, 20))
    def check(word: str, inside: str, at: int) -> None:
        at = 1 + at % (len(word) - 1)
        written = word[:at] + inside + word[at:]
        article_id = _add(archive, "مقال", f"قبله نص طويل {written} وبعده نص آخر")
        hits = [h for h in archive.search(word, limit=200).hits if h.id == article_id]
        assert hits, (word, written)
        assert f"<b>{written}</b>" in hits[0].snippet, hits[0].snippet
        archive.trash_articles([article_id])
        archive.purge_articles([article_id])

    check()
