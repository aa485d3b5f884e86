"""What the audit log knows how to show, filled by the features at start-up.

A feature registers its target types (how an object is named — a reference number such as
`2026-0022` — and where it lives) and its actions (a localised sentence naming the actor, the
object and the details, and the kind of action the log can be filtered by). Writing an entry
for an unknown action or target type is a programming error and fails at once.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TargetType:
    name: str
    model: type
    label: Callable[[Any], str]  # "2026-0022", a person's name, an item's title
    url: Callable[[Any], str | None]
    load_options: tuple = ()  # loader options for a page of targets (e.g. a comment's idea)


@dataclass(frozen=True)
class Action:
    code: str
    kind: str
    # A lazy string with %(actor)s, %(target)s and the entry's details as placeholders, or a
    # function of those names that returns the sentence.
    sentence: Any


KINDS: dict[str, Any] = {}  # kind -> its lazy label, in the order registered
ACTIONS: dict[str, Action] = {}
TARGET_TYPES: dict[str, TargetType] = {}


def register_kind(kind: str, label) -> None:
    KINDS[kind] = label


def register_action(code: str, kind: str, sentence) -> None:
    if kind not in KINDS:
        raise KeyError(f"unknown kind of audit action: {kind}")
    ACTIONS[code] = Action(code, kind, sentence)


def register_target(
    name: str,
    model: type,
    label: Callable[[Any], str],
    url: Callable[[Any], str | None],
    load_options: tuple = (),
) -> None:
    TARGET_TYPES[name] = TargetType(name, model, label, url, load_options)


def target_type_of(obj) -> TargetType:
    for target_type in TARGET_TYPES.values():
        if type(obj) is target_type.model:
            return target_type
    raise KeyError(f"no audit target type registered for {type(obj).__name__}")


def action(code: str) -> Action:
    try:
        return ACTIONS[code]
    except KeyError:
        raise KeyError(f"unknown audit action {code!r}: register it at start-up") from None


def codes_of_kind(kind: str) -> list[str]:
    return [code for code, registered in ACTIONS.items() if registered.kind == kind]
