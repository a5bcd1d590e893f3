"""Every write of what activities remember. Called by the XBlock runtime when a block saves its
fields; each merges the changed fields into the stored JSON under a row lock, so two requests that
change different fields of one row both keep their change."""

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import transaction

from .models import XBlockStateSummary, XBlockUserState


@transaction.atomic
def xblock_user_state_update(
    *,
    user_id: int,
    usage_id: str,
    block_type: str,
    changes: Mapping[str, Any],
    deleted: Iterable[str] = (),
) -> dict[str, Any]:
    """Set `changes` and remove `deleted` in a learner's state in an activity; returns the state
    as stored. State written by another type of block is replaced, not merged."""
    row, _created = XBlockUserState.objects.select_for_update().get_or_create(
        user_id=user_id, usage_id=usage_id, defaults={"block_type": block_type}
    )
    row.state = _merged(row.state if row.block_type == block_type else {}, changes, deleted)
    row.block_type = block_type
    row.save(update_fields=["state", "block_type", "updated_at"])
    return dict(row.state)


@transaction.atomic
def xblock_state_summary_update(
    *,
    usage_id: str,
    block_type: str,
    changes: Mapping[str, Any],
    deleted: Iterable[str] = (),
) -> dict[str, Any]:
    """As `xblock_user_state_update`, for what an activity shares across its learners."""
    row, _created = XBlockStateSummary.objects.select_for_update().get_or_create(
        usage_id=usage_id, defaults={"block_type": block_type}
    )
    row.state = _merged(row.state if row.block_type == block_type else {}, changes, deleted)
    row.block_type = block_type
    row.save(update_fields=["state", "block_type", "updated_at"])
    return dict(row.state)


def _merged(
    state: Mapping[str, Any], changes: Mapping[str, Any], deleted: Iterable[str]
) -> dict[str, Any]:
    merged = {**state, **changes}
    for name in deleted:
        merged.pop(name, None)
    return merged
