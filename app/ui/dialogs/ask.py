"""Questions with buttons in the user's language (Qt ships no Uzbek for its standard ones)."""

from __future__ import annotations

from app.ui.qt import QtWidgets, QWidget, translate

Role = QtWidgets.QMessageBox.ButtonRole


def choose(
    parent: QWidget | None,
    title: str,
    question: str,
    answers: list[tuple[str, str]],
    default: str | None = None,
) -> str | None:
    """Ask ``question``; ``answers`` are (key, button text). Returns the key, None on Esc."""
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, title, question, parent=parent)
    buttons = {}
    for key, label in answers:
        role = Role.RejectRole if key == "cancel" else Role.AcceptRole
        buttons[key] = box.addButton(label, role)
    if default in buttons:
        box.setDefaultButton(buttons[default])
    if "cancel" in buttons:
        box.setEscapeButton(buttons["cancel"])
    box.exec()
    clicked = box.clickedButton()
    return next((k for k, b in buttons.items() if b is clicked), None)


def confirm(parent: QWidget | None, title: str, question: str, yes: str) -> bool:
    """Yes (labelled ``yes``) or Cancel."""
    answer = choose(
        parent,
        title,
        question,
        [("yes", yes), ("cancel", translate("Ask", "Cancel"))],
        default="yes",
    )
    return answer == "yes"


def save_discard_cancel(parent: QWidget | None, title: str, question: str) -> str:
    """ "save", "discard" or "cancel" (also on Esc)."""
    return (
        choose(
            parent,
            title,
            question,
            [
                ("save", translate("Ask", "Save")),
                ("discard", translate("Ask", "Discard changes")),
                ("cancel", translate("Ask", "Cancel")),
            ],
            default="save",
        )
        or "cancel"
    )
