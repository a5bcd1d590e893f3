"""The pages: the list ("Notifikasi"), the settings, and the unsubscribe link of an email."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from lms.accounts.models import User
from lms.notifications import channels, services
from lms.notifications.channels import Message
from lms.notifications.models import Channel, Kind, Notification, Preference

from .conftest import PASSWORD, make_user, opt_in

pytestmark = pytest.mark.django_db


def url(name: str, *args: object, language: str = "id") -> str:
    with translation.override(language):
        return reverse(f"notifications:{name}", args=args)


def logged_in(username: str, **extra: Any) -> tuple[Client, User]:
    user = make_user(username, **extra)
    client = Client()
    assert client.login(username=username, password=PASSWORD)
    return client, user


def notify(user: User, n: int) -> None:
    """`n` notifications at once. Pandu makes them one by one (channels.send), which tells the
    header's kept state; a bulk insert does not, so this does."""
    Notification.objects.bulk_create(
        Notification(user=user, kind=Kind.COURSE_COMPLETED, title=f"Pesan {i}", url="/id/saya/")
        for i in range(n)
    )
    services.nav_forget(user_ids=[user.pk])


def badge(client: Client) -> str:
    """The unread count on the account menu, or "" without one."""
    html = client.get("/id/saya/").content.decode()
    marker = '<span class="badge badge--dot" aria-hidden="true">'
    return html.split(marker, 1)[1].split("<", 1)[0] if marker in html else ""


def test_the_headers_badge_follows_new_and_read_notifications() -> None:
    client, user = logged_in("warga")
    assert badge(client) == ""
    message = Message(title="Selamat", lines=["Anda menyelesaikan kursus."], url="/id/saya/")
    channels.send(user=user, kind=Kind.COURSE_COMPLETED, channel=Channel.IN_APP, message=message)
    channels.send(user=user, kind=Kind.COURSE_COMPLETED, channel=Channel.IN_APP, message=message)
    assert badge(client) == "2"
    first = Notification.objects.filter(user=user).order_by("pk").first()
    assert first is not None
    client.post(url("open", first.pk))
    assert badge(client) == "1"
    client.post(url("read_all"))
    assert badge(client) == ""
    channels.send(
        user=user, kind=Kind.COURSE_COMPLETED, channel=Channel.IN_APP, message=message, about=user
    )
    assert badge(client) == "1"
    services.notifications_about_delete(user=user)
    assert badge(client) == ""


def test_the_headers_links_follow_a_role_granted_and_taken_away() -> None:
    from lms.accounts.models import Role
    from lms.accounts.services import role_grant, role_revoke

    client, user = logged_in("guru")
    classes = reverse("classrooms:list")
    assert f'href="{classes}"' not in client.get("/id/saya/").content.decode()
    role_grant(user=user, role=Role.TEACHER, granted_by=None)
    assert f'href="{classes}"' in client.get("/id/saya/").content.decode()
    role_revoke(user=user, role=Role.TEACHER)
    assert f'href="{classes}"' not in client.get("/id/saya/").content.decode()


def test_the_list_is_empty_at_first_and_says_where_to_choose() -> None:
    client, _user = logged_in("warga")
    page = client.get(url("list"))
    assert page.status_code == 200
    assert url("preferences").encode() in page.content
    assert b"notification-list" not in page.content


def test_the_list_shows_the_newest_first_and_the_unread_count() -> None:
    client, user = logged_in("warga")
    notify(user, 3)
    Notification.objects.filter(title="Pesan 0").update(read_at="2026-11-01T00:00:00+08:00")
    page = client.get(url("list"))
    content = page.content.decode()
    assert content.index("Pesan 2") < content.index("Pesan 1") < content.index("Pesan 0")
    assert "2 unread" in content or "2 belum dibaca" in content


@pytest.mark.parametrize("count", [1, 30])
def test_the_list_takes_a_fixed_number_of_queries(
    count: int, django_assert_num_queries: object
) -> None:
    client, user = logged_in(f"warga{count}")
    notify(user, count)
    client.get(url("list"))  # warm the session and the site's caches
    # session + user, notifications (and Wagtail's site); the header's roles and unread count
    # are kept (selectors.nav_state), its catalog link with the page tree (courses.treecache)
    with django_assert_num_queries(3):  # type: ignore[operator]
        assert client.get(url("list")).status_code == 200


def test_opening_one_marks_it_read_and_goes_to_its_link() -> None:
    client, user = logged_in("warga")
    notify(user, 1)
    item = Notification.objects.get(user=user)
    answer = client.post(url("open", item.pk))
    assert answer.status_code == 302
    assert answer["Location"] == "/id/saya/"
    item.refresh_from_db()
    assert item.read_at is not None


def test_a_link_to_another_site_is_not_followed() -> None:
    client, user = logged_in("warga")
    item = Notification.objects.create(
        user=user, kind=Kind.COURSE_COMPLETED, title="x", url="https://jahat.example/"
    )
    answer = client.post(url("open", item.pk))
    assert answer["Location"] == url("list")


def test_mark_all_read() -> None:
    client, user = logged_in("warga")
    notify(user, 3)
    assert client.post(url("read_all")).status_code == 302
    assert not Notification.objects.filter(user=user, read_at__isnull=True).exists()


def test_strangers_cannot_see_or_mark_another_persons_notifications() -> None:
    owner = make_user("pemilik")
    notify(owner, 2)
    item = Notification.objects.filter(user=owner).first()
    assert item is not None
    other, _user = logged_in("orang-lain")
    assert b"Pesan" not in other.get(url("list")).content
    assert other.post(url("open", item.pk)).status_code == 404
    other.post(url("read_all"))
    assert Notification.objects.filter(user=owner, read_at__isnull=True).count() == 2
    anonymous = Client()
    for name, args, method in (
        ("list", (), "get"),
        ("open", (item.pk,), "post"),
        ("read_all", (), "post"),
        ("preferences", (), "get"),
    ):
        answer = getattr(anonymous, method)(url(name, *args))
        assert answer.status_code == 302
        assert "/akun/" in answer["Location"]
    assert Notification.objects.filter(user=owner, read_at__isnull=True).count() == 2


def test_the_settings_turn_preferences_on_and_off() -> None:
    client, user = logged_in("warga", phone="+6281234567890")
    page = client.get(url("preferences"))
    assert page.status_code == 200
    assert not Preference.objects.filter(user=user).exists()  # all off until chosen
    client.post(
        url("preferences"), {"weekly_summary__whatsapp": "on", "course_completed__in_app": "on"}
    )
    on = set(Preference.objects.filter(user=user, enabled=True).values_list("kind", "channel"))
    assert on == {("weekly_summary", "whatsapp"), ("course_completed", "in_app")}
    client.post(url("preferences"), {"course_completed__in_app": "on"})
    on = set(Preference.objects.filter(user=user, enabled=True).values_list("kind", "channel"))
    assert on == {("course_completed", "in_app")}


def test_phone_channels_are_disabled_without_a_verified_number() -> None:
    client, user = logged_in("tanpa-hp", email="")
    page = client.get(url("preferences")).content.decode()
    assert 'name="weekly_summary__sms"' in page
    field = page[
        page.index('name="weekly_summary__sms"') - 200 : page.index('name="weekly_summary__sms"')
        + 200
    ]
    assert "disabled" in field
    client.post(
        url("preferences"),
        {
            "weekly_summary__sms": "on",
            "weekly_summary__email": "on",
            "weekly_summary__in_app": "on",
        },
    )
    on = set(Preference.objects.filter(user=user, enabled=True).values_list("kind", "channel"))
    assert on == {("weekly_summary", "in_app")}


# --- Unsubscribing from an email ----------------------------------------------------------------


def email_link(user: User) -> str:
    opt_in(user, (Kind.WEEKLY_SUMMARY, Channel.EMAIL))
    services.deliver(
        user=user,
        kind=Kind.WEEKLY_SUMMARY,
        dedupe_key="w",
        build=lambda: Message(title="Ringkasan", lines=["isi"]),
    )
    [email] = mail.outbox
    header: str = email.extra_headers["List-Unsubscribe"]
    link = header.strip("<>")
    assert link in email.body
    return link.removeprefix("http://testserver")


def test_the_email_link_works_without_logging_in() -> None:
    user = make_user("ibu")
    link = email_link(user)
    anonymous = Client()
    confirm = anonymous.get(link)
    assert confirm.status_code == 200
    assert Preference.objects.get(
        user=user, kind=Kind.WEEKLY_SUMMARY, channel=Channel.EMAIL
    ).enabled
    done = anonymous.post(link)
    assert done.status_code == 200
    assert not Preference.objects.get(
        user=user, kind=Kind.WEEKLY_SUMMARY, channel=Channel.EMAIL
    ).enabled
    # Opened twice: still fine, still off.
    assert anonymous.post(link).status_code == 200


def test_one_click_unsubscribe_from_a_mail_program() -> None:
    user = make_user("ibu")
    link = email_link(user)
    answer = Client(enforce_csrf_checks=True).post(link, {"List-Unsubscribe": "One-Click"})
    assert answer.status_code == 200
    assert not Preference.objects.filter(user=user, enabled=True).exists()


@pytest.mark.parametrize(
    "change",
    [
        lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        lambda token: "x" + token,
        lambda token: "bukan-token",
    ],
)
def test_a_changed_token_is_refused(change: object) -> None:
    user = make_user("ibu")
    link = email_link(user)
    token = link.rstrip("/").rsplit("/", 1)[1]
    forged = link.replace(token, change(token))  # type: ignore[operator]
    assert Client().post(forged).status_code == 400
    assert Preference.objects.get(
        user=user, kind=Kind.WEEKLY_SUMMARY, channel=Channel.EMAIL
    ).enabled


def test_a_token_names_one_person_kind_and_channel_only() -> None:
    ibu = make_user("ibu")
    other = make_user("lain")
    opt_in(other, (Kind.WEEKLY_SUMMARY, Channel.EMAIL), (Kind.COURSE_COMPLETED, Channel.EMAIL))
    link = email_link(ibu)
    Client().post(link)
    assert Preference.objects.filter(user=other, enabled=True).count() == 2
    # Another kind's token for the same person stops that kind only.
    token = channels.unsubscribe_token(
        user=other, kind=Kind.COURSE_COMPLETED, channel=Channel.EMAIL
    )
    Client().post(url("unsubscribe", token))
    assert set(
        Preference.objects.filter(user=other, enabled=True).values_list("kind", flat=True)
    ) == {"weekly_summary"}


def test_the_headers_roles_and_unread_count_are_one_query(
    django_assert_num_queries: Any,
) -> None:
    """`selectors.nav_state`, for the header's badge (lms/core/templatetags/header.py uses it)."""
    from lms.accounts.models import Role
    from lms.accounts.services import role_grant
    from lms.notifications.selectors import nav_state

    user = make_user("warga")
    with django_assert_num_queries(1):
        assert nav_state(user=user).unread == 0
    role_grant(user=user, role=Role.PARENT, granted_by=None)
    role_grant(user=user, role=Role.STUDENT, granted_by=None)
    notify(user, 3)
    notify(make_user("lain"), 2)
    Notification.objects.filter(user=user, title="Pesan 0").update(
        read_at="2026-11-01T00:00:00+08:00"
    )
    with django_assert_num_queries(1):
        state = nav_state(user=user)
    assert state.unread == 2
    assert state.roles == {"parent", "student"}
