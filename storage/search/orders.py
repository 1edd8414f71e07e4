"""The orders a list of articles can be sorted in: light, so the command line can name them
without loading the search engine."""

from __future__ import annotations

from typing import Literal, get_args

# relevance: best first (newest when there are no words); the others as named, for the
# columns of a list; undated articles come last in the date orders.
Order = Literal["relevance", "newest", "oldest", "title", "title-desc", "source", "source-desc"]
ORDERS: tuple[Order, ...] = get_args(Order)
