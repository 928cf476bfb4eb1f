"""A profile: one person's (or one simulated device's) replica, attachments and settings.

``--profile DIR`` / ``DAFTAR_PROFILE`` selects it. Until the central API exists, the user of
a profile is set locally (``daftar profile set-user``) for offline-only work; the user is kept
in the replica's ``meta`` table as ``local_user``.
"""

from __future__ import annotations

import json
import os
import platform
from dataclasses import dataclass
from pathlib import Path

from app.core.definitions import known_roles
from app.core.users import ORG_PATH, User
from sync.blobs import BlobStore
from sync.replica import Replica


class ProfileError(Exception):
    """The profile cannot be used as asked; the message says what to do."""


@dataclass
class Profile:
    path: Path
    replica: Replica

    @classmethod
    def open(cls, path: Path) -> Profile:
        replica = Replica.open(path / Replica.FILE_NAME)
        if not replica.meta("device_name"):
            replica.set_meta("device_name", default_device_name())
        return cls(path, replica)

    @property
    def blobs(self) -> BlobStore:
        return BlobStore(self.path / "blobs")

    @property
    def device(self) -> str:
        return self.replica.meta("device_name") or self.replica.client_id[:8]

    def user(self) -> User | None:
        raw = self.replica.meta_json("local_user")
        return User.from_json(raw) if raw else None

    def require_user(self) -> User:
        user = self.user()
        if user is None:
            raise ProfileError(
                f"no user is set up in the profile {self.path}. For offline work run: "
                "daftar profile set-user NAME --org ORG.PATH --role ROLE"
            )
        return user

    def set_user(self, user: User) -> None:
        if not ORG_PATH.match(user.org):
            raise ProfileError(
                f"{user.org!r} is not an organisation path; write it like uz.jizzakh.dec_3"
            )
        roles = known_roles()
        unknown = [r for r in user.roles if r not in roles]
        if unknown:
            raise ProfileError(f"unknown role {unknown[0]!r}; roles: {', '.join(sorted(roles))}")
        if not user.roles:
            raise ProfileError("give at least one --role")
        self.replica.set_meta("local_user", json.dumps(user.to_json(), ensure_ascii=False))

    def close(self) -> None:
        self.replica.close()


def default_device_name() -> str:
    return os.environ.get("DAFTAR_DEVICE") or platform.node() or "device"
