"""The person at the keyboard: name, organisation, roles — and the scope that follows."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

ORG_PATH = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")


@dataclass(frozen=True)
class User:
    name: str
    org: str
    roles: tuple[str, ...]
    full_name: str | None = None

    def has_any_role(self, roles: Iterable[str]) -> bool:
        return any(r in self.roles for r in roles)

    def sees(self, org: str) -> bool:
        """Whether ``org`` is inside this user's scope (their organisation's subtree)."""
        return in_scope(org, self.org)

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "org": self.org, "roles": list(self.roles),
                "full_name": self.full_name}

    @classmethod
    def from_json(cls, raw: dict[str, object]) -> User:
        return cls(str(raw["name"]), str(raw["org"]), tuple(raw["roles"]),  # type: ignore[arg-type]
                   raw.get("full_name"))  # type: ignore[arg-type]


def in_scope(org: str, scope: str) -> bool:
    return org == scope or org.startswith(scope + ".")
