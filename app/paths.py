"""Every path the program uses, from one place, with overrides for tests and installs.

- resources: ``DAFTAR_RESOURCES``, else ``resources/`` next to the ``app`` package (a source
  checkout) or inside a PyInstaller bundle.
- profile: ``--profile DIR``, else ``DAFTAR_PROFILE``, else the user data folder.
- home (the desktop client's accounts and settings): ``DAFTAR_HOME``, else the user data
  folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("DAFTAR_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def user_data_dir() -> Path:
    """Where profiles live by default, following each OS's convention."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Daftar"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Daftar"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "daftar"


def home_dir() -> Path:
    """The desktop client's folder: accounts, settings and one profile per person.

    ``DAFTAR_HOME`` overrides it (tests, a portable install on a USB stick).
    """
    override = os.environ.get("DAFTAR_HOME")
    return Path(override).expanduser() if override else user_data_dir()


def profile_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("DAFTAR_PROFILE")
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "profiles" / "default"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
