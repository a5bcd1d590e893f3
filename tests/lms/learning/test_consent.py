"""A minor's learning is recorded only while a guardian's consent is on record (UU PDP)."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.translation import gettext, override

from courses.models import CoursePage
from lms.accounts.models import ConsentMethod, User
from lms.accounts.services import consent_record, consent_withdraw
from lms.learning import services
from lms.learning.models import Enrollment, LessonProgress, ProgressEvent
from lms.learning.services import NotRecorded
from tests.lms.learning.conftest import event, lessons_in, make_user, set_lesson

pytestmark = pytest.mark.django_db


def nothing_stored() -> bool:
    return (
        not Enrollment.objects.exists()
        and not ProgressEvent.objects.exists()
        and not LessonProgress.objects.exists()
    )


def paper_consent(child: User) -> None:
    teacher = make_user("guru")
    consent_record(
        child=child,
        guardian_name="Siti Aminah",
        relationship="ibu",
        method=ConsentMethod.PAPER,
        recorded_by=teacher,
    )


def test_a_minor_without_consent_leaves_no_learning_record(
    client: Client, minor: User, course: CoursePage
) -> None:
    one, two, _three = lessons_in(course)
    with pytest.raises(NotRecorded) as refusal:
        services.enrollment_create(user=minor, course=course)
    assert refusal.value.code == "consent_required"
    results = services.progress_events_record(
        user=minor, events=[event(one, "opened"), event(one)], source="test"
    )
    assert {(r.status, r.reason) for r in results} == {("rejected", "consent_required")}
    scored = services.activity_score_record(
        user=minor, lesson=set_lesson(two, completion_rule="passed"), activity_id="k", score=1
    )
    assert scored.reason == "consent_required"

    # Through the pages: the lessons can be read, the enrol button is refused, nothing is kept.
    client.force_login(minor)
    assert client.get(one.url).status_code == 200
    assert client.get(two.url).status_code == 200
    enrol = client.post(reverse("learning:enroll", args=[course.pk]))
    assert enrol.status_code == 403
    assert nothing_stored()


def test_a_minor_is_told_plainly_that_nothing_is_saved(
    client: Client, minor: User, course: CoursePage
) -> None:
    client.force_login(minor)
    html = client.get(course.url).content.decode()
    with override("id"):
        assert gettext("Your progress is not saved yet.") in html
    assert reverse("learning:enroll", args=[course.pk]) not in html
    lesson_html = client.get(lessons_in(course)[1].url).content.decode()
    with override("id"):
        assert gettext("Your progress is not saved yet.") in lesson_html
    assert "data-progress" not in lesson_html


def test_paper_consent_lets_recording_begin_and_withdrawal_stops_it(
    client: Client, minor: User, course: CoursePage
) -> None:
    one, two, _three = lessons_in(course)
    paper_consent(minor)
    services.enrollment_create(user=minor, course=course)
    first = services.progress_events_record(user=minor, events=[event(one)], source="test")
    assert first[0].status == "recorded"
    client.force_login(minor)
    client.get(two.url)
    assert ProgressEvent.objects.filter(user=minor).count() == 2

    consent_withdraw(child=minor, withdrawn_by=None)
    after = services.progress_events_record(user=minor, events=[event(two)], source="test")
    assert (after[0].status, after[0].reason) == ("rejected", "consent_required")
    client.get(two.url)
    assert ProgressEvent.objects.filter(user=minor).count() == 2
    assert services.enrollment_leave(user=minor, course=course) is False
    assert Enrollment.objects.get(user=minor).left_at is None
    assert not LessonProgress.objects.get(user=minor, lesson_key=two.translation_key).is_completed
