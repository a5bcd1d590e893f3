"""The demo catalog's activities: every course has some, the two app simulations can be finished by
tapping what is drawn, and the loader stores them as the "Interactive activity" block expects."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from PIL import Image

from content.xblocks import registry
from courses.demo import loader, spec
from courses.demo.data import CATALOG, TRANSLATIONS
from courses.demo.images import SCREEN_SIZE, TAP, Box, item_boxes
from courses.models import CoursePage, LessonPage

ACTIVITY_TYPES = (
    spec.MultipleChoice,
    spec.FillBlank,
    spec.Ordering,
    spec.Matching,
    spec.AppSimulation,
)
KIND = {
    spec.MultipleChoice: "multiple_choice",
    spec.FillBlank: "fill_blank",
    spec.Ordering: "ordering",
    spec.Matching: "matching",
    spec.AppSimulation: "app_simulation",
}
EDITIONS = (*CATALOG.courses, *(c for editions in TRANSLATIONS.values() for c in editions))


def lessons(course: spec.Course) -> Iterator[spec.Lesson]:
    for module in course.modules:
        yield from module.lessons


def activities(course: spec.Course) -> Iterator[tuple[spec.Lesson, int, spec.Activity]]:
    for lesson in lessons(course):
        for position, block in enumerate(lesson.body):
            if isinstance(block, ACTIVITY_TYPES):
                yield lesson, position, block


def simulations() -> Iterator[tuple[str, spec.AppSimulation]]:
    for course in EDITIONS:
        edition = "/en" if course.translation_of else ""
        for lesson, position, activity in activities(course):
            if isinstance(activity, spec.AppSimulation):
                yield f"{course.slug}{edition}/{lesson.slug}/{position}", activity


def fake_image(step: spec.SimStep) -> int:
    return 1


def course_by_slug(slug: str) -> spec.Course:
    return next(c for c in CATALOG.courses if c.slug == slug)


# --- the catalog ---------------------------------------------------------------------------------
@pytest.mark.parametrize("course", CATALOG.courses, ids=lambda c: c.slug)
def test_every_course_has_activities_and_one_in_its_public_first_lesson(
    course: spec.Course,
) -> None:
    found = list(activities(course))
    assert len(found) >= 2
    assert len({lesson.slug for lesson, _, _ in found}) >= 2, "spread over the lessons"
    first = next(lessons(course))
    assert any(lesson is first for lesson, _, _ in found), "visitors can try one"


@pytest.mark.parametrize("course", CATALOG.courses, ids=lambda c: c.slug)
def test_a_lesson_of_every_course_is_finished_by_passing_its_activities(
    course: spec.Course,
) -> None:
    graded = {lesson.slug for lesson, _, _ in activities(course)}
    passed = [lesson for lesson in lessons(course) if lesson.completion == "passed"]
    assert passed
    for lesson in passed:
        assert lesson.slug in graded, "a lesson to pass needs an activity"
        assert lesson.pass_threshold == 70


def test_the_catalog_uses_all_five_kinds() -> None:
    used = {type(a) for course in CATALOG.courses for _, _, a in activities(course)}
    assert used == set(ACTIVITY_TYPES)


@pytest.mark.parametrize("course", CATALOG.courses, ids=lambda c: c.slug)
def test_choices_explain_themselves(course: spec.Course) -> None:
    for _, _, activity in activities(course):
        if isinstance(activity, spec.MultipleChoice):
            correct = [o for o in activity.options if o.correct]
            assert len(correct) >= 1 if activity.multiple_answers else len(correct) == 1
            assert len(activity.options) >= 3
            assert all(o.feedback for o in activity.options), activity.question
        elif isinstance(activity, spec.FillBlank):
            assert activity.text.count("___") == len(activity.blanks)
            assert all(b.answers and b.feedback for b in activity.blanks)
        elif isinstance(activity, spec.Ordering):
            assert len(activity.items) >= 3
        elif isinstance(activity, spec.Matching):
            assert len(activity.pairs) >= 3
            assert len({p.meaning for p in activity.pairs}) == len(activity.pairs)


def test_the_two_simulations_activate_ikd_and_file_a_complaint() -> None:
    by_course = {key.split("/")[0] for key, _ in simulations()}
    assert len(list(simulations())) == 3, "IKD, in Indonesian and English, and SP4N-LAPOR!"
    assert {"aktivasi-ikd", "lapor-pengaduan"} <= by_course
    for key, simulation in simulations():
        assert 4 <= len(simulation.steps) <= 6, key
        assert any(step.answers for step in simulation.steps), f"{key}: a step to type in"
        for step in simulation.steps:
            assert all((step.instruction, step.hint, step.success, step.alt)), key


# --- the simulations' screens --------------------------------------------------------------------
def screens() -> Iterator[Any]:
    for key, simulation in simulations():
        for number, step in enumerate(simulation.steps):
            yield pytest.param(step, id=f"{key}/{number}")


def _pixels(spot: dict[str, Any]) -> Box:
    width, height = SCREEN_SIZE
    return Box(
        spot["x"] * width / 100,
        spot["y"] * height / 100,
        (spot["x"] + spot["width"]) * width / 100,
        (spot["y"] + spot["height"]) * height / 100,
    )


def _grown(box: Box, by: float) -> Box:
    return Box(box.left - by, box.top - by, box.right + by, box.bottom + by)


def _overlap(a: Box, b: Box) -> float:
    return max(0.0, min(a.right, b.right) - max(a.left, b.left)) * max(
        0.0, min(a.bottom, b.bottom) - max(a.top, b.top)
    )


@pytest.mark.parametrize("step", screens())
def test_a_tap_step_has_one_right_area_over_what_is_drawn_and_labelled_decoys(
    step: spec.SimStep,
) -> None:
    screen = loader.activity_block(
        spec.AppSimulation("App", "", (step,)), key="test", image=fake_image
    )["value"][0]["value"]["screens"][0]["value"]
    drawn = item_boxes(step.screen)
    assert step.screen.tap in drawn, "the target is on the screen"
    if step.answers:
        assert screen["kind"] == "type"
        assert isinstance(step.screen.items[step.screen.tap], spec.Field)
        assert screen["field_label"] == step.screen.items[step.screen.tap].label  # type: ignore[union-attr]
        assert screen["answers"].split("\n") == list(step.answers)
        return
    assert screen["kind"] == "tap"
    spots = [item["value"] for item in screen["hotspots"]]
    right = [s for s in spots if s["correct"]]
    decoys = [s for s in spots if not s["correct"]]
    assert len(right) == 1
    assert decoys
    assert all(s["label"] for s in spots)
    for s in spots:
        assert s["x"] >= 0
        assert s["y"] >= 0
        assert s["x"] + s["width"] <= 100
        assert s["y"] + s["height"] <= 100
    # The right area covers the target as drawn (to a hundredth of a percent) ...
    assert _grown(_pixels(right[0]), 0.06).contains(drawn[step.screen.tap])
    # ... and a tap on the target cannot land on a decoy (but for the rounding, a sliver of a
    # pixel at a shared edge).
    target = drawn[step.screen.tap]
    for decoy in decoys:
        assert _overlap(_pixels(decoy), target) < (target.right - target.left) * 0.1


def _tap_pixels(png: bytes) -> int:
    img = Image.open(io.BytesIO(png)).convert("RGB")
    assert img.size == SCREEN_SIZE
    colours: list[tuple[int, tuple[int, int, int]]] = img.getcolors(  # type: ignore[assignment]
        maxcolors=SCREEN_SIZE[0] * SCREEN_SIZE[1]
    )
    return sum(
        count
        for count, rgb in colours
        if all(abs(a - b) < 12 for a, b in zip(rgb, TAP, strict=True))
    )


@pytest.mark.parametrize("step", screens())
def test_a_simulation_screen_does_not_show_where_to_tap_and_says_it_is_an_example(
    step: spec.SimStep,
) -> None:
    png = loader.simulation_screen_png(step)
    assert _tap_pixels(png) == 0
    # "CONTOH — bukan aplikasi asli" is written in grey near the bottom.
    mark = Image.open(io.BytesIO(png)).convert("L").crop((150, 1028, 390, 1050))
    assert sum(mark.histogram()[:200]) > 100


# --- what the loader stores ----------------------------------------------------------------------
def stored() -> Iterator[Any]:
    for course in EDITIONS:
        for lesson, position, activity in activities(course):
            key = f"{course.slug}/{lesson.slug}/{position}"
            edition = "/en" if course.translation_of else ""
            yield pytest.param(activity, key, id=f"{key}{edition}")


def _ids(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        if "id" in value:
            yield value["id"]
        for child in value.values():
            yield from _ids(child)
    elif isinstance(value, list):
        for child in value:
            yield from _ids(child)


@pytest.mark.parametrize(("activity", "key"), stored())
def test_the_loader_stores_an_activity_block(activity: spec.Activity, key: str) -> None:
    raw = loader.activity_block(activity, key=key, image=fake_image)
    assert raw["type"] == "activity"
    [child] = raw["value"]
    assert child["type"] == KIND[type(activity)]
    value = child["value"]
    assert value["settings"] == {"max_attempts": 0, "allow_retry": True, "pass_threshold": 70}
    assert value["title"]
    lists = {
        "multiple_choice": "options",
        "fill_blank": "blanks",
        "ordering": "items",
        "matching": "pairs",
        "app_simulation": "screens",
    }
    for item in value[lists[child["type"]]]:
        assert set(item) == {"type", "id", "value"}
        assert item["type"] == "item"
    ids = list(_ids(raw))
    assert all(uuid.UUID(i) for i in ids)
    assert len(set(ids)) == len(ids)
    # The same ids on every run, so that a learner's answers stay with the activity.
    assert loader.activity_block(activity, key=key, image=fake_image) == raw


def test_activity_ids_differ_across_the_catalog() -> None:
    ids = [
        i
        for course in CATALOG.courses
        for lesson, position, activity in activities(course)
        for i in _ids(
            loader.activity_block(
                activity, key=f"{course.slug}/{lesson.slug}/{position}", image=fake_image
            )
        )
    ]
    assert len(set(ids)) == len(ids)


def test_the_english_edition_translates_every_activity_text() -> None:
    for edition in TRANSLATIONS["en"]:
        source = course_by_slug(edition.translation_of or "")
        pairs = loader.translation_strings(source, edition)
        english = list(activities(edition))
        indonesian = list(activities(source))
        assert [(lesson.slug, p, type(a)) for lesson, p, a in english] == [
            (lesson.slug, p, type(a)) for lesson, p, a in indonesian
        ]
        for (_, _, ours), (_, _, theirs) in zip(indonesian, english, strict=True):
            assert ours.title != theirs.title
            assert pairs[ours.title] == theirs.title
            if isinstance(ours, spec.AppSimulation) and isinstance(theirs, spec.AppSimulation):
                for a, b in zip(ours.steps, theirs.steps, strict=True):
                    assert (pairs[a.instruction], pairs[a.hint]) == (b.instruction, b.hint)
                    assert a.screen == b.screen, "the screens show the app, in Indonesian"
                    # ... and the buttons offered to screen-reader users say what they mean.
                    ours_labels, theirs_labels = loader.hotspot_labels(a), loader.hotspot_labels(b)
                    assert len(theirs_labels) == len(b.screen.items)
                    for item, label, label_en in zip(
                        a.screen.items, ours_labels, theirs_labels, strict=True
                    ):
                        assert bool(label_en) == isinstance(
                            item, spec.Button | spec.Row | spec.Field
                        )
                        assert pairs[label] == label_en


# --- in the XBlock runtime -----------------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize(("activity", "key"), stored())
def test_each_activity_loads_in_the_xblock_runtime_without_problems(
    activity: spec.Activity, key: str
) -> None:
    from content.activities import ActivityBlock, activity_problems, the_activity
    from tests.factories import make_image

    xblock_type = f"pandu_{KIND[type(activity)]}"
    if xblock_type not in registry.BUILTIN_TYPES:
        pytest.skip(f"{xblock_type} is not registered in content/xblocks/registry.py yet")
    image_pk = make_image().pk if isinstance(activity, spec.AppSimulation) else 0
    raw = loader.activity_block(activity, key=key, image=lambda step: image_pk)
    found = the_activity(ActivityBlock().to_python(raw["value"]))
    assert found is not None
    kind, value = found
    assert kind.xblock_type == xblock_type
    assert activity_problems(kind, value) == []


# --- loaded into the site ------------------------------------------------------------------------
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_loaded_activities_keep_their_ids_in_english_and_a_visitor_sees_the_first(
    client: Client,
) -> None:
    course = course_by_slug("aktivasi-ikd")
    assert loader.load_catalog(only={course.slug}).untranslated_strings == 0
    page = CoursePage.objects.get(slug=course.slug, locale__language_code="id")
    pages = {p.slug: p for p in LessonPage.objects.descendant_of(page).live()}
    for lesson in lessons(course):
        stored_ids = [b.id for b in pages[lesson.slug].body if b.block_type == "activity"]
        expected = [
            loader.stable_id(f"{course.slug}/{lesson.slug}/{p}")
            for s, p, _ in activities(course)
            if s is lesson
        ]
        assert stored_ids == expected
        assert pages[lesson.slug].completion_rule == lesson.completion
        english = pages[lesson.slug].get_translation(
            pages[lesson.slug].locale.__class__.objects.get(language_code="en")
        )
        assert [b.id for b in english.body if b.block_type == "activity"] == expected

    simulation_en = next(
        b
        for b in LessonPage.objects.get(
            slug="aktivasi-di-kelurahan", locale__language_code="en"
        ).body
        if b.block_type == "activity"
    )
    assert simulation_en.value[0].value["title"] == "Simulation: activating IKD"
    first_screen = simulation_en.value[0].value["screens"][0]
    assert first_screen["instruction"].startswith("Choose the official IKD app")

    first = pages["apa-itu-ikd"]
    html = client.get(first.url).content.decode()
    assert "Bagaimana dengan e-KTP fisik Anda?" in html
