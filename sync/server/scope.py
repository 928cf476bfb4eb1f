"""Who sees a record: its organisation's subtree, and the organisations it is shared with.

A record belongs to one organisation (``_org``) and is seen by the users of that
organisation and of the ones above it. It may also be *shared* with other organisations by
listing them in ``_also`` — a student transfer is the sending school's case, and the
receiving school must see it too. Sharing makes the record visible there (pulled, and open
to edits within the domain's rules); it does not move it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from sync.server.auth import ServerUser

ALSO_FIELD = "_also"
MAX_SHARED = 10
ORG_PATH = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")


def shared_with(data: dict[str, Any]) -> list[str]:
    """The organisations a record's ``_also`` names (ignoring anything malformed)."""
    also = data.get(ALSO_FIELD)
    if not isinstance(also, list):
        return []
    return [a for a in also if isinstance(a, str) and ORG_PATH.match(a)]


def also_column(data: dict[str, Any]) -> str | None:
    orgs = shared_with(data)
    return "," + ",".join(orgs) + "," if orgs else None


def sees_record(user: ServerUser, org: str, also: Iterable[str] = ()) -> bool:
    return user.sees(org) or any(user.sees(a) for a in also)


def also_problem(value: Any) -> str | None:
    """Why ``_also`` is not a list of organisation paths, if it is not."""
    if value is None:
        return None
    if not isinstance(value, list) or len(value) > MAX_SHARED or not all(
            isinstance(a, str) and ORG_PATH.match(a) and len(a) <= 255 for a in value):
        return (f"_also lists at most {MAX_SHARED} organisations, written like "
                "uz.jizzakh.jizzakh_city.school_12")
    return None


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def in_scope(column: sa.ColumnElement[str], scope: str) -> sa.ColumnElement[bool]:
    return sa.or_(column == scope, column.like(_escaped(scope) + ".%", escape="\\"))


def visible(org: sa.ColumnElement[str], also: sa.ColumnElement[str | None],
            scope: str) -> sa.ColumnElement[bool]:
    """SQL: the record is in ``scope`` or shared with an organisation in it."""
    escaped = _escaped(scope)
    return sa.or_(in_scope(org, scope),
                  sa.and_(also.is_not(None),
                          sa.or_(also.like(f"%,{escaped},%", escape="\\"),
                                 also.like(f"%,{escaped}.%", escape="\\"))))
