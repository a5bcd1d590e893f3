"""Every read of what activities remember."""

from typing import Any

from .models import XBlockStateSummary, XBlockUserState


def xblock_user_state_get(
    *, user_id: int, usage_id: str, block_type: str, for_update: bool = False
) -> dict[str, Any]:
    """A learner's state in an activity; empty if none was saved, or if it was saved by another
    type of block. `for_update` locks the row until the transaction ends (a handler's
    read-modify-write), where the database can."""
    rows = XBlockUserState.objects.filter(user_id=user_id, usage_id=usage_id)
    if for_update:
        rows = rows.select_for_update()
    row = rows.only("block_type", "state").first()
    if row is None or row.block_type != block_type:
        return {}
    return dict(row.state)


def xblock_state_summary_get(*, usage_id: str, block_type: str) -> dict[str, Any]:
    """What an activity shares across its learners; empty as for `xblock_user_state_get`."""
    row = XBlockStateSummary.objects.filter(usage_id=usage_id).only("block_type", "state").first()
    if row is None or row.block_type != block_type:
        return {}
    return dict(row.state)
