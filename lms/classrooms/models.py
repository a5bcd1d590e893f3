"""Schools, classes (rombel) with their teachers and students, and what a class is assigned.

A class without a school is one of the city's in-person digital-skills groups for residents, run
by a facilitator (a teacher without a school): everything else works the same.

Assignments name what they assign by its `translation_key` (a course, a module or a lesson is the
same in every language), like enrolments and progress do.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.accounts.models import KECAMATAN

# Readable on a board and typed on a phone: no 0/O, 1/I/L.
JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
JOIN_CODE_LENGTH = 6


class SchoolLevel(models.TextChoices):
    SD = "sd", _("SD (primary school)")
    SMP = "smp", _("SMP (junior secondary school)")
    SMA = "sma", _("SMA (senior secondary school)")
    SMK = "smk", _("SMK (vocational school)")


class Phase(models.TextChoices):
    """Kurikulum Merdeka's phases."""

    A = "A", _("Phase A (grades 1 to 2)")
    B = "B", _("Phase B (grades 3 to 4)")
    C = "C", _("Phase C (grades 5 to 6)")
    D = "D", _("Phase D (grades 7 to 9)")
    E = "E", _("Phase E (grade 10)")
    F = "F", _("Phase F (grades 11 to 12)")


class Semester(models.IntegerChoices):
    GANJIL = 1, _("Semester 1 (odd)")
    GENAP = 2, _("Semester 2 (even)")


class School(models.Model):
    name = models.CharField(_("name"), max_length=200)
    npsn = models.CharField(
        _("NPSN"),
        max_length=8,
        unique=True,
        validators=[RegexValidator(r"^\d{8}$", _("An NPSN has 8 digits."))],
        help_text=_("The school's national number (Nomor Pokok Sekolah Nasional), 8 digits."),
    )
    level = models.CharField(_("level"), max_length=3, choices=SchoolLevel.choices)
    kecamatan = models.CharField(_("kecamatan"), max_length=40, choices=KECAMATAN, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("school")
        verbose_name_plural = _("schools")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class StaffRole(models.TextChoices):
    TEACHER = "teacher", _("Teacher")
    ADMIN = "admin", _("School admin")


class SchoolStaff(models.Model):
    """A teacher or school admin of a school. A person may work at several schools."""

    school = models.ForeignKey(School, on_delete=models.CASCADE, related_name="staff")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="school_roles"
    )
    role = models.CharField(_("role"), max_length=10, choices=StaffRole.choices)
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        verbose_name = _("school staff member")
        verbose_name_plural = _("school staff")
        constraints = [
            models.UniqueConstraint(fields=["school", "user", "role"], name="schoolstaff_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.school} ({self.get_role_display()})"


class Classroom(models.Model):
    school = models.ForeignKey(
        School,
        verbose_name=_("school"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="classrooms",
        help_text=_("Empty for a community digital-skills group."),
    )
    name = models.CharField(_("name"), max_length=100)
    grade = models.PositiveSmallIntegerField(
        _("grade"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    phase = models.CharField(_("phase"), max_length=1, choices=Phase.choices, blank=True)
    academic_year = models.CharField(
        _("academic year"),
        max_length=9,
        validators=[RegexValidator(r"^\d{4}/\d{4}$", _("Write the year as 2026/2027."))],
    )
    semester = models.PositiveSmallIntegerField(_("semester"), choices=Semester.choices)
    join_code = models.CharField(_("class code"), max_length=JOIN_CODE_LENGTH, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    archived_at = models.DateTimeField(_("archived at"), null=True, blank=True)

    class Meta:
        verbose_name = _("class")
        verbose_name_plural = _("classes")
        ordering = ["-academic_year", "name"]

    def __str__(self) -> str:
        return self.name


class ClassTeacher(models.Model):
    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="teachers")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="classes_taught"
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        verbose_name = _("class teacher")
        verbose_name_plural = _("class teachers")
        constraints = [
            models.UniqueConstraint(fields=["classroom", "user"], name="classteacher_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.classroom}"


class JoinedBy(models.TextChoices):
    CODE = "code", _("class code")
    TEACHER = "teacher", _("added by a teacher")
    ROSTER = "roster", _("roster import")


class ClassStudent(models.Model):
    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="students")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="classes_joined"
    )
    nisn = models.CharField(
        _("NISN"),
        max_length=10,
        blank=True,
        validators=[RegexValidator(r"^\d{10}$", _("An NISN has 10 digits."))],
    )
    joined_by = models.CharField(_("joined by"), max_length=10, choices=JoinedBy.choices)
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)

    class Meta:
        verbose_name = _("class student")
        verbose_name_plural = _("class students")
        constraints = [
            models.UniqueConstraint(fields=["classroom", "user"], name="classstudent_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.classroom}"


class AssignmentKind(models.TextChoices):
    COURSE = "course", _("Course")
    MODULE = "module", _("Module")
    LESSON = "lesson", _("Lesson")


class Assignment(models.Model):
    """Work a teacher gave a class: a course, a module or a lesson, to the whole class (students
    who join later included) or to chosen students, with an optional due date."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="assignments")
    kind = models.CharField(_("kind"), max_length=6, choices=AssignmentKind.choices)
    # The translation_key of the assigned course, module or lesson, and of its course.
    target_key = models.UUIDField(_("assigned page"))
    course_key = models.UUIDField(_("course"), db_index=True)
    whole_class = models.BooleanField(_("whole class"), default=True)
    due_at = models.DateTimeField(_("due"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("assigned at"), auto_now_add=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["due_at", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["classroom", "target_key"], name="assignment_unique_target"
            ),
            models.CheckConstraint(
                condition=Q(kind="course", target_key=models.F("course_key")) | ~Q(kind="course"),
                name="assignment_course_key_matches",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.target_key} — {self.classroom}"


class AssignmentStudent(models.Model):
    """A student an assignment was given to, when it was not given to the whole class."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="recipients")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("assigned student")
        verbose_name_plural = _("assigned students")
        constraints = [
            models.UniqueConstraint(fields=["assignment", "user"], name="assignmentstudent_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.assignment}"
