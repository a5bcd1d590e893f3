"""Signals of the learning app, for the apps that react to a learner's progress (certificates,
notifications)."""

from django.dispatch import Signal

# Sent once per (learner, course), after the transaction that completed the course commits.
# sender: the Enrollment class. Arguments: user (the learner), course_key (the course's
# translation key, a UUID) and enrollment (the Enrollment row, with completed_at set).
course_completed = Signal()
