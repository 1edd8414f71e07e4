"""The structure of a newspaper article written as plain text.

    TITLE                       (the same line repeated just below is kept once)
    LEAD                        (a standfirst: the paragraph before a dateline paragraph)
    PLACE – first paragraph…    (the dateline: «دير الزور (سوريا) – أعلنت …»)
    body paragraphs…
    SOURCE                      (a short last line without sentence punctuation: «العرب»)

Paragraphs are separated by blank lines; a file without blank lines has one paragraph a line.
A text with no structure at all (one long line) takes its first sentence as the title.
The body keeps the dateline paragraph as written: the place is metadata, not a cut. The date
the dateline or the first lines state becomes the article's date (storage.ingest.dates).
"""

from __future__ import annotations

import re

from storage.ingest.dates import find_date
from storage.records import ArticleDraft
from storage.text import clean_text, name_key

_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u200f\u200e\ufeff]*\n")
_SENTENCE_END = tuple(".!?؟…:")
_CLOSERS = "»\"”')»"
# A dateline: a place of one to three words (no digits), optionally a bracketed country, a dash,
# then the first sentence of the story: «دير الزور (سوريا) – أعلنت قوات …».
_PLACE = r"[^\W\d_]+(?: [^\W\d_]+){0,2}(?: ?\([^()\d]{2,30}\))?"
_DATELINE = re.compile(rf"^(?P<place>{_PLACE}) ?[–—-] (?P<rest>\S+(?: \S+){{3}})")
# A byline line before the story: «عين اليوم – القاهرة», «سبق- الدمام:»: the place comes last.
_BYLINE = re.compile(rf"^[^\W\d_]+(?: [^\W\d_]+){{0,3}} ?[–—-] ?(?P<place>{_PLACE}):?$")
# Words that start sentences, not place names: «وأكد …», «فقال …».
_NOT_A_PLACE = re.compile(r"^(?:[وف][أإآ]|ف|وقال|وقد|و?لكن|Next\b)")
_INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
TITLE_LIMIT = 250
FALLBACK_TITLE_WORDS = 12


def paragraphs_of(text: str) -> list[str]:
    text = clean_text(text)
    if _BLANK_LINE.search(text):
        blocks = [" ".join(line.strip() for line in b.split("\n")) for b in _BLANK_LINE.split(text)]
    else:
        blocks = text.split("\n")
    return [p for p in (b.strip() for b in blocks) if p.strip("\u200f\u200e\ufeff ")]


def parse_article(text: str) -> ArticleDraft | None:
    """The article in ``text``, or None if no visible text is left once cleaned."""
    return article_from_paragraphs(paragraphs_of(text))


def article_from_paragraphs(paragraphs: list[str]) -> ArticleDraft | None:
    """The article whose first paragraph is the title (from a text file, or a document whose
    heading came first), or None if there are no paragraphs."""
    paragraphs = [p for p in paragraphs if p.strip()]
    if not paragraphs:
        return None
    found = find_date(paragraphs)
    title = paragraphs.pop(0)
    if not paragraphs or len(title) > TITLE_LIMIT:
        title, rest = split_first_sentence(title)
        paragraphs.insert(0, rest)
    while paragraphs and name_key(paragraphs[0]) == name_key(title):
        paragraphs.pop(0)
    source = ""
    if len(paragraphs) >= 2 and is_source_line(paragraphs[-1], paragraphs[-2]):
        source = paragraphs.pop()
    lead, place = "", ""
    for index, paragraph in enumerate(paragraphs[:2]):
        if index and index == len(paragraphs) - 1:
            break  # the last paragraph stands after the story, never a byline before it
        place = dateline_place(paragraph)
        if place:
            if index == 1 and not _BYLINE.match(paragraph):
                lead = paragraphs.pop(0)
            break
    return ArticleDraft(
        title=title,
        lead=lead,
        body="\n\n".join(paragraphs),
        place=place or (found.place if found else ""),
        source=source,
        date=found.date if found else None,
        date_found=found.evidence if found else "",
    )


def dateline_place(paragraph: str) -> str:
    """The place a paragraph's dateline or byline names, or ''."""
    match = _BYLINE.match(paragraph) or _DATELINE.match(paragraph)
    if match is None or _NOT_A_PLACE.match(match["place"]):
        return ""
    return match["place"]


def split_first_sentence(text: str) -> tuple[str, str]:
    """(first sentence, the rest) of a text with no line structure; a sentence that runs on is
    cut after ``FALLBACK_TITLE_WORDS`` words."""
    words = text.split(" ")
    for count, word in enumerate(words[: FALLBACK_TITLE_WORDS + 1], start=1):
        if word.rstrip(_CLOSERS).endswith(_SENTENCE_END):
            return " ".join(words[:count]), " ".join(words[count:]).strip()
    cut = min(FALLBACK_TITLE_WORDS, len(words))
    return " ".join(words[:cut]), " ".join(words[cut:]).strip()


def is_source_line(last: str, before: str) -> bool:
    """A newspaper's name printed after the article: one word, or a few words of which the first
    has the article ال («العرب», «الشرق الأوسط»), no digits and no punctuation, after a paragraph
    that ends a sentence. A hyphen inside a word is part of the name («Al-Jazirah»). A
    columnist's signature («عايض الميلبي») is not a source."""
    words = last.split()
    last = _INNER_HYPHEN.sub("", last)
    return (
        (len(words) == 1 or (len(words) <= 3 and words[0].startswith("ال")))
        and len(last) <= 40
        and not any(ch.isdigit() for ch in last)
        and not any(ch in last for ch in '.!?؟…:،,;؛/"«»“”*•-–{}()')
        and before.rstrip(_CLOSERS).endswith(_SENTENCE_END)
    )
