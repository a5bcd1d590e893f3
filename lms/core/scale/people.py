"""The scale population: residents, students, teachers and parents, with one precomputed
password hash for all; schools and their classes of 30 to 40 students with one or two teachers;
parents linked to their children, and the guardians' consents; the classes' assignments, some
overdue."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth.hashers import make_password

from lms.accounts.consent import CONSENT_TEXT_VERSION
from lms.accounts.models import KECAMATAN, ConsentMethod, ConsentRecord, Role, RoleGrant, User
from lms.classrooms.forms import current_academic_year, current_semester
from lms.classrooms.models import (
    JOIN_CODE_ALPHABET,
    JOIN_CODE_LENGTH,
    Assignment,
    AssignmentKind,
    Classroom,
    ClassStudent,
    ClassTeacher,
    JoinedBy,
    School,
    SchoolLevel,
    SchoolStaff,
    StaffRole,
)
from lms.classrooms.services import phase_for_grade
from lms.guardians.models import GuardianLink

from .catalog import PREFIX, Course
from .plan import CLASSES_PER_SCHOOL, Plan

BATCH = 5000
# Not real schools' numbers: 8 digits as NPSN has, in a range no school uses (the demo school is
# 99990001).
NPSN_PREFIX = "9998"


def _words(*lines: str) -> tuple[str, ...]:
    return tuple(word for line in lines for word in line.split())


FIRST_NAMES = _words(
    "Agus Ahmad Aisyah Andi Anisa Ari Ayu Bayu Budi Citra Dedi Dewi Dian Dimas Eka Fajar Fitri",
    "Gilang Hana Hendra Indah Intan Joko Kartika Lestari Maya Muhammad Nanda Novi Nur Putri",
    "Rahmat Rina Rizki Sari Sinta Siti Taufik Tri Wahyu Wulan Yanti Yusuf",
)
FAMILY_NAMES = _words(
    "Hidayat Saputra Wijaya Lestari Pratama Kurniawan Siregar Nasution Rahman Setiawan Hakim",
    "Susanto Gunawan Halim Daeng Lamba Pohan Utomo Ramadhan Syahputra Permana Anggraini",
)
GRADES = {
    SchoolLevel.SD: (4, 5, 6),
    SchoolLevel.SMP: (7, 8, 9),
    SchoolLevel.SMA: (10, 11, 12),
    SchoolLevel.SMK: (10, 11, 12),
}
LEVEL_NAMES = {
    SchoolLevel.SD: "SD Negeri",
    SchoolLevel.SMP: "SMP Negeri",
    SchoolLevel.SMA: "SMA Negeri",
    SchoolLevel.SMK: "SMK Negeri",
}
ROMAN = {4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X", 11: "XI", 12: "XII"}
RELATIONSHIPS = ("ibu", "ayah", "ibu", "wali")


@dataclass
class Group:
    """A class as seeded: its row, teachers, students (user ids) and assigned courses."""

    classroom: Classroom
    teachers: list[int]
    students: list[int]
    courses: list[int] = field(default_factory=list)  # indexes into the courses


@dataclass
class People:
    password: str
    residents: list[int]
    students: list[int]
    teachers: list[int]
    parents: list[int]
    usernames: dict[int, str]
    names: dict[int, str]
    groups: list[Group]
    children: dict[int, list[int]]  # parent -> children
    consented: set[int]  # students whose guardian consented
    schools: int = 0
    assignments: int = 0
    overdue: int = 0

    @property
    def learners(self) -> list[int]:
        """Everyone whose learning may be recorded: adults, and children with a consent."""
        return [
            *self.residents,
            *[s for s in self.students if s in self.consented],
            *self.teachers,
            *self.parents,
        ]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(FAMILY_NAMES)}"


def make_users(
    *, plan: Plan, password: str, rng: random.Random, now: datetime
) -> tuple[list[User], list[User], list[User], list[User]]:
    """Residents, students (in class order), teachers and parents, inserted in bulk."""
    hashed = make_password(password)
    year = now.year
    kecamatan = [code for code, _label in KECAMATAN]
    students_grades: list[int] = []
    levels = list(GRADES)
    for number, size in enumerate(plan.class_sizes):
        level = levels[(number // CLASSES_PER_SCHOOL) % len(levels)]
        students_grades += [GRADES[level][number % 3]] * size

    def user(username: str, birth_year: int) -> User:
        return User(
            username=username,
            password=hashed,
            full_name=_name(rng),
            birth_year=birth_year,
            kecamatan=rng.choice(kecamatan),
            date_joined=now - timedelta(days=rng.uniform(200, 400)),
        )

    groups = (
        [
            user(f"{PREFIX}warga-{n:05d}", year - rng.randint(20, 65))
            for n in range(1, plan.residents + 1)
        ],
        [
            user(f"{PREFIX}siswa-{n:05d}", year - 6 - students_grades[n - 1])
            for n in range(1, plan.students + 1)
        ],
        [
            user(f"{PREFIX}guru-{n:04d}", year - rng.randint(24, 60))
            for n in range(1, plan.teachers + 1)
        ],
        [
            user(f"{PREFIX}ortu-{n:05d}", year - rng.randint(30, 55))
            for n in range(1, plan.parents + 1)
        ],
    )
    for users in groups:
        User.objects.bulk_create(users, batch_size=BATCH)
    roles = (
        (groups[0], (Role.RESIDENT,)),
        (groups[1], (Role.STUDENT,)),
        (groups[2], (Role.TEACHER, Role.RESIDENT)),
        (groups[3], (Role.PARENT, Role.RESIDENT)),
    )
    RoleGrant.objects.bulk_create(
        [RoleGrant(user=u, role=role) for users, names in roles for u in users for role in names],
        batch_size=BATCH,
    )
    return groups


def _join_codes(count: int, rng: random.Random) -> list[str]:
    taken = set(Classroom.objects.values_list("join_code", flat=True))
    codes: list[str] = []
    while len(codes) < count:
        code = "".join(rng.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))
        if code not in taken:
            taken.add(code)
            codes.append(code)
    return codes


def make_people(
    *, plan: Plan, password: str, courses: list[Course], rng: random.Random, now: datetime
) -> People:
    residents, students, teachers, parents = make_users(
        plan=plan, password=password, rng=rng, now=now
    )
    levels = list(GRADES)
    schools = [
        School(
            name=f"{LEVEL_NAMES[levels[n % len(levels)]]} Skala {n + 1} Balikpapan",
            npsn=f"{NPSN_PREFIX}{n + 1:04d}",
            level=levels[n % len(levels)],
            kecamatan=KECAMATAN[n % len(KECAMATAN)][0],
        )
        for n in range(plan.schools)
    ]
    School.objects.bulk_create(schools, batch_size=BATCH)
    year, semester = current_academic_year(), current_semester()
    codes = _join_codes(plan.classes, rng)
    classrooms: list[Classroom] = []
    sections: dict[tuple[int, int], int] = {}
    for number in range(plan.classes):
        school = schools[number // CLASSES_PER_SCHOOL]
        grade = GRADES[SchoolLevel(school.level)][number % 3]
        section = sections[(school.pk, grade)] = sections.get((school.pk, grade), 0) + 1
        classrooms.append(
            Classroom(
                school=school,
                name=f"{ROMAN[grade]}-{chr(ord('A') + section - 1)}",
                grade=grade,
                phase=phase_for_grade(grade),
                academic_year=year,
                semester=semester,
                join_code=codes[number],
                created_by=teachers[number],
            )
        )
    Classroom.objects.bulk_create(classrooms, batch_size=BATCH)

    groups: list[Group] = []
    staff: list[SchoolStaff] = []
    class_teachers: list[ClassTeacher] = []
    members: list[ClassStudent] = []
    first = 0
    for number, (classroom, size) in enumerate(zip(classrooms, plan.class_sizes, strict=True)):
        # Every third class has a second teacher: the next class's.
        taught_by = [teachers[number]]
        if number % 3 == 1 and plan.classes > 1:
            taught_by.append(teachers[(number + 1) % plan.classes])
        class_teachers += [ClassTeacher(classroom=classroom, user=t) for t in taught_by]
        staff.append(
            SchoolStaff(school=classroom.school, user=teachers[number], role=StaffRole.TEACHER)
        )
        pupils = students[first : first + size]
        first += size
        members += [
            ClassStudent(
                classroom=classroom,
                user=pupil,
                nisn=f"{rng.randrange(10**10):010d}",
                joined_by=JoinedBy.ROSTER,
            )
            for pupil in pupils
        ]
        groups.append(
            Group(
                classroom=classroom,
                teachers=[t.pk for t in taught_by],
                students=[pupil.pk for pupil in pupils],
            )
        )
    SchoolStaff.objects.bulk_create(staff, batch_size=BATCH)
    ClassTeacher.objects.bulk_create(class_teachers, batch_size=BATCH)
    ClassStudent.objects.bulk_create(members, batch_size=BATCH)

    children: dict[int, list[int]] = {}
    links: list[GuardianLink] = []
    consents: list[ConsentRecord] = []
    consented: set[int] = set()
    for parent, indexes in zip(parents, plan.children, strict=True):
        children[parent.pk] = [students[i].pk for i in indexes]
        for index in indexes:
            child = students[index]
            links.append(GuardianLink(parent=parent, child=child))
            if index in plan.unconsented:
                continue
            consented.add(child.pk)
            consents.append(
                ConsentRecord(
                    child=child,
                    guardian_name=parent.full_name,
                    relationship=RELATIONSHIPS[index % len(RELATIONSHIPS)],
                    method=ConsentMethod.ONLINE,
                    text_version=CONSENT_TEXT_VERSION,
                    given_at=now - timedelta(days=rng.uniform(190, 200)),
                    recorded_by=parent,
                )
            )
    GuardianLink.objects.bulk_create(links, batch_size=BATCH)
    ConsentRecord.objects.bulk_create(consents, batch_size=BATCH)

    people = People(
        password=password,
        residents=[u.pk for u in residents],
        students=[u.pk for u in students],
        teachers=[u.pk for u in teachers],
        parents=[u.pk for u in parents],
        usernames={u.pk: u.username for g in (residents, students, teachers, parents) for u in g},
        names={u.pk: u.full_name for g in (residents, students, teachers, parents) for u in g},
        groups=groups,
        children=children,
        consented=consented,
        schools=len(schools),
    )
    _assign(people=people, courses=courses, rng=rng, now=now)
    return people


def _assign(*, people: People, courses: list[Course], rng: random.Random, now: datetime) -> None:
    """The first class gets the course with 50 activities, due in a week, and its first module,
    overdue. Every other class gets one to three other courses: some overdue, some due later,
    some without a due date."""
    rows: list[Assignment] = []
    others = list(range(1, len(courses))) or [0]
    for number, group in enumerate(people.groups):
        teacher = group.teachers[0]
        if number == 0:
            group.courses = [0]
            course = courses[0]
            rows.append(
                Assignment(
                    classroom=group.classroom,
                    kind=AssignmentKind.COURSE,
                    target_key=course.key,
                    course_key=course.key,
                    due_at=now + timedelta(days=7),
                    created_by_id=teacher,
                )
            )
            rows.append(
                Assignment(
                    classroom=group.classroom,
                    kind=AssignmentKind.MODULE,
                    target_key=course.module_keys[0],
                    course_key=course.key,
                    due_at=now - timedelta(days=3),
                    created_by_id=teacher,
                )
            )
            continue
        group.courses = rng.sample(others, min(len(others), rng.randint(1, 3)))
        for turn, index in enumerate(group.courses):
            due = (number + turn) % 3
            rows.append(
                Assignment(
                    classroom=group.classroom,
                    kind=AssignmentKind.COURSE,
                    target_key=courses[index].key,
                    course_key=courses[index].key,
                    due_at=(
                        now - timedelta(days=rng.uniform(1, 20))
                        if due == 0
                        else now + timedelta(days=rng.uniform(3, 30))
                        if due == 1
                        else None
                    ),
                    created_by_id=teacher,
                )
            )
    Assignment.objects.bulk_create(rows, batch_size=BATCH)
    people.assignments = len(rows)
    people.overdue = sum(1 for row in rows if row.due_at is not None and row.due_at < now)
