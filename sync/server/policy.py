"""What the server asks the domain before applying a mutation.

``sync`` knows nothing of elections or schools, so whether a user may take a workflow
action, or edit a decided case, is asked of a :class:`Policy` injected when the server is
built (``daftar server`` passes ``app.core.policy.DomainPolicy``). Scope (organisation
subtree) is checked by the server itself, before the policy is asked.
"""

from __future__ import annotations

from typing import Any, Protocol

from sync.protocol import WireMutation
from sync.server.auth import ServerUser


class Policy(Protocol):
    def check(self, user: ServerUser, collection: str, before: dict[str, Any] | None,
              mutation: WireMutation, after: dict[str, Any]) -> str | None:
        """None to allow; otherwise the reason the mutation is refused, for its author."""


class OpenPolicy:
    """Allows every mutation within the user's scope (tests of the replication alone)."""

    def check(self, user: ServerUser, collection: str, before: dict[str, Any] | None,
              mutation: WireMutation, after: dict[str, Any]) -> str | None:
        return None
