from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from courses.demo.loader import load_catalog
from courses.models import CoursePage
from lms.accounts.models import ConsentMethod, Role, User
from lms.accounts.services import consent_record, user_ensure
from lms.certificates.models import Certificate, Source
from lms.certificates.services import certificate_issue, certificate_pdf_ensure
from lms.classrooms.demo import demo_class_ensure
from lms.guardians.demo import demo_link_ensure

# Demo logins, printed by `make run`. Only ever created by this command, for a local machine: one
# per role. The student is 14, and her mother's paper consent is on record, so her learning is
# saved.
STUDENT_AGE = 14
DEMO_USERS: tuple[dict[str, Any], ...] = (
    {
        "username": "warga",
        "password": "pandu-warga-demo",
        "full_name": "Wulan Warga",
        "phone": "+6281200000001",
        "roles": (Role.RESIDENT,),
        "label": "Warga",
    },
    {
        "username": "siswa",
        "password": "pandu-siswa-demo",
        "full_name": "Sari Siswa",
        "email": "siswa@contoh.id",
        "roles": (Role.STUDENT,),
        "label": "Siswa (14 thn)",
    },
    {
        "username": "guru",
        "password": "pandu-guru-demo",
        "full_name": "Gita Guru",
        "email": "guru@contoh.id",
        "roles": (Role.TEACHER,),
        "label": "Guru",
    },
    {
        "username": "orangtua",
        "password": "pandu-orangtua-demo",
        "full_name": "Rina Wati",
        "phone": "+6281200000002",
        "roles": (Role.PARENT,),
        "label": "Orang tua",
    },
    {
        "username": "adminsekolah",
        "password": "pandu-adminsekolah-demo",
        "full_name": "Agus Admin Sekolah",
        "email": "adminsekolah@contoh.id",
        "roles": (Role.SCHOOL_ADMIN,),
        "label": "Admin sekolah",
    },
    {
        "username": "editor",
        "password": "pandu-editor-demo",
        "full_name": "Eka Editor",
        "email": "editor@contoh.id",
        # Wagtail's Editors only, not Moderators: the demo shows moderation at work.
        "groups": ("Editors",),
        "label": "Editor konten",
    },
    {
        "username": "admin",
        "password": "pandu-admin-demo",
        "full_name": "Ayu Admin",
        "email": "admin@contoh.id",
        "is_superuser": True,
        "roles": (Role.ADMIN,),
        "label": "Admin",
    },
)


def demo_accounts_ensure() -> list[tuple[dict[str, Any], bool]]:
    """The demo logins, each with whether it was created now. An account that exists is left as
    it is; the student's consent is recorded when her account is made."""
    accounts: dict[str, tuple[User, bool]] = {}
    for user in DEMO_USERS:
        fields = {k: v for k, v in user.items() if k != "label"}
        if user["username"] == "siswa":
            fields["birth_year"] = timezone.localdate().year - STUDENT_AGE
        accounts[user["username"]] = user_ensure(**fields)
    student, student_created = accounts["siswa"]
    if student_created:
        # Given on paper by her mother (the demo parent), entered by the school admin.
        consent_record(
            child=student,
            guardian_name="Rina Wati",
            relationship="ibu",
            method=ConsentMethod.PAPER,
            recorded_by=accounts["adminsekolah"][0],
        )
    return [(user, accounts[user["username"]][1]) for user in DEMO_USERS]


def demo_certificate_ensure() -> Certificate | None:
    """The demo resident attended the city's in-person class on the first demo course: her
    certificate, issued once (with its PDF, as `make run` starts the worker only afterwards)."""
    resident = User.objects.filter(username="warga").first()
    course = (
        CoursePage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .first()
    )
    if resident is None or course is None:
        return None
    issued = certificate_issue(
        user=resident, course=course, source=Source.ADMIN, schedule_pdf=False
    )
    certificate_pdf_ensure(certificate_id=issued.certificate.pk)
    return issued.certificate


class Command(BaseCommand):
    help = "Load the demo catalog and demo users. Safe to run again: nothing is duplicated."

    def handle(self, *args: Any, **options: Any) -> None:
        report = load_catalog(progress=lambda line: self.stdout.write(f"  {line}"))
        self.stdout.write(
            self.style.SUCCESS(
                f"Katalog: {len(report.created)} kursus dibuat, {len(report.present)} sudah ada, "
                f"{len(report.translated)} terjemahan dibuat."
            )
        )
        if report.untranslated_strings:
            self.stdout.write(
                self.style.WARNING(
                    f"  {report.untranslated_strings} teks belum diterjemahkan (tampil dalam "
                    "bahasa aslinya)."
                )
            )
        for user, created in demo_accounts_ensure():
            state = "dibuat" if created else "sudah ada"
            self.stdout.write(f"  Akun {user['username']} ({user['label']}): {state}")
        if (demo_class := demo_class_ensure()) is not None:
            self.stdout.write(
                f"  Kelas demo {demo_class.classroom.name} di {demo_class.school.name}: kode "
                f"{demo_class.classroom.join_code}"
            )
        if demo_link_ensure() is not None:
            self.stdout.write("  Orang tua demo (orangtua) tertaut ke siswa demo (siswa)")
        if (certificate := demo_certificate_ensure()) is not None:
            self.stdout.write(f"  Sertifikat demo untuk warga: /id/sertifikat/{certificate.code}/")
        self.stdout.write("\nLogin demo (hanya untuk komputer ini):")
        for user in DEMO_USERS:
            self.stdout.write(f"  {user['label']:<15} {user['username']:<13} / {user['password']}")
        self.stdout.write(
            "  Masuk di /id/akun/login/ (warga dan orang tua juga dengan nomor HP 0812-0000-0001 "
            "dan 0812-0000-0002); editor, admin sekolah dan admin juga di /admin/."
        )
