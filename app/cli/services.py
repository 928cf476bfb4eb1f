"""``daftar services list | show ID``: the service definitions this installation knows."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import CommandError, emit
from app.core.definitions import Field, Service, default_catalogue, text


def register(commands: Any, common: Any) -> None:
    parser = commands.add_parser("services", help="list or show service definitions",
                                 description="Service definitions: forms and workflows.")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = sub.add_parser("list", parents=[common()], help="list services")
    p.set_defaults(handler=list_services)
    p = sub.add_parser("show", parents=[common()], help="show one service's form and workflow")
    p.add_argument("id", help="service id, e.g. candidate_nomination")
    p.set_defaults(handler=show_service)


def list_services(args: argparse.Namespace) -> int:
    services = sorted(default_catalogue(), key=lambda s: (s.kind, s.id))
    payload = [{"id": s.id, "version": s.version, "kind": s.kind, "area": s.area,
                "title": text(s.title, args.lang)} for s in services]
    emit(args, payload, lambda: "\n".join(
        f"{s.id:<24} {s.kind:<9} v{s.version:<3} {text(s.title, args.lang)}" for s in services))
    return 0


def _field_json(f: Field, lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {"id": f.id, "type": f.type, "label": text(f.label, lang)}
    for key in ("required", "read_only"):
        if getattr(f, key):
            out[key] = True
    for key in ("min", "max", "min_length", "max_length", "pattern", "register",
                "min_rows", "max_rows", "default"):
        if getattr(f, key) is not None:
            out[key] = getattr(f, key)
    for key in ("relevant", "constraint", "calculate"):
        expr = getattr(f, key)
        if expr is not None:
            out[key] = expr.source
    if f.choices:
        out["choices"] = [{"value": c.value, "label": text(c.label, lang)} for c in f.choices]
    if f.fields:
        out["fields"] = [_field_json(c, lang) for c in f.fields]
    return out


def service_json(service: Service, lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": service.id, "version": service.version, "kind": service.kind,
        "title": text(service.title, lang), "source": service.source,
        "sections": [{"id": s.id, "label": text(s.label, lang),
                      "fields": [_field_json(f, lang) for f in s.fields]}
                     for s in service.sections],
    }
    wf = service.workflow
    if wf:
        out["workflow"] = {
            "initial": wf.initial,
            "states": [{"id": s.id, "label": text(s.label, lang), "final": s.final}
                       for s in wf.states.values()],
            "actions": [{"id": a.id, "label": text(a.label, lang), "from": list(a.from_states),
                         "to": a.to, "roles": list(a.roles), "requires": list(a.requires),
                         "documents": list(a.documents)} for a in wf.actions.values()],
        }
    return out


def _service_text(service: Service, lang: str) -> str:
    lines = [f"{text(service.title, lang)} ({service.id}, version {service.version})"]
    for section in service.sections:
        lines.append(f"\n[{text(section.label, lang)}]")
        for f in section.fields:
            flags = " *" if f.required else (" =" if f.computed else "")
            lines.append(f"  {f.id:<28} {f.type:<12}{flags:<3} {text(f.label, lang)}")
            for c in f.fields:
                lines.append(f"    .{c.id:<25} {c.type:<12}{' *' if c.required else '':<3} "
                             f"{text(c.label, lang)}")
    if service.workflow:
        lines.append("\nWorkflow:")
        for a in service.workflow.actions.values():
            lines.append(f"  {a.id:<24} {'/'.join(a.from_states)} -> {a.to}  "
                         f"[{', '.join(a.roles)}]  {text(a.label, lang)}")
    lines.append("\n* required   = computed")
    return "\n".join(lines)


def show_service(args: argparse.Namespace) -> int:
    service = default_catalogue().get(args.id)
    if service is None:
        known = ", ".join(sorted(s.id for s in default_catalogue()))
        raise CommandError(f"there is no service {args.id!r} (services: {known})")
    emit(args, service_json(service, args.lang), lambda: _service_text(service, args.lang))
    return 0
