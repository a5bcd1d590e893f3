"""The scale catalog: courses as live Wagtail pages (Course > Module > Lesson under the catalog),
with lesson bodies and activities taken from the demo catalog, and what a learner's answers to
each activity leave behind.

The pages are inserted in bulk with their tree paths computed here, not added one by one through
treebeard with a revision each (see the README's figures): so they have no revisions and are not
in the search index; they are live and served like any page. Image, document and app-simulation
blocks are left out (they need files); a lesson's steps become text."""

from __future__ import annotations

import functools
import html
import json
import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import webob
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from wagtail.models import Locale, Page

from content.activities import load_activity, the_activity, usage_id
from content.xblocks.runtime import handle, render_student_view
from courses import services as course_services
from courses.demo import spec
from courses.demo.data import CATALOG
from courses.demo.loader import CATALOG_PAGE, HOME, activity_block, stable_id
from courses.models import CatalogPage, CompletionRule, CoursePage, LessonPage, ModulePage, Topic

PREFIX = "skala-"
MODULES_PER_COURSE = 4
# Where an activity is tried out to record what answers leave behind: no lesson, no learner.
TRIAL_KEY = uuid.UUID("00000000-0000-4000-8000-00000000a11e")
WRONG_TEXT = "tidak tahu"


@dataclass(frozen=True)
class Variant:
    """What one learner's way through an activity leaves: the scores of their submissions, in
    order, and the activity's state afterwards (as the XBlock stored it)."""

    scores: tuple[float, ...]
    state: str


@dataclass
class ActivityTemplate:
    key: str
    raw: dict[str, Any]
    block_type: str
    variants: dict[str, Variant] = field(default_factory=dict)


@dataclass(frozen=True)
class LessonTemplate:
    key: str
    title: str
    intro: str
    minutes: int
    rule: str
    threshold: int
    # Body blocks in order: a stored block value, or an activity.
    body: tuple[dict[str, Any] | ActivityTemplate, ...]

    @property
    def activity_keys(self) -> set[str]:
        return {item.key for item in self.body if isinstance(item, ActivityTemplate)}


@dataclass
class Lesson:
    page_id: int
    key: str  # translation key, 32 hexadecimal digits
    activities: list[tuple[str, ActivityTemplate]]  # usage id, activity
    rule: str
    threshold: int

    # Lessons with the same signature fold the same events into the same progress.
    signature: tuple[Any, ...] = ()

    def __post_init__(self) -> None:
        self.signature = (self.rule, self.threshold, tuple(a.key for _u, a in self.activities))


@dataclass
class Course:
    page_id: int
    key: str
    title: str
    summary: str
    minutes: int
    module_keys: list[str]
    lessons: list[Lesson]


def _no_image(step: spec.SimStep) -> int:
    raise AssertionError("simulations are left out of the scale catalog")


def _steps_html(block: spec.Steps) -> str:
    parts = [f"<h2>{html.escape(block.title)}</h2>"]
    for number, step in enumerate(block.steps, start=1):
        parts.append(f"<h3>{number}. {html.escape(step.title)}</h3>{step.html}")
    return "".join(parts)


def lesson_templates() -> tuple[list[LessonTemplate], list[ActivityTemplate]]:
    """Every Indonesian demo lesson as a template, and every activity that needs no image."""
    lessons: list[LessonTemplate] = []
    activities: list[ActivityTemplate] = []
    for course in CATALOG.courses:
        for module in course.modules:
            for lesson in module.lessons:
                key = f"{course.slug}/{lesson.slug}"
                body: list[dict[str, Any] | ActivityTemplate] = []
                for position, block in enumerate(lesson.body):
                    match block:
                        case spec.Text(html=text):
                            body.append({"type": "text", "value": text})
                        case spec.Callout(kind=kind, title=title, html=text):
                            value = {"kind": kind, "title": title, "text": text}
                            body.append({"type": "callout", "value": value})
                        case spec.Steps():
                            body.append({"type": "text", "value": _steps_html(block)})
                        case (
                            spec.MultipleChoice()
                            | spec.FillBlank()
                            | spec.Ordering()
                            | spec.Matching()
                        ):
                            activities.append(_activity(block, f"{key}/{position}"))
                            body.append(activities[-1])
                graded = any(isinstance(item, ActivityTemplate) for item in body)
                rule: str = lesson.completion
                if rule == CompletionRule.PASSED and not graded:
                    rule = CompletionRule.MARKED_DONE
                lessons.append(
                    LessonTemplate(
                        key=key,
                        title=lesson.title,
                        intro=lesson.intro,
                        minutes=lesson.minutes,
                        rule=rule,
                        threshold=lesson.pass_threshold,
                        body=tuple(body),
                    )
                )
    return lessons, activities


def _activity(block: spec.Activity, key: str) -> ActivityTemplate:
    raw = activity_block(block, key=key, image=_no_image)
    found = the_activity(_stream_value({**raw, "id": "trial"}))
    if found is None:
        raise ValueError(f"No activity in {key}")
    return ActivityTemplate(key=key, raw=raw, block_type=found[0].xblock_type)


def _stream_value(raw: dict[str, Any]) -> Any:
    stream = LessonPage._meta.get_field("body").stream_block
    return stream.to_python([raw])[0].value


# --- What answers leave behind ------------------------------------------------------------------

# The ways through an activity that seeded learners take.
WAYS = {"right": ("right",), "retry": ("wrong", "right"), "stuck": ("wrong", "wrong", "wrong")}


def _request(data: dict[str, Any]) -> webob.Request:
    return webob.Request.blank(
        "/", method="POST", body=json.dumps(data).encode(), content_type="application/json"
    )


def _answer(block: Any, layout: Any, *, right: bool) -> dict[str, Any]:
    """A right or a wrong answer to the attempt shown as `layout`, as the activity's script would
    send it."""
    match block.scope_ids.block_type:
        case "pandu_multiple_choice":
            correct = {option.key for option in block.authored_options() if option.correct}
            chosen = [shown for shown, key in layout if (key in correct) == right]
            if not chosen:
                chosen = [shown for shown, key in layout if key in correct]
            return {"choices": chosen if right and block.multiple_answers else chosen[:1]}
        case "pandu_fill_blank":
            accepted = {blank.key: blank.answers[0] for blank in block.authored_blanks()}
            return {"answers": {box: accepted[key] if right else WRONG_TEXT for box, key in layout}}
        case "pandu_ordering":
            place = {key: n for n, key in enumerate(block.correct_order())}
            ordered = sorted(layout, key=lambda pair: place[pair[1]], reverse=not right)
            return {"order": [shown for shown, _key in ordered]}
        case "pandu_matching":
            meanings = {key: shown for shown, key in layout["meanings"]}
            terms = layout["terms"]
            keys = [key for _shown, key in terms]
            return {
                "matches": {
                    shown: meanings[key if right else keys[(n + 1) % len(keys)]]
                    for n, (shown, key) in enumerate(terms)
                }
            }
    raise ValueError(f"No answers for {block.scope_ids.block_type}")


def record_ways(activity: ActivityTemplate) -> None:
    """Take each way through the activity with the real XBlock, as a visitor (nothing is
    written), and keep the scores it gave and the state it left."""
    activity.variants = dict(_ways(activity.key, json.dumps(activity.raw, sort_keys=True)))


@functools.cache
def _ways(key: str, raw: str) -> tuple[tuple[str, Variant], ...]:
    found: list[tuple[str, Variant]] = []
    value = _stream_value({**json.loads(raw), "id": "trial"})
    usage = usage_id(translation_key=TRIAL_KEY, block_id="trial")
    for way, answers in WAYS.items():
        state: dict[str, Any] = {}

        def fresh(state: dict[str, Any] = state) -> Any:
            return load_activity(
                value, usage_id=usage, user_id=None, language="id", visitor_state=state
            )

        render_student_view(fresh())
        scores: list[float] = []
        for number, answer in enumerate(answers):
            if number and handle(fresh(), "retry", _request({})).status_code != 200:
                break
            block = fresh()
            attempt = state[usage]["state"]["attempt"]
            data = {
                "submission_id": str(uuid.uuid5(TRIAL_KEY, f"{key}/{way}/{number}")),
                "attempt": attempt["token"],
                **_answer(block, attempt["layout"], right=answer == "right"),
            }
            response = handle(block, "submit", _request(data))
            if response.status_code != 200:
                break
            scores.append(float(response.json["score"]))
        found.append((way, Variant(scores=tuple(scores), state=json.dumps(state[usage]["state"]))))
    return tuple(found)


# --- Pages --------------------------------------------------------------------------------------


def catalog_ensure() -> CatalogPage:
    """The catalog page, made with the site's home page (as the demo makes them) if missing."""
    home = course_services.site_home_ensure(title=HOME["id"]["title"], intro=HOME["id"]["intro"])
    existing: CatalogPage | None = CatalogPage.objects.child_of(home).first()
    if existing is not None:
        return existing
    return course_services.page_publish_child(parent=home, page=CatalogPage(**CATALOG_PAGE["id"]))


def _topics() -> dict[str, Topic]:
    locale = Locale.get_default()
    return {
        topic.slug: course_services.topic_ensure(
            slug=topic.slug, name=topic.name, sort_order=number, locale=locale
        )
        for number, topic in enumerate(CATALOG.topics)
    }


def new_key(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


class PageBatch:
    """Pages of one type, inserted together: the `wagtailcore_page` rows in bulk, then the rows
    of the page type's own table, which Django's bulk_create does not write for a model with a
    parent table."""

    def __init__(self, model: type[Page], now: datetime) -> None:
        self.model = model
        self.now = now
        self.content_type = ContentType.objects.get_for_model(model)
        self.pages: list[Page] = []

    def add(self, page: Page, *, parent: Page, step: int) -> Page:
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.content_type = self.content_type
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = self.now
        self.pages.append(page)
        return page

    def save(self) -> None:
        shared = [f for f in Page._meta.concrete_fields if not f.primary_key]
        rows = [Page(**{f.attname: getattr(p, f.attname) for f in shared}) for p in self.pages]
        Page.objects.bulk_create(rows, batch_size=2000)
        for page, row in zip(self.pages, rows, strict=True):
            page.pk = row.pk
        own = self.model._meta.local_concrete_fields
        quote = connection.ops.quote_name
        columns = ", ".join(quote(f.column) for f in own)
        placeholders = ", ".join(["%s"] * len(own))
        values = [
            [f.get_db_prep_save(getattr(p, f.attname), connection) for f in own] for p in self.pages
        ]
        with connection.cursor() as cursor:
            cursor.executemany(
                # Names from the model's metadata, quoted; the values are parameters.
                f"INSERT INTO {quote(self.model._meta.db_table)} ({columns}) "  # noqa: S608
                f"VALUES ({placeholders})",
                values,
            )


def _last_step(parent: Page) -> int:
    last = parent.get_last_child()
    return int(last.path[-Page.steplen :], 36) if last is not None else 0


def _lesson_body(
    template: LessonTemplate, extra: list[ActivityTemplate]
) -> tuple[list[dict[str, Any]], list[tuple[str, ActivityTemplate]]]:
    """The stored body of a lesson made from `template` with `extra` activities at its end, and
    the block ids of its activities."""
    body: list[dict[str, Any]] = []
    placed: list[tuple[str, ActivityTemplate]] = []
    for position, item in enumerate([*template.body, *extra]):
        block_id = stable_id("skala", template.key, position)
        if isinstance(item, ActivityTemplate):
            body.append({**item.raw, "id": block_id})
            placed.append((block_id, item))
        else:
            body.append({**item, "id": block_id})
    return body, placed


def build_courses(
    *,
    count: int,
    lessons_per_course: int,
    graded_course_activities: int,
    rng: random.Random,
    now: datetime,
) -> tuple[CatalogPage, list[Course]]:
    """Make `count` courses under the catalog. The first has `graded_course_activities`
    activities over its lessons (the gradebook's 50 columns)."""
    catalog = catalog_ensure()
    topics = _topics()
    templates, pool = lesson_templates()
    for activity in pool:
        record_ways(activity)
    locale = Locale.get_default()
    courses_batch = PageBatch(CoursePage, now)
    modules_batch = PageBatch(ModulePage, now)
    lessons_batch = PageBatch(LessonPage, now)
    first_step = _last_step(catalog) + 1
    per_module = -(-lessons_per_course // MODULES_PER_COURSE)
    courses: list[Course] = []
    for number in range(count):
        demo = CATALOG.courses[number % len(CATALOG.courses)]
        slug = f"{PREFIX}{number + 1:04d}-{demo.slug}"
        course_page = courses_batch.add(
            CoursePage(
                title=f"{demo.title} (seri {number + 1})",
                slug=slug,
                summary=demo.summary,
                outcomes=json.dumps(
                    [
                        {"type": "outcome", "value": text, "id": stable_id(slug, "outcome", i)}
                        for i, text in enumerate(demo.outcomes)
                    ]
                ),
                level=demo.level,
                pillar=demo.pillar,
                topic=topics[demo.topic],
                estimated_minutes=demo.minutes,
                steps_checked_on=demo.checked_on,
                keywords=demo.keywords,
                locale=locale,
                translation_key=new_key(rng),
            ),
            parent=catalog,
            step=first_step + number,
        )
        mine = [
            templates[(number * 7 + index) % len(templates)] for index in range(lessons_per_course)
        ]
        extra = _extra_activities(mine, pool, graded_course_activities if number == 0 else 0)
        course = Course(
            page_id=0,
            key=course_page.translation_key.hex,
            title=course_page.title,
            summary=demo.summary,
            minutes=demo.minutes,
            module_keys=[],
            lessons=[],
        )
        modules = -(-lessons_per_course // per_module)
        course_page.numchild = modules
        for module_number in range(modules):
            demo_module = demo.modules[module_number % len(demo.modules)]
            module_page = modules_batch.add(
                ModulePage(
                    title=f"Bagian {module_number + 1}: {demo_module.title}",
                    slug=f"bagian-{module_number + 1}",
                    locale=locale,
                    translation_key=new_key(rng),
                ),
                parent=course_page,
                step=module_number + 1,
            )
            course.module_keys.append(module_page.translation_key.hex)
            first = module_number * per_module
            in_module = range(first, min(first + per_module, lessons_per_course))
            module_page.numchild = len(in_module)
            for step, index in enumerate(in_module, start=1):
                template = mine[index]
                body, placed = _lesson_body(template, extra[index])
                lesson_page = lessons_batch.add(
                    LessonPage(
                        title=template.title,
                        slug=f"pelajaran-{index + 1}",
                        intro=template.intro,
                        estimated_minutes=template.minutes,
                        body=json.dumps(body),
                        completion_rule=template.rule,
                        pass_threshold=template.threshold,
                        locale=locale,
                        translation_key=new_key(rng),
                    ),
                    parent=module_page,
                    step=step,
                )
                course.lessons.append(
                    Lesson(
                        page_id=0,
                        key=lesson_page.translation_key.hex,
                        activities=[
                            (
                                usage_id(
                                    translation_key=lesson_page.translation_key, block_id=block_id
                                ),
                                activity,
                            )
                            for block_id, activity in placed
                        ],
                        rule=template.rule,
                        threshold=template.threshold,
                    )
                )
        courses.append(course)
    for batch in (courses_batch, modules_batch, lessons_batch):
        batch.save()
    Page.objects.filter(pk=catalog.pk).update(numchild=F("numchild") + count)
    lesson_pages = iter(lessons_batch.pages)
    for course, course_page in zip(courses, courses_batch.pages, strict=True):
        course.page_id = course_page.pk
        for lesson in course.lessons:
            lesson.page_id = next(lesson_pages).pk
    return catalog, courses


def _extra_activities(
    lessons: list[LessonTemplate], pool: list[ActivityTemplate], wanted: int
) -> list[list[ActivityTemplate]]:
    """Activities to add to each lesson so that the course has `wanted` in all (none when
    `wanted` is 0): spread evenly, never the same activity twice in a lesson."""
    extra: list[list[ActivityTemplate]] = [[] for _ in lessons]
    if not wanted:
        return extra

    def placed(index: int) -> set[str]:
        return lessons[index].activity_keys | {item.key for item in extra[index]}

    limit = -(-wanted // len(lessons))
    missing = wanted - sum(len(placed(index)) for index in range(len(lessons)))
    turn = 0
    while missing > 0:
        before = missing
        for index in range(len(lessons)):
            taken = placed(index)
            if missing <= 0 or len(taken) >= limit:
                continue
            free = [activity for activity in pool if activity.key not in taken]
            if free:
                extra[index].append(free[turn % len(free)])
                turn += 1
                missing -= 1
        if missing == before:
            limit += 1
    return extra
