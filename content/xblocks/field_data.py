"""Where each scope of an XBlock's fields is kept.

- content, settings: the lesson's StreamField block value, handed to the runtime as a dict.
  Read only: editors change them in Wagtail, never a learner's request, so a block that tries to
  write them gets `InvalidScopeError`.
- user_state: `XBlockUserState`, one row per (learner, usage id); for a visitor without an
  account, a mapping the caller supplies (e.g. the session).
- user_state_summary: `XBlockStateSummary`, one row per usage id.
- parent, children, preferences, user_info: nowhere. Pandu's activities have no children; these
  read as their defaults and cannot be written.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any, Protocol

from xblock.exceptions import InvalidScopeError
from xblock.field_data import FieldData
from xblock.fields import Scope

from content import selectors, services

AUTHORED_SCOPES = (Scope.content, Scope.settings)


class StateStore(Protocol):
    """One stored scope: a JSON dict per usage id (for one learner, or shared)."""

    def load(self, *, usage_id: str, block_type: str) -> dict[str, Any]: ...

    def save(
        self,
        *,
        usage_id: str,
        block_type: str,
        changes: Mapping[str, Any],
        deleted: Iterable[str],
    ) -> None: ...


class LearnerStateStore:
    """A signed-in learner's `user_state`, in the database. Each row is read once per runtime."""

    def __init__(self, user_id: int) -> None:
        self.user_id = user_id
        self._cache: dict[str, dict[str, Any]] = {}

    def load(self, *, usage_id: str, block_type: str) -> dict[str, Any]:
        if usage_id not in self._cache:
            self._cache[usage_id] = selectors.xblock_user_state_get(
                user_id=self.user_id, usage_id=usage_id, block_type=block_type
            )
        return self._cache[usage_id]

    def lock(self, *, usage_id: str, block_type: str) -> None:
        """Read the row again, locked until the transaction ends, so that two handler calls for
        one learner and one activity take turns (a retried submission must see the first)."""
        self._cache[usage_id] = selectors.xblock_user_state_get(
            user_id=self.user_id, usage_id=usage_id, block_type=block_type, for_update=True
        )

    def save(
        self,
        *,
        usage_id: str,
        block_type: str,
        changes: Mapping[str, Any],
        deleted: Iterable[str],
    ) -> None:
        self._cache[usage_id] = services.xblock_user_state_update(
            user_id=self.user_id,
            usage_id=usage_id,
            block_type=block_type,
            changes=changes,
            deleted=deleted,
        )


class VisitorStateStore:
    """A visitor's `user_state`, in a mapping the caller owns: usage id -> {"block_type": …,
    "state": {…}}, JSON only, so a session can hold it. Each write replaces the entry for the
    usage id, so a session that watches its top-level keys sees the change."""

    def __init__(self, mapping: MutableMapping[str, Any]) -> None:
        self.mapping = mapping

    def load(self, *, usage_id: str, block_type: str) -> dict[str, Any]:
        entry = self.mapping.get(usage_id)
        if not isinstance(entry, dict) or entry.get("block_type") != block_type:
            return {}
        state = entry.get("state")
        return copy.deepcopy(state) if isinstance(state, dict) else {}

    def save(
        self,
        *,
        usage_id: str,
        block_type: str,
        changes: Mapping[str, Any],
        deleted: Iterable[str],
    ) -> None:
        state = {**self.load(usage_id=usage_id, block_type=block_type), **changes}
        for name in deleted:
            state.pop(name, None)
        self.mapping[usage_id] = {"block_type": block_type, "state": copy.deepcopy(state)}


class SummaryStore:
    """`user_state_summary`, in the database."""

    def __init__(self) -> None:
        self._cache: dict[str, dict[str, Any]] = {}

    def load(self, *, usage_id: str, block_type: str) -> dict[str, Any]:
        if usage_id not in self._cache:
            self._cache[usage_id] = selectors.xblock_state_summary_get(
                usage_id=usage_id, block_type=block_type
            )
        return self._cache[usage_id]

    def save(
        self,
        *,
        usage_id: str,
        block_type: str,
        changes: Mapping[str, Any],
        deleted: Iterable[str],
    ) -> None:
        self._cache[usage_id] = services.xblock_state_summary_update(
            usage_id=usage_id, block_type=block_type, changes=changes, deleted=deleted
        )


class PanduFieldData(FieldData):
    """The runtime's `field-data` service: routes each field to where its scope is kept."""

    def __init__(
        self,
        *,
        authored: Mapping[str, Mapping[str, Any]],
        user_state: StateStore,
        summary: StateStore,
    ) -> None:
        super().__init__()
        self._authored = authored
        self._stores: dict[Any, StateStore] = {
            Scope.user_state: user_state,
            Scope.user_state_summary: summary,
        }

    def get(self, block: Any, name: str) -> Any:
        scope = _scope(block, name)
        if scope in AUTHORED_SCOPES:
            return self._authored[block.scope_ids.usage_id][name]
        store = self._stores.get(scope)
        if store is None:
            raise KeyError(name)
        return store.load(**_where(block))[name]

    def has(self, block: Any, name: str) -> bool:
        try:
            self.get(block, name)
        except KeyError:
            return False
        return True

    def set(self, block: Any, name: str, value: Any) -> None:
        self.set_many(block, {name: value})

    def set_many(self, block: Any, update_dict: Mapping[str, Any]) -> None:
        by_store: dict[int, tuple[StateStore, dict[str, Any]]] = {}
        for name, value in update_dict.items():
            store = self._writable_store(block, name)
            by_store.setdefault(id(store), (store, {}))[1][name] = value
        for store, changes in by_store.values():
            store.save(**_where(block), changes=changes, deleted=())

    def delete(self, block: Any, name: str) -> None:
        store = self._writable_store(block, name)
        if name not in store.load(**_where(block)):
            raise KeyError(name)
        store.save(**_where(block), changes={}, deleted=(name,))

    def default(self, block: Any, name: str) -> Any:
        raise KeyError(name)

    def _writable_store(self, block: Any, name: str) -> StateStore:
        scope = _scope(block, name)
        store = self._stores.get(scope)
        if store is None:
            raise InvalidScopeError(scope, list(self._stores))
        return store


def _scope(block: Any, name: str) -> Any:
    field = block.fields.get(name)
    if field is None:
        raise KeyError(name)
    return field.scope


def _where(block: Any) -> dict[str, str]:
    return {"usage_id": block.scope_ids.usage_id, "block_type": block.scope_ids.block_type}
