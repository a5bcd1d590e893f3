"""The people and things the access matrix tries every address with, built once.

Two sides, A and B, each with a school, a teacher, a class, a student (a minor whose parent is
linked and has consented), the student's assignment, certificate and notification. The paired
personas ("student" and "other_student", …) own one side each; the school admin runs school A.
Residents, editors and admins own no class or child: their "own" side is A."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from content.activities import activity_usage_ids
from courses.models import CatalogPage, CoursePage, HomePage, LessonPage
from lms.accounts.models import ConsentRecord, Role, RoleGrant, User
from lms.accounts.services import role_grant, user_ensure
from lms.certificates import services as certificate_services
from lms.certificates.models import Certificate, Issuer, Source
from lms.classrooms.models import (
    Assignment,
    Classroom,
    JoinedBy,
    School,
    SchoolLevel,
    SchoolStaff,
    StaffRole,
)
from lms.classrooms.services import (
    assignment_create,
    class_student_add,
    classroom_create,
    school_create,
    school_staff_add,
)
from lms.core.models import AuditEntry
from lms.guardians import services as guardian_services
from lms.guardians.models import GuardianLink
from lms.learning.services import enrollment_create
from lms.notifications.channels import unsubscribe_token
from lms.notifications.models import Kind, Notification
from tests.content.test_activities import activity, publish_body
from tests.factories import make_catalog, make_course, make_image

PASSWORD = "kata-sandi-matriks-akses-1"
MINOR_BIRTH_YEAR = timezone.localdate().year - 13

ANONYMOUS = "anonymous"
RESIDENT = "resident"
STUDENT = "student"
OTHER_STUDENT = "other_student"
TEACHER = "teacher"
OTHER_TEACHER = "other_teacher"
PARENT = "parent"
OTHER_PARENT = "other_parent"
SCHOOL_ADMIN = "school_admin"
EDITOR = "editor"
ADMIN = "admin"
PERSONAS = (
    ANONYMOUS,
    RESIDENT,
    STUDENT,
    OTHER_STUDENT,
    TEACHER,
    OTHER_TEACHER,
    PARENT,
    OTHER_PARENT,
    SCHOOL_ADMIN,
    EDITOR,
    ADMIN,
)
SIGNED_IN = frozenset(PERSONAS) - {ANONYMOUS}
# Whose side is B; everyone else's is A.
ON_SIDE_B = frozenset({OTHER_STUDENT, OTHER_TEACHER, OTHER_PARENT})
# Whose notification is "another person's" for each persona.
COUNTERPART = {
    STUDENT: OTHER_STUDENT,
    OTHER_STUDENT: STUDENT,
    TEACHER: OTHER_TEACHER,
    OTHER_TEACHER: TEACHER,
    PARENT: OTHER_PARENT,
    OTHER_PARENT: PARENT,
}


@dataclass(frozen=True)
class Side:
    """What belongs to one side: the ids an address of Pandu takes."""

    school: School
    staff: SchoolStaff  # the teacher's place at the school
    teacher: User
    classroom: Classroom
    student: User
    parent: User
    link: GuardianLink
    consent: ConsentRecord
    assignment: Assignment
    certificate: Certificate
    role_grant: RoleGrant  # the student's
    audit: AuditEntry  # about the class


@dataclass(frozen=True)
class Pages:
    home: HomePage
    catalog: CatalogPage
    course: CoursePage
    first_lesson: LessonPage  # open to everyone, with an activity
    second_lesson: LessonPage  # needs an account, with an activity
    draft: CoursePage  # never published
    draft_lesson: str  # the address of a lesson left published in the unpublished course
    cover: str  # the course's cover image, a file under MEDIA_ROOT


@dataclass
class World:
    users: dict[str, User]
    sides: dict[str, Side]
    pages: Pages
    issuer: Issuer
    notifications: dict[str, Notification]
    unsubscribe: str  # a valid token of the student's
    sessions: dict[str, str] = field(default_factory=dict)

    def side(self, persona: str, *, own: bool) -> Side:
        home = "b" if persona in ON_SIDE_B else "a"
        if own:
            return self.sides[home]
        return self.sides["a" if home == "b" else "b"]

    def notification(self, persona: str, *, own: bool) -> Notification:
        if own and persona in self.notifications:
            return self.notifications[persona]
        if own:
            return self.notifications[STUDENT]
        return self.notifications[COUNTERPART.get(persona, OTHER_STUDENT)]

    def usage_id(self, lesson: LessonPage) -> str:
        return activity_usage_ids(translation_key=lesson.translation_key, body=lesson.body)[0]

    def client(self, persona: str) -> Client:
        """A fresh browser with the persona's session: nothing a previous request set (a
        cookie, a new session) carries over."""
        client = Client()
        if persona in self.sessions:
            client.cookies[settings.SESSION_COOKIE_NAME] = self.sessions[persona]
        return client


def _person(username: str, *, birth_year: int | None = None, roles: tuple[Role, ...] = ()) -> User:
    user, _created = user_ensure(
        username=username,
        password=PASSWORD,
        full_name=username.replace("-", " ").title(),
        email=f"{username}@contoh.id",
        birth_year=birth_year,
        roles=roles,
    )
    return user


def _side(letter: str, course: CoursePage, admin: User) -> Side:
    school = school_create(
        name=f"SMP Negeri {letter.upper()}",
        npsn="3064000" + str(ord(letter) - 96),
        level=SchoolLevel.SMP,
        actor=admin,
    )
    teacher = _person(f"guru-{letter}")
    school_staff_add(school=school, user=teacher, role=StaffRole.TEACHER, actor=admin)
    classroom = classroom_create(
        teacher=teacher,
        name=f"VII-{letter.upper()}",
        grade=7,
        academic_year="2026/2027",
        semester=1,
        school=school,
    )
    student = _person(f"siswa-{letter}", birth_year=MINOR_BIRTH_YEAR)
    class_student_add(
        classroom=classroom, student=student, actor=teacher, joined_by=JoinedBy.TEACHER
    )
    parent = _person(f"orangtua-{letter}", roles=(Role.PARENT,))
    code = guardian_services.pairing_code_create(child=student, actor=student).code
    link = guardian_services.guardian_link_create(parent=parent, code=code)
    consent = guardian_services.guardian_consent_give(
        parent=parent, child=student, relationship="ibu"
    )
    enrollment_create(user=student, course=course)
    assignment, _enrolled = assignment_create(classroom=classroom, actor=teacher, page=course)
    certificate = certificate_services.certificate_issue(
        user=student, course=course, source=Source.ADMIN, issued_by=admin, schedule_pdf=False
    ).certificate
    return Side(
        school=school,
        staff=SchoolStaff.objects.get(school=school, user=teacher),
        teacher=teacher,
        classroom=classroom,
        student=student,
        parent=parent,
        link=link,
        consent=consent,
        assignment=assignment,
        certificate=certificate,
        role_grant=RoleGrant.objects.get(user=student, role=Role.STUDENT),
        audit=AuditEntry.objects.get(
            action="classroom.create", subject=None, target__endswith=f":{classroom.pk}"
        ),
    )


def _pages() -> Pages:
    catalog = make_catalog()
    course = make_course(catalog, title="Aktivasi IKD", slug="ikd", lessons=2)
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    first, second = (publish_body(lesson, activity()) for lesson in lessons)
    draft = make_course(catalog, title="Kursus Konsep", slug="konsep", lessons=1)
    Page.objects.get(pk=draft.pk).unpublish()
    return Pages(
        home=catalog.home,
        catalog=catalog.catalog,
        course=course,
        first_lesson=first,
        second_lesson=second,
        draft=CoursePage.objects.get(pk=draft.pk),
        draft_lesson=str(LessonPage.objects.descendant_of(draft).get().get_url()),
        cover=make_image("Sampul").file.name,
    )


def build() -> World:
    pages = _pages()
    admin = _person("admin-kota", roles=(Role.ADMIN,))
    sides = {letter: _side(letter, pages.course, admin) for letter in ("a", "b")}
    school_admin = _person("admin-sekolah")
    school_staff_add(school=sides["a"].school, user=school_admin, role=StaffRole.ADMIN, actor=admin)
    users = {
        RESIDENT: _person("warga", roles=(Role.RESIDENT,)),
        STUDENT: sides["a"].student,
        OTHER_STUDENT: sides["b"].student,
        TEACHER: sides["a"].teacher,
        OTHER_TEACHER: sides["b"].teacher,
        PARENT: sides["a"].parent,
        OTHER_PARENT: sides["b"].parent,
        SCHOOL_ADMIN: school_admin,
        EDITOR: _person("editor", roles=(Role.EDITOR,)),
        ADMIN: admin,
    }
    for user in users.values():
        role_grant(user=user, role=Role.RESIDENT, granted_by=None)
    notifications = {
        persona: Notification.objects.create(
            user=user, kind=Kind.COURSE_COMPLETED, title="Selamat!", url="/id/saya/"
        )
        for persona, user in users.items()
    }
    world = World(
        users=users,
        sides=sides,
        pages=pages,
        issuer=certificate_services.issuer_default_ensure(),
        notifications=notifications,
        unsubscribe=unsubscribe_token(
            user=sides["a"].student, kind=Kind.COURSE_COMPLETED, channel="email"
        ),
    )
    for persona, user in users.items():
        client = Client()
        client.force_login(user)
        world.sessions[persona] = client.cookies[settings.SESSION_COOKIE_NAME].value
    return world
