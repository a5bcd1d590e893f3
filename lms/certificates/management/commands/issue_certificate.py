from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from courses.models import CoursePage
from lms.accounts.selectors import user_by_identifier
from lms.certificates import services
from lms.certificates.models import Issuer, Source


class Command(BaseCommand):
    help = (
        "Issue a certificate by hand (in-person training): USERNAME (or e-mail address or mobile "
        "number) and the id of the course page. Issuing twice changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("course_id", type=int)
        parser.add_argument(
            "--issuer", type=int, default=None, help="Issuer id (default: the default issuer)."
        )

    def handle(
        self, *args: Any, username: str, course_id: int, issuer: int | None, **options: Any
    ) -> None:
        user = user_by_identifier(username)
        if user is None:
            raise CommandError(f"No account {username!r}.")
        course = CoursePage.objects.live().filter(pk=course_id).first()
        if course is None:
            raise CommandError(f"No published course with id {course_id}.")
        chosen = None
        if issuer is not None:
            chosen = Issuer.objects.filter(pk=issuer).first()
            if chosen is None:
                raise CommandError(f"No issuer with id {issuer}.")
        try:
            issued = services.certificate_issue(
                user=user, course=course, source=Source.COMMAND, issuer=chosen, schedule_pdf=False
            )
        except services.Refused as refusal:
            raise CommandError(" ".join(refusal.messages)) from None
        certificate = issued.certificate
        services.certificate_pdf_ensure(certificate_id=certificate.pk)
        state = "issued" if issued.created else "already issued"
        self.stdout.write(self.style.SUCCESS(f"Certificate {state}: {certificate.code}"))
