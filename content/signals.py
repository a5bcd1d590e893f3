"""Signals of the content layer, for the layers above: content never writes progress itself.

`activity_scored` is sent when an activity reports a result for a signed-in learner, that is when
an XBlock calls ``runtime.publish(block, "grade", {"value": v, "max_value": m})`` or
``runtime.publish(block, "completion", {"completion": c})``. Pandu's own activities send it once
per graded submission (a retried submission is answered from the learner's state and sends
nothing). Visitors without an account send nothing.

It is sent inside the transaction of the handler call that produced it, before the block's state
is saved: a receiver that raises rolls both back, and the client may retry with the same
submission id.

sender: the XBlock class. Keyword arguments:
- ``user_id`` (int): the learner.
- ``usage_id`` (str): the activity, ``pandu:<lesson translation_key>:<block_id>``
  (`content.xblocks.ids`).
- ``lesson_key`` (uuid.UUID): the lesson's ``translation_key``, the same in every language.
- ``block_id`` (str): the id of the lesson's StreamField block that places the activity.
- ``block_type`` (str): the XBlock type, e.g. ``"pandu_multiple_choice"``.
- ``event_type`` (str): ``"grade"`` or ``"completion"``.
- ``score`` (float, 0 to 1): ``value / max_value`` for a grade, ``completion`` for a completion.
- ``max_score`` (float): ``max_value`` for a grade (the raw scale), 1.0 for a completion.
- ``event_id`` (uuid.UUID): stable for one submission of one learner in one activity (derived
  from the client-made submission id when the block reports it as ``submission_id`` in the event
  data, otherwise new each time): record it as the progress event's id, so a duplicate is
  stored once.
"""

from django.dispatch import Signal

activity_scored = Signal()
