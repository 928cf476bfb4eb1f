"""Settings of the desktop client, each declared once: key, default, type, label.

Kept in ``<home>/settings.json`` (the home folder comes from :mod:`app.paths`, with an
override for tests), written atomically. An unknown or mistyped value falls back to its
default rather than stopping the client from starting.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    label: str  # English; the settings dialog translates it


SETTINGS = (
    Setting("language", "en", "Language"),
    Setting("server", "", "Server address"),
    Setting("last_account", "", "Last signed-in account"),
    Setting("auto_sync_minutes", 5, "Sync automatically every (minutes)"),
    Setting("probe_seconds", 15, "When offline, look for the server every (seconds)"),
)
_BY_KEY = {s.key: s for s in SETTINGS}


class Settings:
    def __init__(self, home: Path) -> None:
        self.path = home / "settings.json"
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        self._values = {k: v for k, v in raw.items() if k in _BY_KEY and
                        isinstance(v, type(_BY_KEY[k].default))} if isinstance(raw, dict) else {}

    def __getitem__(self, key: str) -> Any:
        return self._values.get(key, _BY_KEY[key].default)

    def __setitem__(self, key: str, value: Any) -> None:
        setting = _BY_KEY[key]
        if not isinstance(value, type(setting.default)):
            raise TypeError(f"{key} must be {type(setting.default).__name__}")
        self._values[key] = value
        self._save()

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(self._values, out, ensure_ascii=False, indent=1)
        os.replace(tmp, self.path)
