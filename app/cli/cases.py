"""``daftar case new | set | act | show | list``: cases and register records, headless."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import CommandError, emit, open_profile
from app.core.cases import Case, CaseDesk, CaseError
from app.core.definitions import Field, Service, text
from app.core.values import ValueProblem, parse_input
from app.profile import Profile


def register(commands: Any, common: Any) -> None:
    parser = commands.add_parser("case", help="create, edit, act on and show cases",
                                 description="Cases and register records in this profile.")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    def with_set(p: argparse.ArgumentParser) -> None:
        p.add_argument("--set", dest="values", action="append", default=[],
                       metavar="FIELD=VALUE",
                       help="a field value; FIELD=@FILE attaches a file, FIELD= clears it")

    p = sub.add_parser("new", parents=[common()], help="create a case or register record")
    p.add_argument("service", help="service id, e.g. candidate_nomination")
    p.add_argument("--org", help="owning organisation (default: yours)")
    with_set(p)
    p.set_defaults(handler=new_case)

    p = sub.add_parser("set", parents=[common()], help="change field values")
    p.add_argument("id", help="case id (or a unique beginning of it)")
    with_set(p)
    p.set_defaults(handler=set_case)

    p = sub.add_parser("act", parents=[common()], help="take a workflow action")
    p.add_argument("id", help="case id (or a unique beginning of it)")
    p.add_argument("workflow_action", metavar="ACTION", help="action id, e.g. submit")
    with_set(p)
    p.set_defaults(handler=act_case)

    p = sub.add_parser("show", parents=[common()], help="show a case with its history")
    p.add_argument("id", help="case id (or a unique beginning of it)")
    p.set_defaults(handler=show_case)

    p = sub.add_parser("verify", parents=[common()],
                       help="check that a case's history was not altered",
                       description="Recomputes the hash chain of the case's history as the "
                                   "server numbered it; exit 1 when an event was altered or "
                                   "removed.")
    p.add_argument("id", help="case id (or a unique beginning of it)")
    p.set_defaults(handler=verify_case)

    p = sub.add_parser("correct", parents=[common()],
                       help="correct a decided case by a new decision",
                       description="A decided case and its decision never change; a "
                                   "correction is a new numbered decision that refers to it.")
    p.add_argument("id", help="case id (or a unique beginning of it)")
    p.add_argument("--point", action="append", default=[], metavar="TEXT",
                   help="an operative point of the correcting decision")
    with_set(p)
    p.set_defaults(handler=correct_case)

    p = sub.add_parser("list", parents=[common()], help="list cases, newest first")
    p.add_argument("--service", help="only this service")
    p.add_argument("--state", help="only cases in this state")
    p.add_argument("--search", help="words to find (names, identifiers, any text)")
    p.add_argument("--register", metavar="ID", help="list records of this register instead")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=list_cases)


# --- reading --set values ----------------------------------------------------------------


class _Values:
    """Parses --set pairs; remembers attachments it stored, to undo them on refusal."""

    def __init__(self, profile: Profile, desk: CaseDesk) -> None:
        self.profile, self.desk = profile, desk
        self.new_blobs: list[str] = []

    def parse(self, service: Service, pairs: list[str]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for pair in pairs:
            name, sep, raw = pair.partition("=")
            name = name.strip()
            if not sep or not name:
                raise CommandError(f"--set needs FIELD=VALUE, got {pair!r}")
            field = service.field(name)
            if field is None:
                raise CommandError(f"{service.id} has no field {name!r} "
                                   f"(fields: {', '.join(service.fields)})")
            values[name] = self._value(field, raw)
        return values

    def _value(self, field: Field, raw: str) -> Any:
        if field.type == "attachment":
            if not raw.strip():
                return None
            if not raw.startswith("@"):
                raise CommandError(f"{field.id}: attach a file with {field.id}=@PATH")
            path = Path(raw[1:]).expanduser()
            if not path.is_file():
                raise CommandError(f"{field.id}: there is no file {path}")
            try:
                ref = self.profile.blobs.add_file(path)
            except OSError as exc:
                raise CommandError(f"{field.id}: cannot read {path}: {exc}") from exc
            self.new_blobs.append(ref.sha256)
            return ref.to_json()
        try:
            value = parse_input(field, raw)
        except ValueProblem as exc:
            label = text(field.label, self.desk.lang)
            raise CommandError(f"{field.id} ({label}): {exc.rule}") from exc
        if field.type == "reference" and value is not None:
            try:
                _, value = self.desk.resolve_id(value)
            except CaseError as exc:
                raise CommandError(f"{field.id}: {exc}") from exc
        return value

    def forget_new_blobs(self, existing: set[str]) -> None:
        """Remove the files this command stored, unless they were there before it."""
        for sha in self.new_blobs:
            if sha not in existing:
                self.profile.blobs.discard(sha)


def _desk(args: argparse.Namespace) -> tuple[Profile, CaseDesk]:
    profile = open_profile(args)
    desk = CaseDesk(profile.replica, profile.require_user(), device=profile.device,
                    lang=args.lang)
    return profile, desk


def _write(args: argparse.Namespace, service_of: Any, run: Any) -> int:
    """Open the profile once: find the service, read --set values, write, print."""
    profile, desk = _desk(args)
    try:
        service: Service = service_of(desk)
        before = profile.blobs.stored()
        values = _Values(profile, desk)
        try:
            case = run(desk, values.parse(service, args.values))
        except BaseException:
            values.forget_new_blobs(before)
            raise
        _print_case(args, desk, case, with_history=False)
    finally:
        profile.close()
    return 0


def new_case(args: argparse.Namespace) -> int:
    return _write(args, lambda d: d.service(args.service),
                  lambda d, v: d.new(args.service, v, org=args.org))


def set_case(args: argparse.Namespace) -> int:
    return _write(args, lambda d: d.get(args.id).service, lambda d, v: d.set(args.id, v))


def act_case(args: argparse.Namespace) -> int:
    return _write(args, lambda d: d.get(args.id).service,
                  lambda d, v: d.act(args.id, args.workflow_action, v))


def show_case(args: argparse.Namespace) -> int:
    profile, desk = _desk(args)
    try:
        case = desk.get(args.id)
        _print_case(args, desk, case, with_history=True)
    finally:
        profile.close()
    return 0


def verify_case(args: argparse.Namespace) -> int:
    profile, desk = _desk(args)
    try:
        case = desk.get(args.id)
        found = profile.replica.chain_check(case.record.collection, case.id)
        unconfirmed = sum(1 for e in desk.history(case) if e.n is None)
    finally:
        profile.close()
    payload = {"ok": found.intact, "id": case.id, "events": found.events,
               "head": found.head, "problems": list(found.problems),
               "first_bad": found.first_bad, "not_yet_on_server": unconfirmed}
    if found.intact:
        emit(args, payload, f"the history of {case.id} is intact: {found.events} events "
                            f"confirmed by the server, chain {found.head[:16]}"
             + (f"; {unconfirmed} more not sent yet" if unconfirmed else ""))
        return 0
    emit(args, payload, lambda: "\n".join(
        [f"the history of {case.id} was altered on this device:"]
        + [f"  {p}" for p in found.problems]
        + ["The server refuses edits of this case from here; keep the file for your "
           "administrator."]))
    return 1


def correct_case(args: argparse.Namespace) -> int:
    from app.core.journals import JournalError, correct

    profile, desk = _desk(args)
    try:
        case = desk.get(args.id)
        corrections = _Values(profile, desk).parse(case.service, args.values)
        try:
            entry = correct(desk, case.id, args.point, corrections=corrections)
        except JournalError as exc:
            raise CommandError(str(exc)) from exc
    finally:
        profile.close()
    emit(args, entry.to_json(),
         f"decision № {entry.printed} corrects {entry.corrects}"
         + (" (provisional number, final after the next sync)" if entry.is_provisional
            else "") + f"; print it with: daftar doc {case.id[:13]} correction -o FILE.pdf")
    return 0


def list_cases(args: argparse.Namespace) -> int:
    profile, desk = _desk(args)
    try:
        collection = args.register or "case"
        if args.register and desk.catalogue.get(args.register) is None:
            raise CommandError(f"there is no register {args.register!r}")
        cases = desk.list(service=args.service, state=args.state, search=args.search,
                          limit=args.limit, collection=collection)
    finally:
        profile.close()
    payload = [{"id": c.id, "service": c.service.id, "state": c.state, "title": c.title,
                "org": c.org, "due_at": c.due_at, "overdue": c.overdue(),
                "updated_at": c.record.updated_at} for c in cases]

    def lines() -> str:
        if not cases:
            return "no cases"
        return "\n".join(
            f"{c.id}  {c.service.id:<22} {(c.state or '-'):<14} "
            f"{(c.due_at or ''):<17}{'!' if c.overdue() else ' '} {c.title}" for c in cases)

    emit(args, payload, lines)
    return 0


# --- printing ----------------------------------------------------------------------------


def display(field: Field, value: Any, lang: str) -> str:
    if value is None:
        return ""
    if field.type == "choice":
        choice = field.choice(value)
        return text(choice.label, lang) if choice else str(value)
    if field.type == "multi_choice":
        return ", ".join(text(c.label, lang) if (c := field.choice(v)) else str(v)
                         for v in value)
    if field.type == "yes_no":
        return "yes" if value else "no"
    if field.type == "attachment":
        return f"{value['name']} ({value['size'] / 1024:.0f} KB, sha256 {value['sha256'][:12]}…)"
    if field.type == "repeat":
        return f"{len(value)} rows"
    return str(value)


def _shown(desk: CaseDesk, field: Field, value: Any, lang: str) -> str:
    if field.type == "reference" and isinstance(value, str):
        target = desk.replica.get(field.register or "", value)
        if target and target.headline.title:
            return f"{target.headline.title} ({value[:8]}…)"
    return display(field, value, lang)


def _print_case(args: argparse.Namespace, desk: CaseDesk, case: Case, *,
                with_history: bool) -> None:
    from app.core.journals import entries_of

    history = desk.history(case) if with_history else None
    actions = desk.actions(case)
    entries = entries_of(desk.replica, case.id)
    payload = case.to_json(args.lang, actions=actions, history=history)
    payload["journal"] = [e.to_json() for e in entries]

    def lines() -> str:
        lang = args.lang
        out = [f"{text(case.service.title, lang)} — {case.title}", f"id      {case.id}"]
        if case.state:
            out.append(f"state   {payload['state_label']} ({case.state})")
        if case.due_at:
            out.append(f"due     {case.due_at}{'  OVERDUE' if case.overdue() else ''}")
        out.append(f"org     {case.org}")
        for section in case.service.sections if with_history else ():
            shown = [(f, case.computed.get(f.id) if f.computed else case.values.get(f.id))
                     for f in section.fields]
            shown = [(f, v) for f, v in shown if v not in (None, "", [])]
            if shown:
                out.append(f"\n[{text(section.label, lang)}]")
                out += [f"  {text(f.label, lang)}: {_shown(desk, f, v, lang)}" for f, v in shown]
        for e in entries:
            provisional = " (provisional)" if e.is_provisional else ""
            out.append(f"{e.journal:<8}№ {e.printed}{provisional}  {e.at.replace('T', ' ')}"
                       f"  {e.by}" + (f"  corrects {e.corrects}" if e.corrects else ""))
        for w in case.warnings:
            out.append(f"warning: {w}")
        if actions:
            out.append("\nActions:")
            for c in actions:
                mark = "  " if c.allowed else "x "
                why = f"  — {'; '.join(c.reasons)}" if c.reasons else ""
                out.append(f"  {mark}{c.action.id:<24} {text(c.action.label, lang)}{why}")
        if history:
            out.append("\nHistory:")
            for e in history:
                what = e.kind
                if e.kind == "action":
                    d = e.detail
                    what = f"{d.get('action')}: {d.get('from')} -> {d.get('to')}"
                names = list(e.detail.get("changes", {})) or e.detail.get("fields", [])
                changed = ", ".join(k for k in names if not k.startswith("_"))
                out.append(f"  {e.at[:19].replace('T', ' ')}  {e.actor}@{e.device}  {what}"
                           + (f"  [{changed}]" if changed else ""))
        return "\n".join(out)

    emit(args, payload, lines)
