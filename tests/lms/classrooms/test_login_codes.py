"""One-time login codes: a pupil whose teacher made their account signs in with the code on a
printed card, once; the teacher can reset it; nobody can use a code on someone else's account."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from django.utils.translation import gettext, override
from pytest_django import Settings

from lms.accounts import services as account_services
from lms.accounts.models import LoginCode, Role, User
from lms.classrooms import services
from lms.classrooms.models import Classroom, JoinedBy
from lms.core.models import AuditEntry
from tests.lms.classrooms.conftest import make_person

pytestmark = pytest.mark.django_db

LOGIN = "/id/akun/kode/"
WRONG = (
    "This code does not work. Check the letters and digits; a code works once and for 30 days. "
    "Ask your teacher for a new card."
)


def t(text: str) -> str:
    with override("id"):
        return gettext(text)


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def pupil(classroom: Classroom, teacher: User) -> tuple[User, str]:
    return services.class_student_create(
        classroom=classroom, full_name="Budi Santoso", birth_year=2014, actor=teacher
    )


def signed_in_as(client: Client) -> int | None:
    user_id = client.session.get("_auth_user_id")
    return int(user_id) if user_id else None


def test_the_code_signs_the_pupil_in_once(client: Client, pupil: tuple[User, str]) -> None:
    user, code = pupil
    assert len(code) == 8
    # The QR code's address fills the form in, but only pressing the button signs in.
    page = client.get(LOGIN, {"kode": code})
    assert page.status_code == 200
    assert f'value="{code}"' in page.content.decode()
    assert signed_in_as(client) is None

    typed = code[:4].lower() + "-" + code[4:].lower()
    response = client.post(LOGIN, {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == "/id/kelas/tugas/"
    assert signed_in_as(client) == user.pk
    assert AuditEntry.objects.filter(action="account.login_code_redeem", subject=user).exists()

    client.logout()
    again = client.post(LOGIN, {"code": code})
    assert again.status_code == 400
    assert t(WRONG) in again.content.decode()
    assert signed_in_as(client) is None


def test_a_code_is_stored_only_as_a_hash(pupil: tuple[User, str]) -> None:
    user, code = pupil
    stored = LoginCode.objects.get(user=user)
    assert code not in stored.code_hash
    assert len(stored.code_hash) == 64


def test_an_expired_code_does_not_work(client: Client, pupil: tuple[User, str]) -> None:
    user, code = pupil
    LoginCode.objects.filter(user=user).update(expires_at=timezone.now() - timedelta(minutes=1))
    assert client.post(LOGIN, {"code": code}).status_code == 400
    assert signed_in_as(client) is None


def test_reset_login_voids_the_old_card_and_is_audited(
    client: Client, classroom: Classroom, teacher: User, pupil: tuple[User, str]
) -> None:
    user, old = pupil
    new = services.class_student_login_reset(classroom=classroom, student=user, actor=teacher)
    assert new != old
    assert client.post(LOGIN, {"code": old}).status_code == 400
    assert client.post(LOGIN, {"code": new}).status_code == 302
    assert signed_in_as(client) == user.pk
    assert AuditEntry.objects.filter(
        action="classroom.login_reset", subject=user, actor=teacher
    ).exists()
    assert AuditEntry.objects.filter(action="account.login_code_issue", subject=user).exists()


def test_a_teacher_cannot_get_a_code_for_an_account_that_has_its_own_login(
    classroom: Classroom, teacher: User
) -> None:
    resident = make_person("warga")
    services.class_student_add(
        classroom=classroom, student=resident, actor=teacher, joined_by=JoinedBy.CODE
    )
    with pytest.raises(ValidationError):
        services.class_student_login_reset(classroom=classroom, student=resident, actor=teacher)
    # A pupil account that later became a teacher's is no longer opened by codes either.
    pupil, _code = services.class_student_create(
        classroom=classroom, full_name="Calon Guru", birth_year=2000, actor=teacher
    )
    account_services.role_grant(user=pupil, role=Role.TEACHER, granted_by=None)
    with pytest.raises(ValidationError):
        services.class_student_login_reset(classroom=classroom, student=pupil, actor=teacher)
    assert not LoginCode.objects.filter(user=resident).exists()


def test_reset_login_only_for_a_student_of_the_class(
    classroom: Classroom, teacher: User, pupil: tuple[User, str]
) -> None:
    other = services.classroom_create(
        teacher=teacher, name="VII-B", academic_year="2026/2027", semester=1
    )
    with pytest.raises(ValidationError):
        services.class_student_login_reset(classroom=other, student=pupil[0], actor=teacher)


def test_a_deactivated_account_cannot_sign_in_with_its_code(
    client: Client, pupil: tuple[User, str]
) -> None:
    user, code = pupil
    User.objects.filter(pk=user.pk).update(is_active=False)
    assert client.post(LOGIN, {"code": code}).status_code == 400


def test_wrong_codes_are_rate_limited_but_a_class_signing_in_is_not(
    client: Client, settings: Settings, classroom: Classroom, teacher: User
) -> None:
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_code": "3/m/ip"}
    pupils = [
        services.class_student_create(
            classroom=classroom, full_name=f"Siswa {n}", birth_year=2014, actor=teacher
        )
        for n in range(5)
    ]
    # Five right codes from one school address: nobody is held up.
    for _user, code in pupils:
        assert client.post(LOGIN, {"code": code}).status_code == 302
        client.logout()
    for _attempt in range(3):
        assert client.post(LOGIN, {"code": "AAAA-BBBB"}).status_code == 400
    fresh, code = services.class_student_create(
        classroom=classroom, full_name="Telat", birth_year=2014, actor=teacher
    )
    blocked = client.post(LOGIN, {"code": code})
    assert blocked.status_code == 400
    assert t("Too many wrong codes. Wait a few minutes and try again.") in (
        blocked.content.decode()
    )
    assert signed_in_as(client) is None
    # The code was not used up by the refused try.
    assert LoginCode.objects.get(user=fresh).used_at is None
