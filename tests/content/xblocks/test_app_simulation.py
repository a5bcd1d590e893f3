"""App simulation: taps checked on the server against areas the browser never sees, one step at
a time, each step counted once; the score counts the steps done without help."""

from __future__ import annotations

import copy
import html
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

import pytest
from django.utils.translation import gettext, ngettext
from pytest_django import Settings

from content.xblocks.runtime import render_student_view

from .conftest import MC, Activity, make_learner, new_usage_id

pytestmark = pytest.mark.django_db

SIMULATION = "pandu_app_simulation"
HINT_LOGIN = "Tombol Masuk ada di bawah, berwarna biru."
HINT_NIK = "NIK ada di KTP Anda: 16 angka."
HINT_ACTIVATE = "Cari tombol bertuliskan Aktivasi."
NIK = "6471012345678901"

# Positions inside and outside the areas, in percent of the image.
ON_LOGIN = {"x": 50.0, "y": 75.0}
ON_REGISTER = {"x": 50.0, "y": 89.0}
ON_NOTHING = {"x": 50.0, "y": 40.0}
ON_ACTIVATE = {"x": 30.0, "y": 55.0}


def screens() -> list[dict[str, Any]]:
    return [
        {
            "id": "layar-masuk",
            "image_url": "/media/simulasi/ikd-1.webp",
            "image_width": 720,
            "image_height": 1280,
            "image_alt": "Layar pembuka aplikasi IKD dengan tombol Masuk dan Daftar.",
            "instruction": "Ketuk tombol untuk masuk ke akun Anda.",
            "kind": "tap",
            "hotspots": [
                {
                    "id": "area-masuk",
                    "label": "Masuk",
                    "x": 10.5,
                    "y": 70.25,
                    "width": 79.5,
                    "height": 9.75,
                    "correct": True,
                },
                {
                    "id": "area-daftar",
                    "label": "Daftar",
                    "x": 10.5,
                    "y": 84.5,
                    "width": 79.5,
                    "height": 9.75,
                    "correct": False,
                },
                {
                    "id": "area-bantuan",
                    "label": "Bantuan",
                    "x": 72.0,
                    "y": 2.0,
                    "width": 26.0,
                    "height": 7.0,
                    "correct": False,
                },
            ],
            "field_label": "",
            "answers": [],
            "hint": HINT_LOGIN,
            "success": "Bagus, Anda membuka halaman masuk.",
        },
        {
            "id": "layar-nik",
            "image_url": "/media/simulasi/ikd-2.webp",
            "image_width": 720,
            "image_height": 1280,
            "image_alt": "Halaman masuk IKD dengan kolom NIK.",
            "instruction": "Ketik NIK Anda: 6471 0123 4567 8901.",
            "kind": "type",
            "hotspots": [],
            "field_label": "NIK",
            "answers": [NIK],
            "hint": HINT_NIK,
            "success": "NIK sudah diisi.",
        },
        {
            "id": "layar-aktivasi",
            "image_url": "/media/simulasi/ikd-3.webp",
            "image_width": 720,
            "image_height": 1280,
            "image_alt": "Halaman akun IKD dengan tombol Aktivasi dan Keluar.",
            "instruction": "Ketuk tombol untuk mengaktifkan IKD.",
            "kind": "tap",
            "hotspots": [
                {
                    "id": "area-aktivasi",
                    "label": "Aktivasi",
                    "x": 12.5,
                    "y": 50.0,
                    "width": 35.0,
                    "height": 10.0,
                    "correct": True,
                },
                {
                    "id": "area-keluar",
                    "label": "Keluar",
                    "x": 52.5,
                    "y": 50.0,
                    "width": 35.0,
                    "height": 10.0,
                    "correct": False,
                },
            ],
            "field_label": "",
            "answers": [],
            "hint": HINT_ACTIVATE,
            "success": "IKD Anda aktif.",
        },
    ]


def fields(**overrides: Any) -> dict[str, Any]:
    return {
        "app_name": "IKD",
        "intro": "Coba langkah mengaktifkan Identitas Kependudukan Digital.",
        "screens": screens(),
        "max_attempts": 3,
        "allow_retry": True,
        "pass_threshold": 0.6,
        **overrides,
    }


@pytest.fixture(autouse=True)
def _allow_simulation(settings: Settings, _xblock_settings: None) -> None:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC, SIMULATION]


def simulation(learner: int | None, **overrides: Any) -> Activity:
    return Activity(
        usage_id=new_usage_id(), user_id=learner, fields=fields(**overrides), block_type=SIMULATION
    )


@dataclass
class Screen:
    """What the learner's browser has of the screen shown."""

    token: str
    screen: str
    areas: dict[str, str]  # label -> id in this attempt, in the order shown
    progress: str
    instruction: str


_AREA = re.compile(r'data-pandu-sim-area="([^"]+)">([^<]*)</button>')


def read_screen(page: str) -> Screen:
    token = re.search(r'data-attempt="([^"]+)" data-screen="([^"]+)"', page)
    progress = re.search(r'class="pandu-sim__progress">([^<]*)<', page)
    instruction = re.search(r"data-pandu-sim-focus>([^<]*)<", page)
    assert token, page
    assert progress
    assert instruction
    return Screen(
        token=token[1],
        screen=token[2],
        areas={html.unescape(label): area for area, label in _AREA.findall(page)},
        progress=html.unescape(progress[1]),
        instruction=html.unescape(instruction[1]),
    )


def step(sim: Activity, screen: Screen, **answer: Any) -> tuple[int, dict[str, Any]]:
    payload = {
        "step_id": answer.pop("step_id", str(uuid.uuid4())),
        "attempt": screen.token,
        "screen": screen.screen,
        **answer,
    }
    return sim.post("step", payload)


def finish(sim: Activity, first: Screen) -> dict[str, Any]:
    """Do every step right, from the first screen; the last reply."""
    _status, reply = step(sim, first, tap=ON_LOGIN)
    _status, reply = step(sim, read_screen(reply["html"]), text=NIK)
    status, reply = step(sim, read_screen(reply["html"]), tap=ON_ACTIVATE)
    assert status == 200
    assert reply["done"] is True
    return reply


def steps_without_help(done: int, total: int) -> str:
    return ngettext(
        "%(done)d of %(total)d step without help", "%(done)d of %(total)d steps without help", total
    ) % {"done": done, "total": total}


def step_of(number: int, total: int) -> str:
    return gettext("Step %(number)s of %(total)s") % {"number": number, "total": total}


# --- Steps and the score ----------------------------------------------------------------------


def test_every_step_right_the_first_time_scores_1(
    learner: int, scored: list[dict[str, Any]]
) -> None:
    sim = simulation(learner)
    first = read_screen(sim.render())
    assert first.progress == step_of(1, 3)
    status, reply = step(sim, first, tap=ON_LOGIN)
    assert status == 200
    assert reply["correct"] is True
    assert reply["message"] == "Bagus, Anda membuka halaman masuk."
    second = read_screen(reply["html"])
    assert second.progress == step_of(2, 3)
    assert second.instruction == "Ketik NIK Anda: 6471 0123 4567 8901."
    assert "Bagus, Anda membuka halaman masuk." in reply["html"]
    _status, reply = step(sim, second, text=NIK)
    third = read_screen(reply["html"])
    assert third.progress == step_of(3, 3)
    assert scored == []  # nothing is recorded before the last step
    _status, reply = step(sim, third, area=third.areas["Aktivasi"])
    assert reply["done"] is True
    assert reply["finished"] is False  # attempts are left
    assert reply["score"] == 1.0
    assert reply["passed"] is True
    assert steps_without_help(3, 3) in html.unescape(reply["html"])
    assert [call["score"] for call in scored] == [1.0]
    assert [call["sender"].__name__ for call in scored] == ["AppSimulationBlock"]
    assert sim.state()["attempts_used"] == 1


def test_a_tap_outside_every_area_is_wrong_and_shows_the_hint(learner: int) -> None:
    sim = simulation(learner)
    first = read_screen(sim.render())
    status, reply = step(sim, first, tap=ON_NOTHING)
    assert status == 200
    assert reply["correct"] is False
    assert reply["message"] == HINT_LOGIN
    assert not reply["html"]
    # The learner stays on the screen, which now shows the hint, also after reloading.
    page = html.unescape(sim.render())
    assert read_screen(page).screen == first.screen
    assert HINT_LOGIN in page


def test_a_decoy_is_wrong_by_tap_and_by_button(learner: int) -> None:
    sim = simulation(learner)
    first = read_screen(sim.render())
    assert step(sim, first, tap=ON_REGISTER)[1]["correct"] is False
    assert step(sim, first, area=first.areas["Bantuan"])[1]["correct"] is False
    assert step(sim, first, area=first.areas["Masuk"])[1]["correct"] is True


def test_the_score_counts_the_steps_done_without_help(
    learner: int, scored: list[dict[str, Any]]
) -> None:
    sim = simulation(learner)
    first = read_screen(sim.render())
    # Three wrong taps on the first screen: helped once.
    for point in (ON_NOTHING, ON_REGISTER, ON_NOTHING):
        step(sim, first, tap=point)
    _status, reply = step(sim, first, tap=ON_LOGIN)
    second = read_screen(reply["html"])
    _status, reply = step(sim, second, text="6471 0123 4567 8902")
    assert reply["message"] == HINT_NIK
    _status, reply = step(sim, second, text="  6471-0123-4567-8901. ")
    assert reply["correct"] is True
    _status, reply = step(sim, read_screen(reply["html"]), tap=ON_ACTIVATE)
    assert reply["score"] == pytest.approx(1 / 3)
    assert reply["passed"] is False
    review = html.unescape(reply["html"])
    assert steps_without_help(1, 3) in review
    assert review.count(gettext("Done with a hint")) == 2
    assert review.count(gettext("Done without help")) == 1
    assert [call["score"] for call in scored] == [pytest.approx(1 / 3)]


def test_a_learner_stuck_on_a_screen_is_shown_the_right_place(learner: int) -> None:
    sim = simulation(learner)
    first = read_screen(sim.render())
    _status, reply = step(sim, first, tap=ON_NOTHING)
    assert reply["message"] == HINT_LOGIN
    assert reply["show"] is None  # one wrong tap: the hint only
    _status, reply = step(sim, first, area=first.areas["Daftar"])
    way = gettext("The right place is marked on the picture: “%(label)s”. Tap it to go on.") % {
        "label": "Masuk"
    }
    assert reply["message"] == f"{HINT_LOGIN} {way}"
    # The frame goes where the editor drew the right area, and its button is the one marked.
    assert reply["show"]["box"] == {"x": 10.5, "y": 70.25, "width": 79.5, "height": 9.75}
    assert reply["show"]["area"] == first.areas["Masuk"]
    # Shown the way, the learner goes on, and the screen counts as done with help.
    _status, reply = step(sim, first, area=reply["show"]["area"])
    assert reply["correct"] is True
    assert read_screen(reply["html"]).progress == step_of(2, 3)


def test_a_learner_stuck_on_typing_is_shown_an_accepted_answer(
    learner: int, scored: list[dict[str, Any]]
) -> None:
    sim = simulation(learner)
    _status, reply = step(sim, read_screen(sim.render()), tap=ON_LOGIN)
    second = read_screen(reply["html"])
    for typed in ("1234", "5678"):
        _status, reply = step(sim, second, text=typed)
    way = gettext("The answer is: %(answer)s. Type it to go on.") % {"answer": NIK}
    assert reply["message"] == f"{HINT_NIK} {way}"
    assert reply["show"]["answer"] == NIK
    _status, reply = step(sim, second, text=NIK)
    _status, reply = step(sim, read_screen(reply["html"]), tap=ON_ACTIVATE)
    assert reply["score"] == pytest.approx(2 / 3)


def test_the_area_buttons_are_every_area_and_shuffled(learner: int) -> None:
    orders = set()
    for _ in range(12):
        orders.add(tuple(read_screen(simulation(learner).render()).areas))
    assert {tuple(sorted(order)) for order in orders} == {("Bantuan", "Daftar", "Masuk")}
    assert len(orders) > 1


def test_reloading_the_page_keeps_the_screen_reached(learner: int) -> None:
    sim = simulation(learner)
    _status, reply = step(sim, read_screen(sim.render()), tap=ON_LOGIN)
    assert read_screen(sim.render()) == read_screen(reply["html"])


# --- Nothing given away -----------------------------------------------------------------------


def whole_page(sim: Activity) -> str:
    fragment = render_student_view(sim.block())
    return str(fragment.body_html() + fragment.head_html() + fragment.foot_html())


def secrets_of(screen_list: list[dict[str, Any]]) -> list[str]:
    """What only the server may know: where the areas are, the accepted answers, the hints and
    success texts, the editor's ids."""
    found = []
    for screen in screen_list:
        found += [screen["id"], screen["hint"], screen["success"], *screen["answers"]]
        for spot in screen["hotspots"]:
            found += [spot["id"], *(str(spot[name]) for name in ("x", "y", "width", "height"))]
    return found


def test_no_area_geometry_answer_or_hint_in_the_page(learner: int, client: Any) -> None:
    sim = simulation(learner)
    page = whole_page(sim)
    init_args = [html.unescape(found) for found in re.findall(r'data-init-args="([^"]*)"', page)]
    assert init_args
    for secret in secrets_of(screens()):
        assert secret not in page
        assert all(secret not in args for args in init_args)
    assert "correct" not in page.lower()
    assert "hotspot" not in page.lower()
    # Not on the next screens either, nor in the files the page loads.
    _status, reply = step(sim, read_screen(page), tap=ON_LOGIN)
    second = reply["html"]
    assert NIK not in second
    assert HINT_NIK not in second
    assert "correct" not in second.lower()
    _status, reply = step(sim, read_screen(second), text=NIK)
    for secret in secrets_of(screens()[2:]):
        assert secret not in reply["html"]
    for resource in render_student_view(sim.block()).resources:
        body = client.get(resource.data).content.decode()
        assert "Aktivasi" not in body
        assert NIK not in body


def normalized(page: str) -> str:
    """The page without what changes from one attempt to the next: ids, token, button order."""
    page = " ".join(page.split())
    page = re.sub(r'(data-screen|data-pandu-sim-area)="[A-Za-z0-9_-]{16}"', r'\1="ID"', page)
    page = re.sub(r'data-attempt="[^"]+"', 'data-attempt="TOKEN"', page)
    page = re.sub(r"(pa-[0-9a-f]+-\d+)", "DOM", page)
    head, rest = page.split('class="pandu-sim__area-list" role="list">', 1)
    items, tail = rest.split("</ul>", 1)
    return head + "".join(sorted(item.strip() for item in items.split("<li>"))) + tail


def test_the_page_is_the_same_whichever_area_is_right_and_wherever_it_is(db: None) -> None:
    usage_id = new_usage_id()
    other = screens()
    login = other[0]["hotspots"]
    login[0]["correct"], login[1]["correct"] = False, True
    login[0]["x"], login[0]["width"] = 5.0, 60.0
    login[2]["y"] = 3.5
    other[1]["answers"] = ["1234567890123456", "nik saya"]
    other[2]["hotspots"][0]["height"] = 12.0

    def page(screen_list: list[dict[str, Any]], username: str) -> str:
        sim = Activity(
            usage_id=usage_id,
            user_id=make_learner(username),
            fields=fields(screens=screen_list),
            block_type=SIMULATION,
        )
        return whole_page(sim)

    assert normalized(page(screens(), "a")) == normalized(page(other, "b"))


# --- Tampering and replay ---------------------------------------------------------------------


def test_a_posted_score_gains_nothing(learner: int, scored: list[dict[str, Any]]) -> None:
    sim = simulation(learner)
    first = read_screen(sim.render())
    status, reply = step(sim, first, tap=ON_NOTHING, score=1.0, correct=True)
    assert status == 200
    assert reply["correct"] is False
    # The activity is answered step by step: a whole "submission" is refused.
    status, _reply = sim.post(
        "submit", {"submission_id": str(uuid.uuid4()), "attempt": first.token, "score": 1.0}
    )
    assert status == 400
    _status, reply = step(sim, first, tap=ON_LOGIN)
    _status, reply = step(sim, read_screen(reply["html"]), text=NIK, score=1)
    _status, reply = step(sim, read_screen(reply["html"]), tap=ON_ACTIVATE, score=1)
    assert reply["score"] == pytest.approx(2 / 3)
    assert [call["score"] for call in scored] == [pytest.approx(2 / 3)]


def test_ids_from_another_attempt_are_refused(learner: int, scored: list[dict[str, Any]]) -> None:
    sim = simulation(learner)
    old = read_screen(sim.render())
    finish(sim, old)
    _status, reply = sim.post("retry", {})
    new = read_screen(reply["html"])
    assert new.token != old.token
    assert new.screen != old.screen
    assert not set(new.areas.values()) & set(old.areas.values())
    before = sim.state()
    # The old attempt's screen, or one of its areas, with the new token.
    status, reply = step(sim, Screen(new.token, old.screen, {}, "", ""), tap=ON_LOGIN)
    assert status == 400
    assert reply["error"]
    assert step(sim, new, area=old.areas["Masuk"])[0] == 400
    # The old token.
    assert step(sim, old, area=old.areas["Masuk"])[0] == 409
    assert sim.state() == before
    assert len(scored) == 1


def test_an_area_of_another_screen_is_refused(learner: int) -> None:
    sim = simulation(learner)
    first = read_screen(sim.render())
    _status, reply = step(sim, first, tap=ON_LOGIN)
    _status, reply = step(sim, read_screen(reply["html"]), text=NIK)
    third = read_screen(reply["html"])
    before = sim.state()
    assert step(sim, third, area=first.areas["Masuk"])[0] == 400
    # A step for a screen already done (a tap sent twice, say) changes nothing either.
    status, reply = step(sim, first, tap=ON_LOGIN)
    assert status == 409
    assert sim.state() == before


@pytest.mark.parametrize(
    "answer",
    [
        {"tap": {"x": 101, "y": 50}},
        {"tap": {"x": -1, "y": 50}},
        {"tap": {"x": "50", "y": 75}},
        {"tap": {"x": True, "y": 75}},
        {"tap": [50, 75]},
        {"tap": ON_LOGIN, "area": "x"},
        {"text": "Masuk"},
        {"area": "not-an-area"},
        {"area": ["not", "an", "id"]},
        {"area": {"x": 50}},
        {},
    ],
    ids=str,
)
def test_bad_steps_change_nothing(
    learner: int, scored: list[dict[str, Any]], answer: dict[str, Any]
) -> None:
    sim = simulation(learner)
    first = read_screen(sim.render())
    before = sim.state()
    status, reply = step(sim, first, **answer)
    assert 400 <= status < 500
    assert reply["error"]
    assert sim.state() == before
    assert scored == []


@pytest.mark.parametrize(
    "payload",
    [{"step_id": "not-a-uuid"}, {"step_id": None}, {"attempt": "guessed-token"}],
    ids=str,
)
def test_steps_without_a_good_id_or_token_change_nothing(
    learner: int, payload: dict[str, Any]
) -> None:
    sim = simulation(learner)
    first = read_screen(sim.render())
    before = sim.state()
    good = {"step_id": str(uuid.uuid4()), "attempt": first.token, "screen": first.screen}
    status, _reply = sim.post("step", {**good, "tap": ON_LOGIN, **payload})
    assert 400 <= status < 500
    assert sim.state() == before


def test_a_typed_step_too_long_or_empty_is_refused(learner: int) -> None:
    sim = simulation(learner)
    _status, reply = step(sim, read_screen(sim.render()), tap=ON_LOGIN)
    second = read_screen(reply["html"])
    before = sim.state()
    assert step(sim, second, text="1" * 201)[0] == 400
    status, reply = step(sim, second, text=" .. ")
    assert status == 400
    assert reply["error"] == gettext("Type your answer first.")
    assert step(sim, second, tap=ON_LOGIN)[0] == 400
    assert sim.state() == before


def test_a_replayed_right_step_returns_the_same_and_moves_on_once(learner: int) -> None:
    sim = simulation(learner)
    first = read_screen(sim.render())
    step_id = str(uuid.uuid4())
    one = step(sim, first, tap=ON_LOGIN, step_id=step_id)
    state = sim.state()
    # The same step again, even claiming another place: answered from the state.
    two = step(sim, first, tap=ON_NOTHING, step_id=step_id)
    assert one == two
    assert sim.state() == state
    assert read_screen(sim.render()).progress == step_of(2, 3)


def test_a_replayed_wrong_step_returns_the_same_hint(learner: int) -> None:
    sim = simulation(learner)
    first = read_screen(sim.render())
    step_id = str(uuid.uuid4())
    one = step(sim, first, tap=ON_NOTHING, step_id=step_id)
    two = step(sim, first, tap=ON_LOGIN, step_id=step_id)
    assert one == two
    assert one[1]["message"] == HINT_LOGIN
    assert read_screen(sim.render()).screen == first.screen


def test_a_replayed_last_step_counts_once(learner: int, scored: list[dict[str, Any]]) -> None:
    sim = simulation(learner)
    _status, reply = step(sim, read_screen(sim.render()), tap=ON_LOGIN)
    _status, reply = step(sim, read_screen(reply["html"]), text=NIK)
    third = read_screen(reply["html"])
    step_id = str(uuid.uuid4())
    one = step(sim, third, tap=ON_ACTIVATE, step_id=step_id)
    state = sim.state()
    two = step(sim, third, tap=ON_ACTIVATE, step_id=step_id)
    assert one == two
    assert one[1]["done"] is True
    assert sim.state() == state
    assert sim.state()["attempts_used"] == 1
    assert len(scored) == 1


# --- Attempts ---------------------------------------------------------------------------------


def test_try_again_starts_from_the_first_step(learner: int) -> None:
    sim = simulation(learner)
    first = read_screen(sim.render())
    reply = finish(sim, first)
    assert "data-pandu-activity-retry" in reply["html"]
    assert "data-pandu-activity-result" in sim.render()
    _status, reply = sim.post("retry", {})
    again = read_screen(reply["html"])
    assert again.progress == step_of(1, 3)
    assert again.token != first.token
    assert "Bagus" not in reply["html"]


def test_the_attempts_limit_is_kept(learner: int, scored: list[dict[str, Any]]) -> None:
    sim = simulation(learner, max_attempts=2)
    finish(sim, read_screen(sim.render()))
    _status, reply = sim.post("retry", {})
    second = read_screen(reply["html"])
    reply = finish(sim, second)
    assert reply["finished"] is True
    assert "data-pandu-activity-retry" not in reply["html"]
    assert sim.post("retry", {})[0] == 403
    before = sim.state()
    status, reply = step(sim, second, tap=ON_LOGIN)
    assert status == 403
    assert reply["error"] == gettext("You have no attempts left.")
    assert sim.state() == before
    assert len(scored) == 2


def test_an_editor_change_to_the_screens_starts_a_new_attempt(learner: int) -> None:
    sim = simulation(learner)
    old = read_screen(sim.render())
    changed = screens()
    changed[0]["hotspots"].append(
        {"id": "area-baru", "label": "Lupa PIN", "x": 1, "y": 1, "width": 5, "height": 5}
    )
    sim.fields = fields(screens=changed)
    new = read_screen(sim.render())
    assert "Lupa PIN" in new.areas
    assert new.token != old.token
    assert step(sim, old, area=old.areas["Masuk"])[0] == 409


# --- Editors' mistakes, visitors --------------------------------------------------------------


def broken(change: str) -> list[dict[str, Any]]:
    changed = copy.deepcopy(screens())
    tap, typed = changed[0], changed[1]
    if change == "no right area":
        tap["hotspots"][0]["correct"] = False
    elif change == "no decoy":
        for spot in tap["hotspots"]:
            spot["correct"] = True
    elif change == "area off the image":
        tap["hotspots"][1]["y"] = 95.0
    elif change == "negative area":
        tap["hotspots"][2]["width"] = -3
    elif change == "no field label":
        typed["field_label"] = " "
    elif change == "no answers":
        typed["answers"] = ["", "  "]
    elif change == "no image":
        tap["image_url"] = ""
    elif change == "script image":
        tap["image_url"] = "javascript:alert(1)"
    elif change == "no alt":
        typed["image_alt"] = ""
    return changed


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ("no right area", "Screen %(number)d: mark at least one area as the right one."),
        ("no decoy", "Screen %(number)d: add at least one wrong area."),
        ("area off the image", "Screen %(number)d: every area must lie on the image (0 to 100%%)."),
        ("negative area", "Screen %(number)d: every area must lie on the image (0 to 100%%)."),
        ("no field label", "Screen %(number)d: write the label of the field."),
        ("no answers", "Screen %(number)d: give at least one accepted answer."),
        ("no image", "Screen %(number)d: add the screenshot."),
        ("script image", "Screen %(number)d: the screenshot's address cannot be used."),
        ("no alt", "Screen %(number)d: describe the screenshot for people who cannot see it."),
    ],
)
def test_a_broken_screen_tells_the_editor_which_and_the_learner_waits(
    learner: int, change: str, problem: str
) -> None:
    sim = simulation(learner, screens=broken(change))
    number = 2 if change in ("no field label", "no answers", "no alt") else 1
    messages = [message.text for message in sim.block().validate().messages]
    assert gettext(problem) % {"number": number} in messages
    page = sim.render()
    assert gettext("This activity is not ready yet.") in page
    assert "data-pandu-sim" not in page
    assert sim.post("step", {"step_id": str(uuid.uuid4())})[0] == 409


def test_no_screens_is_a_problem(learner: int) -> None:
    sim = simulation(learner, screens=[])
    messages = [message.text for message in sim.block().validate().messages]
    assert gettext("Add at least one screen.") in messages


def test_a_sound_simulation_validates(learner: int) -> None:
    assert simulation(learner).block().validate().messages == []


def test_a_visitor_goes_through_from_their_own_state(
    db: None, scored: list[dict[str, Any]]
) -> None:
    session: dict[str, Any] = {}
    sim = simulation(None)
    sim.visitor_state = session
    reply = finish(sim, read_screen(sim.render()))
    assert reply["score"] == 1.0
    json.dumps(session)
    assert scored == []
