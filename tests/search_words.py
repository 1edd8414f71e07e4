"""The words the search tests write their own articles from (storage/search's ranking tests:
tests/unit/storage/test_search_top_k.py, test_search_tantivy.py)."""

from __future__ import annotations

# Words that stand together, apart, in other forms (clitics, inflections) and not at all.
WORDS = ["وزير", "الخارجية", "بالخارجية", "خارجية", "وزراء", "النفط", "والنفط", "السوق"]
FILLER = ["قال", "اليوم", "في", "بيان", "جديد", "عن", "مع", "أمس", "هذا", "كان", "بعد"]
SOURCES = ["العرب", "الحياة", "الشرق الأوسط"]
# Tags named by words of the queries (a form of one, too): an article that carries one holds that
# word, whether its text does or not.
TAGS = {"وزير": slice(0, None, 4), "النفط": slice(1, None, 6), "بالخارجية": slice(2, None, 9)}
# Queries of these words: alone, together, in either order, as a phrase, with OR, dates and
# a source's words, repeated, a filler word.
QUERIES = [
    "وزير",
    "الخارجية",
    "وزير الخارجية",
    "الخارجية وزير",
    "وزير الخارجية النفط",
    '"وزير الخارجية"',
    "النفط السوق",
    "وزير OR النفط",
    "وزير date:2015-07",
    "وزير الخارجية date:2015-07-03..2015-07-20",
    "وزير source:الحياة",
    "السوق السوق",
    "قال",
]
