"""Which editor a field gets: one place that knows every field type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.definitions import Field
from app.ui.form.attachment import AttachmentEditor
from app.ui.form.editors import (
    ChoiceEditor,
    ComputedEditor,
    DateEditor,
    Editor,
    LineEditor,
    LongTextEditor,
    MultiChoiceEditor,
)
from app.ui.form.reference import ReferenceEditor, ReferenceLookup, TitleCache
from app.ui.form.repeat import RepeatEditor


@dataclass
class EditorKit:
    """What editors need from the form that holds them."""

    lang: str
    references: ReferenceLookup | None
    open_attachment: Callable[[dict[str, Any]], None]
    styled: Callable[[], None]  # called before the first message: the form's style is lazy
    titles: TitleCache = field(default_factory=dict)


def make_editor(f: Field, kit: EditorKit) -> Editor:
    """A new editor for ``f`` (its widgets not yet in any layout)."""
    if f.calculate is not None:
        return ComputedEditor(f, kit.lang)
    kind = f.type
    if kind in ("date", "datetime"):
        return DateEditor(f, kit.lang)
    if kind == "long_text":
        return LongTextEditor(f, kit.lang)
    if kind in ("choice", "yes_no"):
        return ChoiceEditor(f, kit.lang)
    if kind == "multi_choice":
        return MultiChoiceEditor(f, kit.lang)
    if kind == "reference" and kit.references is not None:
        return ReferenceEditor(f, kit.lang, kit.references, kit.titles)
    if kind == "attachment":
        return AttachmentEditor(f, kit.lang, kit.open_attachment)
    if kind == "repeat":
        return RepeatEditor(f, kit.lang, lambda child: make_editor(child, kit), kit.styled)
    # text, integer, decimal, the identifiers, and a reference without a lookup (its id).
    return LineEditor(f, kit.lang)
