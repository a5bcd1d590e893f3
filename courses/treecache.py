"""What pages read of the page tree, kept in the cache between requests.

Every lesson page shows its course's outline, and every page the catalog's address and its own
translations. Those change only when an editor publishes, unpublishes, moves or deletes a page,
so they are read once and kept, under a *generation*: a random token in the cache that any change
to the tree replaces. Entries of an old generation are never read again and expire.

What changes the generation (see `CoursesConfig.ready`): saving or deleting any page (publishing
and unpublishing save the page), moving one, and saving or deleting a site, a locale or a course's
prerequisites. The change is made at once, for the rest of the transaction, and again after the
commit, so that a request that read the old tree between the two does not keep it; a request
whose transaction was rolled back makes it again as it ends, so that nothing it read of its own
uncommitted change is kept. Code that writes pages without their signals (the scale seeder's
bulk inserts, a restore) calls `tree_changed()` itself.

Kept values are pickled page objects: each request gets its own copies. Each process also keeps
the entries it used last in memory, so that a page costs one round trip to the cache (for the
generation), not one per entry.
"""

from __future__ import annotations

import pickle
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.core.cache import cache
from django.db import transaction

T = TypeVar("T")

GENERATION_KEY = "pandu:tree:generation"
# A kept entry outlives its generation by at most this long.
TIMEOUT_SECONDS = 24 * 60 * 60
# Entries this process keeps in memory as well (see _Recent): an outline is about 15 KB.
RECENT_ENTRIES = 1000

# The generation is read once per request (`request_started` switches this on).
_request = threading.local()


def request_started(**_: Any) -> None:
    _request.active = True
    _request.generation = None
    _request.uncommitted = False


def request_finished(**_: Any) -> None:
    # A request that changed the tree in a transaction that did not commit (an error rolled it
    # back) may have kept what it read of its own change: forget it.
    if getattr(_request, "uncommitted", False):
        forget()
    _request.active = False
    _request.generation = None
    _request.uncommitted = False


def _generation() -> str:
    if getattr(_request, "active", False) and _request.generation is not None:
        return str(_request.generation)
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # The cache was emptied (or never had one): start a generation no entry can belong to.
        cache.add(GENERATION_KEY, secrets.token_hex(8), None)
        generation = cache.get(GENERATION_KEY)
    if getattr(_request, "active", False):
        _request.generation = generation
    return str(generation)


def forget() -> None:
    """A new generation now: nothing kept so far is read again."""
    generation = secrets.token_hex(8)
    cache.set(GENERATION_KEY, generation, None)
    if getattr(_request, "active", False):
        _request.generation = generation


def tree_changed() -> None:
    """Forget everything kept of the page tree, now and once the transaction commits (or, in a
    request whose transaction does not commit, when the request ends)."""
    forget()
    if getattr(_request, "active", False):
        _request.uncommitted = True
    transaction.on_commit(_committed)


def _committed() -> None:
    _request.uncommitted = False
    forget()


class _Recent:
    """The most recently used entries of this process, pickled: a page asks for several, and a
    round trip to the cache for each costs more than unpickling. Entries are named with their
    generation, so they never go stale; each caller gets its own copy."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.entries: OrderedDict[str, bytes] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, entry: str) -> bytes | None:
        with self.lock:
            found = self.entries.get(entry)
            if found is not None:
                self.entries.move_to_end(entry)
            return found

    def put(self, entry: str, value: bytes) -> None:
        with self.lock:
            self.entries[entry] = value
            self.entries.move_to_end(entry)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


_recent = _Recent(RECENT_ENTRIES)


def kept_many(
    name: str, keys: Iterable[str], build: Callable[[list[str]], dict[str, T]]
) -> dict[str, T]:
    """`kept` for several keys at once: the missing ones are fetched from the cache in one round
    trip, and those the cache does not have either are built together by `build(keys)`."""
    generation = _generation()
    entries = {key: f"pandu:tree:{generation}:{name}:{key}" for key in keys}
    found: dict[str, T] = {}
    missing = []
    for key, entry in entries.items():
        pickled = _recent.get(entry)
        if pickled is None:
            missing.append(key)
        else:
            found[key] = pickle.loads(pickled)  # noqa: S301 (our own bytes, see kept)
    if missing:
        cached = cache.get_many([entries[key] for key in missing])
        unbuilt = [key for key in missing if entries[key] not in cached]
        built = build(unbuilt) if unbuilt else {}
        if built:
            cache.set_many({entries[key]: value for key, value in built.items()}, TIMEOUT_SECONDS)
        for key in missing:
            value = cached[entries[key]] if key not in built else built[key]
            _recent.put(entries[key], pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
            found[key] = value
    return found


def kept(name: str, key: object, build: Callable[[], T]) -> T:
    """`build()`'s value, kept under `name` and `key` until the page tree changes."""
    return kept_many(name, [str(key)], lambda _keys: {str(key): build()})[str(key)]


def changed(**_: Any) -> None:
    tree_changed()
