"""The vocabulary of the access matrix: outcomes, who gets through, and a row per address."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .world import ANONYMOUS, PERSONAS, SIGNED_IN, Side, World

# What a person notices, whatever the exact status.
OK = "OK"  # the page or the action (2xx, a redirect elsewhere than a login, a form's 400)
LOGIN = "LOGIN"  # sent to log in (a redirect to a login page; 401 from the API)
DENIED = "DENIED"  # refused or told it does not exist (403, 404, Wagtail's "no permission")

Args = Callable[[World, str, bool], dict[str, Any]]
Body = Callable[[World, str, bool], Any]


@dataclass(frozen=True)
class Expect:
    """Who gets through: the personas in `own` on their own objects, those in `other` on
    everyone else's too. A visitor not let through gets `anonymous`, anyone else `refused`;
    `special` overrides all of it for one persona."""

    own: frozenset[str]
    other: frozenset[str] = frozenset()
    anonymous: str = LOGIN
    refused: str = DENIED
    refused_by: Mapping[str, str] = field(default_factory=dict)  # a persona's own `refused`
    special: Mapping[str, str] = field(default_factory=dict)

    def outcome(self, persona: str, *, own: bool) -> str:
        if persona in self.special:
            return self.special[persona]
        if persona in (self.own if own else self.other):
            return OK
        if persona == ANONYMOUS:
            return self.anonymous
        return self.refused_by.get(persona, self.refused)


def only(*personas: str, other: Iterable[str] = (), **kwargs: Any) -> Expect:
    """`personas` on their own objects; `other` also on other people's."""
    others = frozenset(other)
    return Expect(own=frozenset(personas) | others, other=others, **kwargs)


EVERYONE = Expect(own=frozenset(PERSONAS), other=frozenset(PERSONAS))
ANYONE_SIGNED_IN = Expect(own=SIGNED_IN, other=SIGNED_IN)


def signed_in_but(*personas: str, outcome: str = DENIED) -> Expect:
    return Expect(
        own=SIGNED_IN - set(personas),
        other=SIGNED_IN - set(personas),
        special=dict.fromkeys(personas, outcome),
    )


def no_args(world: World, persona: str, own: bool) -> dict[str, Any]:
    return {}


def side(pick: Callable[[Side], dict[str, Any]]) -> Args:
    """Arguments from the persona's own side, or the other side."""
    return lambda world, persona, own: pick(world.side(persona, own=own))


def fixed(pick: Callable[[World], dict[str, Any]]) -> Args:
    """Arguments that belong to nobody in particular (a public id)."""
    return lambda world, persona, own: pick(world)


@dataclass(frozen=True)
class Row:
    """One address of Pandu: what each method answers each persona. `args` fills the
    address's parameters; `body` is what POST, PUT or DELETE send (form data, or JSON with
    `json`). Addresses that take ids are tried with the persona's own objects and others'."""

    methods: Mapping[str, Expect]
    args: Args = no_args
    body: Body | None = None
    json: bool = False
    owned: bool = True  # False: the ids are public (a course), tried once

    def scopes(self) -> tuple[bool, ...]:
        return (True, False) if self.owned and self.args is not no_args else (True,)


def get(expect: Expect, **kwargs: Any) -> Row:
    return Row(methods={"GET": expect}, **kwargs)


def post(expect: Expect, **kwargs: Any) -> Row:
    return Row(methods={"POST": expect}, **kwargs)


def get_post(get_expect: Expect, post_expect: Expect | None = None, **kwargs: Any) -> Row:
    return Row(methods={"GET": get_expect, "POST": post_expect or get_expect}, **kwargs)
