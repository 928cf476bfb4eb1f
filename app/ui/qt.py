"""The one place Qt is imported from (PySide6-Essentials: QtCore, QtGui, QtWidgets only).

Everything in ``app.ui`` imports Qt names from here, so a change of binding or a missing
module shows up in one file, and the packaged client can leave the rest of Qt out.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QThread,
    QTime,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QFont, QFontDatabase, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QWidget

__all__ = [
    "QT_TRANSLATE_NOOP",
    "QAbstractTableModel",
    "QAction",
    "QApplication",
    "QCoreApplication",
    "QDate",
    "QDateTime",
    "QEvent",
    "QFont",
    "QFontDatabase",
    "QIcon",
    "QKeySequence",
    "QLocale",
    "QModelIndex",
    "QObject",
    "QPalette",
    "QSize",
    "QThread",
    "QTime",
    "QTimer",
    "QTranslator",
    "QWidget",
    "Qt",
    "QtCore",
    "QtGui",
    "QtWidgets",
    "Signal",
    "Slot",
    "translate",
]


def translate(context: str, source: str) -> str:
    """Translate ``source`` in ``context`` (the class name lupdate sees)."""
    return QCoreApplication.translate(context, source)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` where it is written; translate it later
    with :func:`translate` (tables of labels defined before any translator is installed)."""
    return source
