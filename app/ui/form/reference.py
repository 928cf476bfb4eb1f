"""A reference to a register record: type part of its title, pick it from suggestions.

The form never reads the replica: the caller supplies a :class:`ReferenceLookup` that runs
searches off the GUI thread and calls back on it. Answers can arrive late or out of order,
so each search carries a number and only the latest one is used.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Any, Protocol

from app.core.definitions import Field, text
from app.core.values import ValueProblem
from app.ui.form.editors import Editor
from app.ui.form.looks import set_read_only
from app.ui.qt import QModelIndex, Qt, QtGui, QTimer, QtWidgets, translate

DEBOUNCE_MS = 150
MAX_SUGGESTIONS = 20

TitleCache = MutableMapping[tuple[str, str], str]


class ReferenceLookup(Protocol):
    """Supplied by the caller; runs lookups OFF the GUI thread and calls back ON it."""

    def search(
        self, register: str, text: str, done: Callable[[list[tuple[str, str]]], None]
    ) -> None:
        """Find records of ``register`` matching ``text``: (id, title) pairs, at most 20."""

    def titles(self, register: str, ids: list[str], done: Callable[[dict[str, str]], None]) -> None:
        """The titles of records of ``register`` by id (unknown ids left out)."""


class ReferenceEditor(Editor):
    """A line that shows the referenced record's title and suggests records as one types.

    Enter (or leaving the box) takes the suggestion whose title was typed in full, or the
    only suggestion there is; otherwise the entry is refused until one is picked.
    """

    def __init__(
        self, field: Field, lang: str, lookup: ReferenceLookup, titles: TitleCache
    ) -> None:
        super().__init__(field, lang)
        self.register = field.register or ""
        self.lookup = lookup
        self.titles = titles
        self.line = QtWidgets.QLineEdit()
        self.widget = self.input = self.line
        self.line.setPlaceholderText(
            text(field.hint, lang) if field.hint else translate("ReferenceEditor", "Type to search")
        )
        self.model = QtGui.QStandardItemModel(self.line)
        self.completer = QtWidgets.QCompleter(self.model, self.line)
        # The lookup has already matched the text (anywhere in the title, in any script);
        # Qt's own prefix filter would hide most of its answers.
        self.completer.setCompletionMode(
            QtWidgets.QCompleter.CompletionMode.UnfilteredPopupCompletion
        )
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.line.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._suggestion_picked)
        self.line.textEdited.connect(self._edited)
        self.line.editingFinished.connect(self._finish)
        self._timer: QTimer | None = None
        self._value: Any = None
        self._suggestions: list[tuple[str, str]] = []
        self._picked_pair: tuple[str, str] | None = None
        self._search_no = 0

    # --- showing ------------------------------------------------------------------------

    def title_of(self, record_id: str) -> str:
        """The record's title when known, else its id (until the titles arrive)."""
        return self.titles.get((self.register, record_id), record_id)

    def show_value(self, value: Any) -> None:
        self._value = value
        self._picked_pair = None
        self._suggestions = []
        self._search_no += 1  # an answer still on its way is for text that is gone
        self.line.setText("" if value is None else self.title_of(str(value)))
        self.line.setCursorPosition(0)
        self.dirty = False

    def titles_arrived(self) -> None:
        """New titles are in the cache: show the record's title unless the user is typing."""
        if not self.dirty and self._value is not None:
            self.line.setText(self.title_of(str(self._value)))
            self.line.setCursorPosition(0)

    def set_editable(self, editable: bool) -> None:
        set_read_only(self.line, not editable)

    # --- reading ------------------------------------------------------------------------

    def read(self) -> Any:
        typed = self.line.text().strip()
        if not typed:
            return None
        if self._picked_pair and typed == self._picked_pair[1]:
            return self._picked_pair[0]
        if self._value is not None and typed == self.title_of(str(self._value)):
            return self._value
        found = self._match(typed)
        if found is not None:
            return found
        raise ValueProblem(
            self.field.id, translate("ReferenceEditor", "choose one of the suggested records")
        )

    def _match(self, typed: str) -> str | None:
        folded = typed.casefold()
        ids = {i for i, title in self._suggestions if title.casefold() == folded}
        return ids.pop() if len(ids) == 1 else None

    # --- searching ----------------------------------------------------------------------

    def _edited(self, _text: str) -> None:
        self.dirty = True
        self._picked_pair = None
        if self._timer is None:
            self._timer = QTimer(self.line)
            self._timer.setSingleShot(True)
            self._timer.setInterval(DEBOUNCE_MS)
            self._timer.timeout.connect(self._search)
        self._timer.start()

    def _search(self, *, then_commit: bool = False) -> None:
        typed = self.line.text().strip()
        self._search_no += 1
        number = self._search_no
        if not typed:
            self._show_suggestions([])
            return
        self.lookup.search(
            self.register, typed, lambda pairs: self._answered(number, pairs, then_commit)
        )

    def _answered(self, number: int, pairs: list[tuple[str, str]], then_commit: bool) -> None:
        if number != self._search_no:
            return
        try:
            self._show_suggestions(pairs[:MAX_SUGGESTIONS])
            if then_commit:
                if len(self._suggestions) == 1 and self._match(self.line.text().strip()) is None:
                    # Enter on a search with one answer takes that answer.
                    self._take(*self._suggestions[0])
                self.committed(self)
        except RuntimeError:
            pass  # the form was closed while the lookup ran: nothing to show the answer in

    def _show_suggestions(self, pairs: list[tuple[str, str]]) -> None:
        self._suggestions = list(pairs)
        self.model.clear()
        for record_id, title in pairs:
            self.titles[(self.register, record_id)] = title
            item = QtGui.QStandardItem(title)
            item.setData(record_id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(item)
        if pairs and self.line.hasFocus():
            self.completer.complete()

    def _suggestion_picked(self, index: QModelIndex) -> None:
        record_id = index.data(Qt.ItemDataRole.UserRole)
        if record_id is None:
            return
        self._take(str(record_id), str(index.data(Qt.ItemDataRole.DisplayRole)))
        self.committed(self)

    def _take(self, record_id: str, title: str) -> None:
        self._picked_pair = (record_id, title)
        self.line.setText(title)
        self.dirty = True

    def _finish(self) -> None:
        if not self.dirty:
            return
        if self._timer is not None:
            self._timer.stop()
        try:
            self.read()
        except ValueProblem:
            # Not settled by what is known: ask the lookup now rather than refuse at once.
            self._search(then_commit=True)
            return
        self.committed(self)

    def pick(self, row: int) -> None:
        """Take suggestion ``row`` as if clicked in the list (for keyboard-free tests)."""
        record_id, title = self._suggestions[row]
        self._take(record_id, title)
        self.committed(self)

    def suggestions(self) -> list[tuple[str, str]]:
        """The (id, title) pairs the list offers now."""
        return list(self._suggestions)
