"""The frozen ``daftar`` program: the command line (and, with no command, the desktop client).

PyInstaller starts here. The client package leaves the central server out, so the commands
that need it (``server``, ``admin``, ``demo``, ``hub``) say which package has it instead of
failing with a traceback.
"""

import importlib.abc
import importlib.util
import os
import sys

SERVER_MODULES = ("sync.server", "fastapi", "uvicorn", "starlette", "sqlalchemy", "argon2",
                  "psycopg", "pydantic", "app.demo")


class _NoMemoryKeyring(importlib.abc.MetaPathFinder):
    """Keeps ``sync.credentials.MemoryKeyring`` (a test double) out of keyring's choice.

    keyring chooses among every subclass of its KeyringBackend that exists when it is first
    asked; MemoryKeyring is one once sync.credentials is imported, so on a computer without
    a keyring service sign-ins were kept in memory and lost at exit instead of going to the
    documented credentials.json. Until sync/credentials.py says so itself, the packaged
    program takes it out of the running right after the module loads.
    """

    def find_spec(self, name: str, path: object = None, target: object = None):
        if name != "sync.credentials":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _AfterLoad(spec.loader)
        return spec


class _AfterLoad(importlib.abc.Loader):
    def __init__(self, inner: importlib.abc.Loader) -> None:
        self.inner = inner

    def create_module(self, spec):
        return self.inner.create_module(spec)

    def exec_module(self, module) -> None:
        self.inner.exec_module(module)
        from keyring.backend import KeyringBackend

        KeyringBackend._classes.discard(module.MemoryKeyring)


def run() -> int:
    sys.meta_path.insert(0, _NoMemoryKeyring())
    if os.environ.get("DAFTAR_BENCH_CHILD"):
        # packaging/build.py times this very program's start the way bench/gui.py times the
        # client from source: its bench/_gui_child.py, bundled for that (a few KB).
        import _gui_child

        _gui_child.main()
        return 0
    from app.cli import main

    try:
        return main()
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith(SERVER_MODULES):
            raise
        print("daftar: this is the client package, without the central server; "
              "'daftar server', 'admin', 'demo' and 'hub' are in the hub package "
              "(daftar-hub)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(run())
