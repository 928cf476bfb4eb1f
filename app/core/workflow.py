"""Who may take which workflow action now, and why not.

The same rules run in the client (to enable buttons and refuse early) and on the server
(which has the last word, sync invariant 4).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.definitions import Action, Service, text
from app.core.forms import FilledForm
from app.core.users import User, in_scope


@dataclass(frozen=True)
class ActionCheck:
    action: Action
    reasons: tuple[str, ...] = field(default_factory=tuple)

    @property
    def allowed(self) -> bool:
        return not self.reasons


def check_action(service: Service, state: str, action: Action, user: User,
                 form: FilledForm, lang: str = "en", *, org: str | None = None
                 ) -> ActionCheck:
    """Every reason ``user`` cannot take ``action`` on a case in ``state`` (none = allowed).

    ``org`` is the case's organisation: on a case shared with other organisations, an
    action is taken by the people of the organisation its ``by_org_of`` field names, or
    else by those of the case's own organisation."""
    assert service.workflow is not None
    reasons: list[str] = []
    where = form.values.get(action.by_org_of) if action.by_org_of else org
    if (action.by_org_of or service.shared_with) and where is not None and \
            not in_scope(user.org, str(where)):
        reasons.append(f"only the people of {where} can do this (you are in {user.org})")
    if state not in action.from_states:
        names = ", ".join(text(service.workflow.states[s].label, lang) for s in action.from_states)
        now = text(service.workflow.states[state].label, lang) if state in \
            service.workflow.states else state
        reasons.append(f"only possible when the case is {names}; it is {now}")
    if not user.has_any_role(action.roles):
        needed = " or ".join(action.roles)
        reasons.append(f"needs the role {needed} (you have {', '.join(user.roles) or 'none'})")
    missing = form.missing(action.requires)
    if missing:
        reasons.append("needs " + "; ".join(m.describe(lang) for m in missing))
    if action.condition is not None:
        try:
            ok = bool(form.evaluate(action.condition))
        except Exception as exc:  # an ExpressionError on odd data refuses, with the reason
            ok, why = False, str(exc)
        else:
            why = text(action.condition_message, lang) or f"{action.condition.source} is false"
        if not ok:
            reasons.append(why)
    return ActionCheck(action, tuple(reasons))


def available_actions(service: Service, state: str, user: User, form: FilledForm,
                      lang: str = "en", *, org: str | None = None) -> list[ActionCheck]:
    """Actions leading out of ``state``, each with the reasons it is refused, if any."""
    if service.workflow is None:
        return []
    return [check_action(service, state, a, user, form, lang, org=org)
            for a in service.workflow.actions_from(state)]
