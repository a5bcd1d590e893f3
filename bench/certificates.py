"""Certificates issued per second by one worker, PDF included.

    python bench/certificates.py [--certificates 50]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/pandu_bench python bench/certificates.py

Runs in one process, as one Celery worker would: a throwaway var/ directory (SQLite and media
under it, unless DATABASE_URL names a database, which must be empty or disposable), migrations,
one course, N learners who finished it, then the task `certificate_issue_for_completion` called
for each, one after another: the certificate row, the signed credential (RS256, the key size of
the settings, 3072 bits by default) and the PDF (WeasyPrint) with its QR code, stored in media.
Prints certificates per second and the time of each step. Target: at least 5 per second.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--certificates", type=int, default=50, help="how many (default 50)")
    parser.add_argument("--keep", action="store_true", help="keep the throwaway directory")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    var_dir = Path(tempfile.mkdtemp(prefix="pandu-bench-certificates-"))
    os.environ["PANDU_VAR_DIR"] = str(var_dir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "lms.settings.dev"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.path.insert(0, str(ROOT))
    try:
        run(args.certificates)
    finally:
        if args.keep:
            print(f"kept {var_dir}")
        else:
            shutil.rmtree(var_dir, ignore_errors=True)


def run(count: int) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.hashers import make_password
    from django.core.management import call_command
    from django.utils import timezone

    from lms.accounts.models import User
    from lms.certificates import credentials, keys, pdf, services
    from lms.certificates.models import Certificate
    from lms.certificates.tasks import certificate_issue_for_completion
    from lms.learning.models import Enrollment
    from tests.factories import make_catalog, make_course

    call_command("migrate", verbosity=0)
    catalog = make_catalog()
    course = make_course(catalog, title="Aktivasi Identitas Kependudukan Digital", slug="ikd")
    # Bulk-inserted learners and finished enrolments, with one precomputed password hash.
    hashed = make_password(secrets.token_urlsafe(16))
    User.objects.bulk_create(
        [
            User(username=f"warga{n}", full_name=f"Warga Nomor {n} Balikpapan", password=hashed)
            for n in range(count)
        ]
    )
    now = timezone.now()
    users = list(User.objects.order_by("pk"))
    Enrollment.objects.bulk_create(
        [Enrollment(user=u, course_key=course.translation_key, completed_at=now) for u in users]
    )

    started = time.perf_counter()
    key = keys.active_key()
    key_seconds = time.perf_counter() - started
    print(f"database: {str(settings.DATABASES['default']['ENGINE']).rsplit('.', 1)[-1]}")
    print(f"signing key: RSA {keys.key_bits()} bits, made in {key_seconds:.2f} s ({key.kid[:12]}…)")

    # The first PDF loads fonts and WeasyPrint's style sheets: warm up once, untimed, as a
    # long-running worker would be.
    warm = users.pop()
    certificate_issue_for_completion(user_id=warm.pk, course_key=str(course.translation_key))

    durations: list[float] = []
    started = time.perf_counter()
    for user in users:
        begin = time.perf_counter()
        certificate_issue_for_completion(user_id=user.pk, course_key=str(course.translation_key))
        durations.append(time.perf_counter() - begin)
    elapsed = time.perf_counter() - started
    issued = Certificate.objects.exclude(pdf="").count()
    if issued != len(users) + 1:
        sys.exit(f"expected {len(users) + 1} PDFs, found {issued}")

    sample = Certificate.objects.select_related("issuer").first()
    if sample is None:
        sys.exit("no certificate")
    steps = {}
    begin = time.perf_counter()
    for _ in range(10):
        credentials.sign(services.award_of(sample), key=keys.private_key(key), kid=key.kid)
    steps["sign (RS256)"] = (time.perf_counter() - begin) / 10
    begin = time.perf_counter()
    for _ in range(5):
        pdf.render(sample)
    steps["PDF render"] = (time.perf_counter() - begin) / 5

    rate = len(users) / elapsed
    print(f"certificates: {len(users)} in {elapsed:.2f} s")
    print(f"certificates per second per worker: {rate:.1f}  (target >= 5)")
    print(
        "per certificate: "
        f"median {statistics.median(durations) * 1000:.0f} ms, "
        f"p95 {sorted(durations)[int(0.95 * (len(durations) - 1))] * 1000:.0f} ms, "
        f"max {max(durations) * 1000:.0f} ms"
    )
    for name, seconds in steps.items():
        print(f"  {name}: {seconds * 1000:.1f} ms")
    size = sum(
        Path(settings.MEDIA_ROOT, c.pdf_name).stat().st_size for c in Certificate.objects.all()
    )
    print(f"PDF size: {size / issued / 1024:.0f} KiB on average")


if __name__ == "__main__":
    main()
