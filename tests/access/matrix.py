"""Who may use each address of Pandu: one row per URL pattern, keyed by its namespace:name.

A row says, per method, which personas get through (`only(...)`: on their own objects; `other=`:
on everyone's), and what the rest get: LOGIN (sent to log in) or DENIED (403/404). "Own" is the
persona's side of the world (`world.py`): the teacher's class, the parent's child, the student's
certificate; "other" is the other side's. Bodies are harmless or invalid where that suffices:
the point is the access decision, and every request is rolled back."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from lms.guardians import services as guardian_services

from .declare import (
    ANYONE_SIGNED_IN,
    DENIED,
    EVERYONE,
    LOGIN,
    Expect,
    Row,
    fixed,
    get,
    get_post,
    only,
    post,
    side,
    signed_in_but,
)
from .world import (
    ADMIN,
    ANONYMOUS,
    EDITOR,
    OTHER_PARENT,
    OTHER_STUDENT,
    OTHER_TEACHER,
    PARENT,
    PASSWORD,
    RESIDENT,
    SCHOOL_ADMIN,
    SIGNED_IN,
    STUDENT,
    TEACHER,
    World,
)

LOGIN_PATHS = frozenset({"/id/akun/login/", "/en/akun/login/", "/admin/login/"})

# Not Pandu's: sampled below rather than walked. Wagtail's user admin shows Pandu's user model
# but is Wagtail's code and permissions.
SAMPLED_PREFIXES = ("admin/", "documents/", "i18n/", "id/akun/", "id/_util/")
SAMPLED_NAMES = frozenset({"wagtail_serve"})
WAGTAIL_OWNED_NAMESPACES = frozenset({"wagtailusers_users"})

STAFF = frozenset({SCHOOL_ADMIN, EDITOR, ADMIN})
TEACHERS = (TEACHER, OTHER_TEACHER)
STUDENTS = (STUDENT, OTHER_STUDENT)
PARENTS = (PARENT, OTHER_PARENT)
# Who manages a class: its teacher, its school's admin (school A), and the city's admin.
CLASS_MANAGERS = only(*TEACHERS, SCHOOL_ADMIN, other=[ADMIN])


def in_admin(*personas: str, other: tuple[str, ...] = ()) -> Expect:
    """Wagtail's admin: whoever may not enter it is sent to log in; staff without the
    permission are turned back."""
    return only(*personas, other=other, refused=LOGIN, refused_by=dict.fromkeys(STAFF, DENIED))


ADMINS_ONLY = in_admin(other=(ADMIN,))
ADMIN_SAMPLE = in_admin(other=tuple(STAFF))
EDITORS = in_admin(other=(EDITOR, ADMIN))


def empty(world: World, persona: str, own: bool) -> dict[str, Any]:
    return {}


def course_id(world: World) -> dict[str, Any]:
    return {"course_id": world.pages.course.pk}


def classroom(pick: Callable[[Any], dict[str, Any]] | None = None) -> Any:
    return side(lambda s: {"pk": s.classroom.pk, **(pick(s) if pick else {})})


def _fresh_pairing_code(world: World, persona: str, own: bool) -> dict[str, Any]:
    student = world.side(persona, own=own).student
    return {"code": guardian_services.pairing_code_create(child=student, actor=student).code}


def _event(world: World, persona: str, own: bool) -> dict[str, Any]:
    return {
        "events": [
            {
                "id": str(uuid.uuid4()),
                "lesson_id": world.pages.first_lesson.pk,
                "type": "opened",
                "occurred_at": "2026-11-21T10:00:00+08:00",
            }
        ]
    }


def _credentials(world: World, persona: str, own: bool) -> dict[str, Any]:
    user = world.users.get(persona, world.users[RESIDENT])
    return {"login": user.username, "password": PASSWORD}


def _handler(name: str, **extra: str) -> Any:
    """An activity's handler: "own" is the public first lesson's, "other" the second's."""

    def args(world: World, persona: str, own: bool) -> dict[str, Any]:
        lesson = world.pages.first_lesson if own else world.pages.second_lesson
        return {"language": "id", "usage_id": world.usage_id(lesson), "handler": name, **extra}

    return args


def api(method: str, expect: Expect, **kwargs: Any) -> Row:
    return Row(methods={method: expect}, json=True, **kwargs)


MATRIX: dict[str, Row] = {
    # --- Outside the language prefix ------------------------------------------------------------
    "healthz": get(EVERYONE),
    # Uploaded files are public to whoever has the address (certificate PDFs get unguessable
    # names for that reason).
    "media": get(
        EVERYONE,
        args=fixed(lambda w: {"path": w.pages.cover}),
        owned=False,
    ),
    "content:xblock_resource": get(
        EVERYONE,
        args=fixed(
            lambda w: {
                "block_type": "pandu_multiple_choice",
                "version": "0",
                "path": "static/activity.css",
            }
        ),
        owned=False,
    ),
    # Anyone may answer the first lesson's activities (a visitor in their session); the second
    # lesson's need an account (a 403 "login_required", not a 401). The empty answer is refused
    # as invalid.
    "xblock_handler": post(
        only(*SIGNED_IN, ANONYMOUS, other=SIGNED_IN, anonymous=DENIED),
        args=_handler("submit"),
        body=empty,
        json=True,
    ),
    "xblock_handler_suffix": post(
        only(*SIGNED_IN, ANONYMOUS, other=SIGNED_IN, anonymous=DENIED),
        args=_handler("submit", suffix="x"),
        body=empty,
        json=True,
    ),
    "credentials:issuer": get(
        EVERYONE, args=fixed(lambda w: {"public_id": w.issuer.public_id}), owned=False
    ),
    "credentials:jwks": get(
        EVERYONE, args=fixed(lambda w: {"public_id": w.issuer.public_id}), owned=False
    ),
    "credentials:revocations": get(
        EVERYONE, args=fixed(lambda w: {"public_id": w.issuer.public_id}), owned=False
    ),
    # --- The API (tests/lms/api/test_access_matrix.py checks what each answer holds) ----------
    "api:openapi-json": get(EVERYONE),
    "api:openapi-view": get(EVERYONE),
    "api:api-root": get(only(anonymous=DENIED)),
    "api:token_create": api("POST", EVERYONE, body=_credentials),
    # Only a token revokes itself: a session is not logged in for this operation.
    "api:token_revoke": api("DELETE", only(refused=LOGIN)),
    "api:course_list": get(EVERYONE),
    "api:course_detail": get(EVERYONE, args=fixed(course_id), owned=False),
    "api:enrollment_list": get(ANYONE_SIGNED_IN),
    "api:enrollment_create": api("POST", ANYONE_SIGNED_IN, body=lambda w, p, o: course_id(w)),
    "api:progress_events": api("POST", ANYONE_SIGNED_IN, body=_event),
    "api:credential_verify": api(
        "POST",
        EVERYONE,
        body=lambda w, p, o: {"credential": w.side(p, own=o).certificate.credential},
        owned=False,
    ),
    "api:certificate_list": get(ANYONE_SIGNED_IN),
    "api:class_list": get(ANYONE_SIGNED_IN),
    "api:class_create": api(
        "POST",
        only(*TEACHERS),
        body=lambda w, p, o: {
            "name": "VII-Z",
            "grade": 7,
            "academic_year": "2026/2027",
            "semester": 1,
        },
    ),
    # Anyone may join a class with its code (its teacher is told they cannot).
    "api:class_join": api(
        "POST",
        ANYONE_SIGNED_IN,
        body=lambda w, p, o: {"code": w.side(p, own=o).classroom.join_code},
    ),
    "api:assignment_create": api(
        "POST",
        CLASS_MANAGERS,
        args=side(lambda s: {"id": s.classroom.pk}),
        body=lambda w, p, o: course_id(w),
    ),
    # A student of the class gets their own row only.
    "api:gradebook": get(
        only(*STUDENTS, *TEACHERS, SCHOOL_ADMIN, other=[ADMIN]),
        args=side(lambda s: {"id": s.classroom.pk}),
    ),
    # The child themself, or a teacher of the child's class.
    "api:pairing_code_create": api(
        "POST",
        only(*STUDENTS, *TEACHERS),
        body=lambda w, p, o: {"student_id": w.side(p, own=o).student.pk},
    ),
    # Anyone signed in may enter a child's code and become their guardian.
    "api:link_create": api("POST", ANYONE_SIGNED_IN, body=_fresh_pairing_code),
    "api:link_delete": api(
        "DELETE", only(*STUDENTS, *PARENTS), args=side(lambda s: {"id": s.link.pk})
    ),
    "api:children_list": get(ANYONE_SIGNED_IN),
    "api:child_progress": get(only(*PARENTS), args=side(lambda s: {"id": s.student.pk})),
    "api:child_export": get(only(*PARENTS), args=side(lambda s: {"id": s.student.pk})),
    "api:consent_give": api(
        "POST",
        only(*PARENTS),
        args=side(lambda s: {"id": s.student.pk}),
        body=lambda w, p, o: {"relationship": "ibu", "agree": True},
    ),
    "api:consent_withdraw": api(
        "DELETE", only(*PARENTS), args=side(lambda s: {"id": s.student.pk})
    ),
    "api:notification_preferences_get": get(ANYONE_SIGNED_IN),
    "api:notification_preferences_put": api(
        "PUT", ANYONE_SIGNED_IN, body=lambda w, p, o: {"items": []}
    ),
    # --- Accounts and privacy -------------------------------------------------------------------
    "accounts:profile": get_post(ANYONE_SIGNED_IN, body=empty),
    "accounts:login_code": get_post(EVERYONE, body=empty),
    "accounts:phone_reset": get_post(EVERYONE, body=empty),
    "accounts:phone_reset_confirm": get_post(EVERYONE, body=empty),
    # Whoever may enter the admin (editors, school admins, admins) is closed by another admin
    # once their work is handed over: they cannot ask for their own deletion.
    "privacy:home": get_post(ANYONE_SIGNED_IN, signed_in_but(*STAFF), body=empty),
    "privacy:download": get(ANYONE_SIGNED_IN),
    "privacy:cancel": post(ANYONE_SIGNED_IN, body=empty),
    # --- Learning -------------------------------------------------------------------------------
    "learning:dashboard": get(ANYONE_SIGNED_IN),
    "learning:enroll": post(
        ANYONE_SIGNED_IN, args=fixed(lambda w: {"course_id": w.pages.course.pk}), owned=False
    ),
    "learning:leave": get_post(
        ANYONE_SIGNED_IN, args=fixed(lambda w: {"course_id": w.pages.course.pk}), owned=False
    ),
    "learning:lesson_complete": post(
        ANYONE_SIGNED_IN, args=fixed(lambda w: {"lesson_id": w.pages.second_lesson.pk}), owned=False
    ),
    # --- Classes --------------------------------------------------------------------------------
    "classrooms:list": get(ANYONE_SIGNED_IN),
    "classrooms:create": get_post(only(*TEACHERS), body=empty),
    "classrooms:join": get_post(ANYONE_SIGNED_IN, body=empty),
    "classrooms:tasks": get(ANYONE_SIGNED_IN),
    "classrooms:detail": get(CLASS_MANAGERS, args=classroom()),
    "classrooms:code_reset": get_post(CLASS_MANAGERS, args=classroom(), body=empty),
    "classrooms:archive": get_post(CLASS_MANAGERS, args=classroom(), body=empty),
    "classrooms:student_add": get_post(CLASS_MANAGERS, args=classroom(), body=empty),
    "classrooms:roster_import": get_post(CLASS_MANAGERS, args=classroom(), body=empty),
    "classrooms:roster_template": get(CLASS_MANAGERS, args=classroom()),
    "classrooms:student_remove": get_post(
        CLASS_MANAGERS, args=classroom(lambda s: {"user_id": s.student.pk}), body=empty
    ),
    "classrooms:login_reset": get_post(
        CLASS_MANAGERS, args=classroom(lambda s: {"user_id": s.student.pk}), body=empty
    ),
    "classrooms:consent": post(
        CLASS_MANAGERS, args=classroom(lambda s: {"user_id": s.student.pk}), body=empty
    ),
    "classrooms:login_cards": get_post(CLASS_MANAGERS, args=classroom(), body=empty),
    "classrooms:dashboard": get(CLASS_MANAGERS, args=classroom()),
    "classrooms:gradebook": get(CLASS_MANAGERS, args=classroom()),
    "classrooms:gradebook_csv": get(CLASS_MANAGERS, args=classroom()),
    "classrooms:gradebook_xlsx": get(CLASS_MANAGERS, args=classroom()),
    # A student reads their own results in the class.
    "classrooms:student_report": get(
        only(*STUDENTS, *TEACHERS, SCHOOL_ADMIN, other=[ADMIN]),
        args=classroom(lambda s: {"student_id": s.student.pk}),
    ),
    "classrooms:activities": get(CLASS_MANAGERS, args=classroom()),
    "classrooms:certificates": get(CLASS_MANAGERS, args=classroom()),
    "classrooms:assignments": get(CLASS_MANAGERS, args=classroom()),
    "classrooms:assign": get_post(CLASS_MANAGERS, args=classroom(), body=empty),
    "classrooms:assignment_withdraw": get_post(
        CLASS_MANAGERS,
        args=classroom(lambda s: {"assignment_id": s.assignment.pk}),
        body=empty,
    ),
    # --- Certificates ---------------------------------------------------------------------------
    "certificates:check": get_post(EVERYONE, body=empty),
    "certificates:verify": get(EVERYONE, args=side(lambda s: {"code": s.certificate.code})),
    "certificates:pdf": get(
        only(*STUDENTS, anonymous=DENIED), args=side(lambda s: {"code": s.certificate.code})
    ),
    "certificates:credential": get(
        only(*STUDENTS, anonymous=DENIED), args=side(lambda s: {"code": s.certificate.code})
    ),
    # --- Notifications --------------------------------------------------------------------------
    "notifications:list": get(ANYONE_SIGNED_IN),
    "notifications:open": post(
        only(*SIGNED_IN),
        args=lambda w, p, o: {"pk": w.notification(p, own=o).pk},
        body=empty,
    ),
    "notifications:read_all": post(ANYONE_SIGNED_IN, body=empty),
    "notifications:preferences": get_post(ANYONE_SIGNED_IN, body=empty),
    # The link in an email is its own proof: it works without logging in.
    "notifications:unsubscribe": get_post(
        EVERYONE, args=fixed(lambda w: {"token": w.unsubscribe}), owned=False, body=empty
    ),
    # --- Parents and guardians ------------------------------------------------------------------
    "guardians:children": get(ANYONE_SIGNED_IN),
    "guardians:link": get_post(ANYONE_SIGNED_IN, body=empty),
    "guardians:child": get(only(*PARENTS), args=side(lambda s: {"child_id": s.student.pk})),
    "guardians:child_download": get(
        only(*PARENTS), args=side(lambda s: {"child_id": s.student.pk})
    ),
    "guardians:consent": get_post(
        only(*PARENTS), args=side(lambda s: {"child_id": s.student.pk}), body=empty
    ),
    "guardians:consent_withdraw": get_post(
        only(*PARENTS), args=side(lambda s: {"child_id": s.student.pk}), body=empty
    ),
    # Either side of the link undoes it.
    "guardians:unlink": get_post(
        only(*PARENTS, *STUDENTS), args=side(lambda s: {"link_id": s.link.pk}), body=empty
    ),
    "guardians:code": get_post(ANYONE_SIGNED_IN, body=empty),
    # From the class page: a teacher of the class, for a pupil of it.
    "guardians:code_for_student": post(
        only(*TEACHERS),
        args=side(lambda s: {"class_id": s.classroom.pk, "student_id": s.student.pk}),
        body=empty,
    ),
}


FORM_VIEWS = frozenset({"add", "edit", "delete"})


def _admin_rows(
    namespace: str,
    expect: Expect,
    pick: Callable[[Any], Any],
    *,
    views: tuple[str, ...] = ("index", "index_results", "add"),
    object_views: tuple[str, ...] = ("edit", "delete", "history", "history_results", "usage"),
    owned: bool = True,
) -> dict[str, Row]:
    """A viewset of Pandu's models in Wagtail's admin: its lists, and its pages of one object.
    The forms (add, edit, delete) are also posted, empty."""

    def row(view: str, **kwargs: Any) -> Row:
        if view in FORM_VIEWS:
            return get_post(expect, body=empty, **kwargs)
        return get(expect, **kwargs)

    rows = {f"{namespace}:{view}": row(view) for view in views}
    for view in object_views:
        rows[f"{namespace}:{view}"] = row(
            view, args=lambda w, p, o: {"pk": pick(w.side(p, own=o)).pk}, owned=owned
        )
    return rows


NOBODY = in_admin()
MATRIX.update(
    {
        **_admin_rows("roles", ADMINS_ONLY, lambda s: s.role_grant),
        # School admins record and withdraw guardians' paper consents, for their school's
        # pupils only.
        **_admin_rows(
            "consents",
            in_admin(SCHOOL_ADMIN, other=(ADMIN,)),
            lambda s: s.consent,
            views=("index", "index_results", "add"),
            object_views=("history", "history_results", "usage"),
        ),
        # POST withdraws the consent (rolled back after the request).
        "consents:edit": get_post(
            in_admin(SCHOOL_ADMIN, other=(ADMIN,)),
            args=side(lambda s: {"pk": s.consent.pk}),
            body=lambda w, p, o: {"confirm": "on"},
        ),
        **_admin_rows("schools", ADMINS_ONLY, lambda s: s.school),
        **_admin_rows("school_staff", ADMINS_ONLY, lambda s: s.staff),
        **_admin_rows("certificates_admin", EDITORS, lambda s: s.certificate),
        "certificates_admin:attendees": get_post(EDITORS, body=empty),
        **_admin_rows("certificate_issuers", ADMINS_ONLY, lambda s: s.certificate.issuer),
        **_admin_rows(
            "audit",
            ADMINS_ONLY,
            lambda s: s.audit,
            views=("index", "index_results"),
            object_views=("inspect",),
        ),
        # The audit log is read, never written, from the admin.
        **_admin_rows(
            "audit",
            NOBODY,
            lambda s: s.audit,
            views=("add",),
            object_views=("edit", "delete", "history", "history_results", "usage"),
        ),
        # Nothing here is deleted from the admin: a consent is withdrawn and a certificate
        # revoked (both kept), an issuer signed what it signed, a school keeps its history.
        **_admin_rows("consents", NOBODY, lambda s: s.consent, views=(), object_views=("delete",)),
        **_admin_rows(
            "certificates_admin",
            NOBODY,
            lambda s: s.certificate,
            views=(),
            object_views=("delete",),
        ),
        **_admin_rows(
            "certificate_issuers",
            NOBODY,
            lambda s: s.certificate.issuer,
            views=(),
            object_views=("delete",),
        ),
        **_admin_rows("schools", NOBODY, lambda s: s.school, views=(), object_views=("delete",)),
        # Wagtail's "usage" page of a role or a staff place: nothing refers to them.
        **_admin_rows("roles", NOBODY, lambda s: s.role_grant, views=(), object_views=("usage",)),
        **_admin_rows("school_staff", NOBODY, lambda s: s.staff, views=(), object_views=("usage",)),
    }
)

MATRIX.update(
    {
        # Topics are the admin's to manage; editors pick one for a course.
        **{
            f"wagtailsnippets_courses_topic:{view}": get(ADMINS_ONLY)
            for view in ("list", "list_results", "add")
        },
        **{
            f"wagtailsnippets_courses_topic:{view}": get(
                ADMINS_ONLY, args=fixed(lambda w: {"pk": w.pages.course.topic_id}), owned=False
            )
            for view in ("edit", "delete", "usage", "history", "history_results", "copy")
        },
        # Wagtail's chooser lists topics to anyone in the admin (topics are public).
        **{
            f"wagtailsnippetchoosers_courses_topic:{view}": get(ADMIN_SAMPLE)
            for view in ("choose", "choose_results", "chosen_multiple")
        },
        "wagtailsnippetchoosers_courses_topic:create": get(ADMINS_ONLY),
        "wagtailsnippetchoosers_courses_topic:chosen": get(
            ADMIN_SAMPLE, args=fixed(lambda w: {"pk": w.pages.course.topic_id}), owned=False
        ),
    }
)

# Wagtail's admin, sampled: its home, the page tree, images, people, its history of changes
# (which shows each person only what they may change: a school admin, consents).
SAMPLES: dict[str, Expect] = {
    "/admin/": ADMIN_SAMPLE,
    "/admin/pages/": in_admin(other=(EDITOR, ADMIN)),
    "/admin/images/": in_admin(other=(EDITOR, ADMIN)),
    "/admin/users/": ADMINS_ONLY,
    "/admin/reports/site-history/": ADMIN_SAMPLE,
    # allauth's pages: signing in and up is for visitors; a signed-in person is sent on.
    "/id/akun/login/": EVERYONE,
    "/id/akun/signup/": EVERYONE,
    "/id/akun/password/reset/": EVERYONE,
    "/id/akun/2fa/": ANYONE_SIGNED_IN,
    "/id/akun/email/": ANYONE_SIGNED_IN,
    "/i18n/setlang/": EVERYONE,
}


def _page(pick: Callable[[World], Any], expect: Expect) -> Callable[[World], tuple[str, Expect]]:
    return lambda world: (pick(world), expect)


# The pages Wagtail serves: anyone reads the catalog, a course and its first lesson; the other
# lessons ask a visitor to log in; a draft exists only in the admin's preview.
PAGES: dict[str, Callable[[World], tuple[str, Expect]]] = {
    "home": _page(lambda w: w.pages.home.url, EVERYONE),
    "catalog": _page(lambda w: w.pages.catalog.url, EVERYONE),
    "course": _page(lambda w: w.pages.course.url, EVERYONE),
    "module": _page(lambda w: w.pages.first_lesson.get_parent().url, EVERYONE),
    "lesson of the draft": _page(lambda w: w.pages.draft_lesson, only(anonymous=DENIED)),
    "first lesson": _page(lambda w: w.pages.first_lesson.url, EVERYONE),
    "second lesson": _page(lambda w: w.pages.second_lesson.url, ANYONE_SIGNED_IN),
    "draft": _page(lambda w: w.pages.draft.get_url(), only(anonymous=DENIED)),
    "draft preview": _page(
        lambda w: f"/admin/pages/{w.pages.draft.pk}/view_draft/", in_admin(other=(EDITOR, ADMIN))
    ),
}

# Declared as they should be, and failing today (each test is an expected failure until fixed).
KNOWN_PROBLEMS: dict[str, str] = {}
# Views that answer methods they should refuse.
KNOWN_METHOD_PROBLEMS: dict[str, str] = {}
# Pages Wagtail serves that answer what they should not.
KNOWN_PAGE_PROBLEMS: dict[str, str] = {}
