"""The form a teacher assigns work with: a course, a module or a lesson from the published
catalog, the whole class or chosen students, and an optional due date in Balikpapan's time."""

from __future__ import annotations

import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from lms.accounts.models import User

from .models import ClassStudent
from .reports import CatalogCourse

WHOLE_CLASS = "class"
CHOSEN = "chosen"
# A due date without a time means the end of that day.
END_OF_DAY = datetime.time(23, 59)


def _local_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


class AssignForm(forms.Form):
    target = forms.TypedChoiceField(
        label=_("What to assign"),
        coerce=int,
        help_text=_("A whole course, one of its modules or one lesson."),
        error_messages={"required": _("Choose a course, a module or a lesson.")},
    )
    audience = forms.ChoiceField(
        label=_("Who does it"),
        choices=[(WHOLE_CLASS, _("The whole class")), (CHOSEN, _("Chosen students"))],
        initial=WHOLE_CLASS,
        widget=forms.RadioSelect,
        help_text=_("Work for the whole class also goes to students who join later."),
    )
    students = forms.TypedMultipleChoiceField(
        label=_("Chosen students"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only for “Chosen students”."),
    )
    due_date = forms.DateField(
        label=_("Due date (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Enter a date, e.g. 2026-12-15.")},
    )
    due_time = forms.TimeField(
        label=_("Due time, WITA (optional)"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_("Balikpapan time. Without a time, the work is due at the end of the day."),
        error_messages={"invalid": _("Enter a time, e.g. 07:30.")},
    )

    def __init__(
        self,
        *args: Any,
        catalog: list[CatalogCourse],
        students: list[ClassStudent],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.pages: dict[int, Page] = {}
        groups: list[tuple[str, Any]] = [("", _("Choose…"))]
        for item in catalog:
            options = [(str(item.course.pk), str(_("The whole course")))]
            self.pages[item.course.pk] = item.course
            for module, lessons in item.modules:
                options.append(
                    (str(module.pk), str(_("Module: %(title)s") % {"title": module.title}))
                )
                self.pages[module.pk] = module
                for lesson in lessons:
                    options.append(
                        (str(lesson.pk), str(_("— Lesson: %(title)s") % {"title": lesson.title}))
                    )
                    self.pages[lesson.pk] = lesson
            groups.append((item.course.title, options))
        target = self.fields["target"]
        assert isinstance(target, forms.ChoiceField)  # noqa: S101 - declared above
        target.choices = groups
        self.members = {row.user_id: row.user for row in students}
        chosen = self.fields["students"]
        assert isinstance(chosen, forms.ChoiceField)  # noqa: S101 - declared above
        chosen.choices = [
            (str(row.user_id), row.user.get_full_name() or row.user.username) for row in students
        ]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("audience") == CHOSEN and not cleaned.get("students"):
            self.add_error("students", _("Choose at least one student, or the whole class."))
        due_date, due_time = cleaned.get("due_date"), cleaned.get("due_time")
        if due_time is not None and due_date is None:
            self.add_error("due_date", _("Choose the day as well as the time."))
        if due_date is not None:
            due_at = datetime.datetime.combine(
                due_date, due_time or END_OF_DAY, tzinfo=_local_zone()
            )
            if due_at <= timezone.now():
                self.add_error("due_date", _("The due date must be in the future."))
        return cleaned

    @property
    def page(self) -> Page:
        return self.pages[self.cleaned_data["target"]]

    @property
    def chosen_students(self) -> list[User] | None:
        if self.cleaned_data["audience"] != CHOSEN:
            return None
        return [self.members[pk] for pk in self.cleaned_data["students"]]

    @property
    def due_at(self) -> datetime.datetime | None:
        due_date = self.cleaned_data.get("due_date")
        if due_date is None:
            return None
        due_time = self.cleaned_data.get("due_time") or END_OF_DAY
        return datetime.datetime.combine(due_date, due_time, tzinfo=_local_zone())
