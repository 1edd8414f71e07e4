"""What the article list shows, as the user asks for it: the search bar's words and chips
(typing waits DEBOUNCE_MS before it lists) in the scope chosen in the side panel (all
articles, a tag as a chip, a saved search's query, a dossier, the trash). New words list by
relevance again; a change of chips or scope keeps the list's order. Unsaved edits are offered
to be kept before another scope is listed (ShownArticle.may_leave_edits)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ui.window.browsing import Browsing
from ui.window.listing import ARCHIVE, TRASH, Listing, Scope, dossier_scope
from ui.window.panes.article_list import ArticleList
from ui.window.panes.search_bar import SearchBar
from ui.window.panes.side_panel import SidePanel
from ui.window.shown_article import ShownArticle

DEBOUNCE_MS = 250


class ListNavigation(QObject):
    def __init__(
        self,
        search_bar: SearchBar,
        article_list: ArticleList,
        side_panel: SidePanel,
        browsing: Browsing,
        shown: ShownArticle,
    ) -> None:
        super().__init__(article_list)
        self._search_bar = search_bar
        self._list = article_list
        self._side_panel = side_panel
        self._browsing = browsing
        self._shown = shown
        self._words = ""  # the words of the query listed: new words list by relevance again
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.list_query)
        search_bar.changed.connect(self.debounce.start)
        search_bar.changed.connect(article_list.hold_back)  # nothing more read while typing
        search_bar.filters_changed.connect(self.list_query)
        search_bar.scope_removed.connect(self._on_search_bar_scope_removed)
        side_panel.all_chosen.connect(lambda: self.show_scope(ARCHIVE))
        side_panel.tag_chosen.connect(lambda name: self.show_scope(ARCHIVE, name))
        side_panel.saved_search_chosen.connect(self._on_side_panel_saved_search_chosen)
        side_panel.dossier_chosen.connect(lambda i: self.show_scope(dossier_scope(i)))
        side_panel.trash_chosen.connect(lambda: self.show_scope(TRASH))

    @property
    def scope(self) -> Scope:
        return self._list.listing.scope

    def list_query(self) -> None:
        """List what the search bar asks for in the current scope: by relevance when the
        words changed (a new query), else in the order the list shows."""
        self.debounce.stop()
        is_new = self._search_bar.words() != self._words
        order = None if is_new else self._list.listing.order
        self._show(Listing(self.scope, self._search_bar.query(), order))  # its arrow shown too

    def show_scope(self, scope: Scope, panel_tag: str | None = None) -> None:
        """List ``scope`` with the query kept (its words and chips); ``panel_tag``: the tag
        chosen in the side panel, whose chip replaces the one chosen there before."""
        if not self._shown.may_leave_edits():
            return
        self._browsing.enter_scope(scope, panel_tag)
        self._show(Listing(scope, self._search_bar.query(), None))

    def _show(self, listing: Listing) -> None:
        self._words = self._search_bar.words()
        self._list.show_listing(listing)  # counted (facets) once it is shown

    def _on_side_panel_saved_search_chosen(self, query: str) -> None:
        if self._shown.may_leave_edits():
            self._browsing.forget_panel_tag()
            self._search_bar.set_query(query)
            self.show_scope(ARCHIVE)

    def _on_search_bar_scope_removed(self) -> None:
        self._side_panel.select_all_articles()
        self.show_scope(ARCHIVE)
