"""Pandu's XBlock runtime: where state is kept, which blocks may run, what pages and the lms get."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
import uuid
from importlib.metadata import EntryPoint
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.core.checks import run_checks
from django.db import connection
from django.test import RequestFactory
from pytest_django import DjangoAssertNumQueries, Settings
from wagtail.models import Locale, Page
from xblock import plugin
from xblock.core import XBlock
from xblock.exceptions import InvalidScopeError

from content.models import XBlockStateSummary, XBlockUserState
from content.xblocks import registry
from content.xblocks.ids import make_usage_id
from content.xblocks.multiple_choice import MultipleChoiceBlock
from content.xblocks.runtime import (
    InlineResourceError,
    InvalidFields,
    NoSuchHandler,
    PanduRuntime,
    handle_django_request,
    load_block,
    render_student_view,
)

from .conftest import MC, Activity, make_learner, mc_fields, new_usage_id, read_form, submit

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[3]


# --- Storage ---------------------------------------------------------------------------------


def test_a_learners_state_is_one_row_read_by_a_fresh_runtime(learner: int) -> None:
    quiz = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields())
    form = read_form(quiz.render())
    submit(quiz, form, "Jakarta")
    row = XBlockUserState.objects.get()
    assert (row.user_id, row.usage_id, row.block_type) == (learner, quiz.usage_id, MC)
    assert row.state["attempts_used"] == 1
    fresh = PanduRuntime(user_id=learner, language="id").load(
        block_type=MC, usage_id=quiz.usage_id, fields=mc_fields()
    )
    assert fresh.attempts_used == 1
    assert fresh.attempt["token"] == form.token


def test_learners_do_not_share_state(learner: int) -> None:
    usage_id = new_usage_id()
    first = Activity(usage_id=usage_id, user_id=learner, fields=mc_fields())
    submit(first, read_form(first.render()), "Nusantara")
    other = Activity(usage_id=usage_id, user_id=make_learner("siswa"), fields=mc_fields())
    assert other.state()["attempts_used"] == 0
    assert "data-pandu-activity-form" in other.render()


def test_shared_state_is_one_row_per_activity(learner: int) -> None:
    usage_id = new_usage_id()
    for user_id in (learner, make_learner("siswa"), None):
        Activity(usage_id=usage_id, user_id=user_id, fields={}, block_type="thumbs").post(
            "vote", {"voteType": "up"}
        )
    summary = XBlockStateSummary.objects.get(usage_id=usage_id)
    assert summary.state == {"upvotes": 3}
    assert XBlockUserState.objects.filter(usage_id=usage_id).count() == 2


def test_rendering_reads_one_row_and_writes_only_what_changed(
    learner: int, django_assert_num_queries: DjangoAssertNumQueries
) -> None:
    quiz = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields())
    quiz.render()  # opens the first attempt
    with django_assert_num_queries(1):
        quiz.render()


def test_state_written_by_another_type_of_block_is_not_read(learner: int) -> None:
    usage_id = new_usage_id()
    XBlockUserState.objects.create(
        user_id=learner, usage_id=usage_id, block_type="thumbs", state={"attempts_used": 9}
    )
    quiz = Activity(usage_id=usage_id, user_id=learner, fields=mc_fields())
    assert quiz.state()["attempts_used"] == 0
    submit(quiz, read_form(quiz.render()), "Jakarta")
    row = XBlockUserState.objects.get(usage_id=usage_id)
    assert (row.block_type, row.state["attempts_used"]) == (MC, 1)


def test_deleting_a_learner_deletes_their_answers(learner: int) -> None:
    quiz = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields())
    quiz.render()
    from django.contrib.auth import get_user_model

    get_user_model().objects.filter(pk=learner).delete()
    assert not XBlockUserState.objects.exists()


def test_content_and_settings_cannot_be_written_by_a_block(learner: int) -> None:
    block = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields()).block()
    block.question = "Pertanyaan lain"
    with pytest.raises(InvalidScopeError):
        block.save()


def test_fields_a_block_does_not_author_are_refused(learner: int) -> None:
    with pytest.raises(InvalidFields, match="attempts_used"):
        load_block(
            block_type=MC,
            usage_id=new_usage_id(),
            fields={**mc_fields(), "attempts_used": 0},
            user_id=learner,
            language="id",
        )


# --- Ids: across processes and languages -----------------------------------------------------


HANDLER_IN_A_NEW_PROCESS = """
import json, sys
import django
django.setup()
import webob
from content.xblocks.runtime import handle, load_block
args = json.load(sys.stdin)
block = load_block(block_type=args["block_type"], usage_id=args["usage_id"], fields=args["fields"],
                   user_id=args["user_id"], language="id")
request = webob.Request.blank("/", method="POST", body=json.dumps(args["payload"]).encode(),
                              content_type="application/json")
response = handle(block, "submit", request)
print(json.dumps({"status": response.status_code, "body": json.loads(response.body)}))
"""


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_handler_call_reaching_a_new_process_finds_its_block() -> None:
    learner = make_learner()
    quiz = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields())
    form = read_form(quiz.render())
    args = {
        "block_type": MC,
        "usage_id": quiz.usage_id,
        "fields": mc_fields(),
        "user_id": learner,
        "payload": {
            "submission_id": str(uuid.uuid4()),
            "attempt": form.token,
            "choices": [form.choices["Nusantara"]],
        },
    }
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": database_url(),
        "PANDU_VAR_DIR": str(django_settings.VAR_DIR),
    }
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", HANDLER_IN_A_NEW_PROCESS],
        input=json.dumps(args),
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["status"] == 200, answer
    assert answer["body"]["score"] == 1.0
    assert quiz.state()["attempts_used"] == 1
    assert "data-pandu-activity-result" in quiz.render()


def lesson_in_two_languages() -> tuple[Page, Page]:
    indonesian = Locale.objects.get_or_create(language_code="id")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]
    lesson = Page(title="Mengaktifkan IKD", slug="mengaktifkan-ikd", locale=indonesian)
    Page.get_first_root_node().add_child(instance=lesson)
    return lesson, lesson.copy_for_translation(english)


def test_a_lessons_copies_in_two_languages_are_one_activity(learner: int) -> None:
    lesson, translation = lesson_in_two_languages()
    assert translation.pk != lesson.pk
    block_id = "8d2c6b1e-3f4a-4b7c-9e2d-1a0b5c6d7e8f"
    usage_id = make_usage_id(translation_key=lesson.translation_key, block_id=block_id)
    assert usage_id == make_usage_id(translation_key=translation.translation_key, block_id=block_id)

    english_fields = mc_fields(
        question="What is the name of Indonesia's new capital?",
        options=[
            {**option, "text": text, "feedback": ""}
            for option, text in zip(
                mc_fields()["options"],
                ["Jakarta", "Nusantara", "Balikpapan", "Samarinda"],
                strict=True,
            )
        ],
    )
    in_indonesian = Activity(usage_id=usage_id, user_id=learner, fields=mc_fields(), language="id")
    in_english = Activity(usage_id=usage_id, user_id=learner, fields=english_fields, language="en")
    form = read_form(in_indonesian.render())
    # Opened in English, the attempt is the same one, in the same order, under the same ids.
    assert read_form(in_english.render()) == form
    assert "What is the name" in in_english.render()
    _status, result = submit(in_english, form, "Nusantara")
    assert result["score"] == 1.0
    assert 'lang="en"' in in_english.render()
    assert in_indonesian.state()["attempts_used"] == 1


# --- Which blocks may run --------------------------------------------------------------------


def test_a_type_that_is_not_listed_is_refused(learner: int, settings: Settings) -> None:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC]
    with pytest.raises(registry.BlockTypeNotAllowed):
        load_block(
            block_type="thumbs", usage_id=new_usage_id(), fields={}, user_id=learner, language="id"
        )


@pytest.mark.parametrize("block_type", sorted(registry.DENIED_TYPES))
def test_blocks_that_run_author_code_are_refused_even_when_listed(
    learner: int, settings: Settings, block_type: str
) -> None:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC, block_type, block_type.upper()]
    assert not registry.is_allowed(block_type)
    assert block_type not in registry.allowed_types()
    with pytest.raises(registry.BlockTypeNotAllowed):
        load_block(
            block_type=block_type,
            usage_id=new_usage_id(),
            fields={},
            user_id=learner,
            language="id",
        )


def test_problem_demo_is_on_the_deny_list() -> None:
    assert "problem_demo" in registry.DENIED_TYPES


@pytest.mark.parametrize("block_type", ["not_installed", "THUMBS", "../thumbs", "", "a b"])
def test_unknown_or_malformed_types_are_refused(settings: Settings, block_type: str) -> None:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC, block_type]
    with pytest.raises(registry.BlockTypeNotAllowed):
        registry.load_block_class(block_type)


def test_the_built_in_blocks_are_the_entry_points_in_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    entry_points = project["project"]["entry-points"]["xblock.v1"]
    assert entry_points == registry.BUILTIN_TYPES
    loaded = EntryPoint(MC, entry_points[MC], "xblock.v1").load()
    assert loaded is MultipleChoiceBlock is registry.load_block_class(MC)


def test_once_installed_the_entry_point_finds_the_same_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `pip install .` writes, without installing: a dist-info with the entry points."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    dist_info = tmp_path / "pandu-0.0.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: pandu\nVersion: 0.0.0\n")
    lines = [
        f"{name} = {value}"
        for name, value in project["project"]["entry-points"]["xblock.v1"].items()
    ]
    (dist_info / "entry_points.txt").write_text("[xblock.v1]\n" + "\n".join(lines) + "\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(plugin, "PLUGIN_CACHE", {})
    assert XBlock.load_class(MC) is MultipleChoiceBlock is registry.load_block_class(MC)


def test_the_default_settings_allow_only_pandus_own_blocks() -> None:
    from lms.settings import base

    assert list(registry.BUILTIN_TYPES) == base.PANDU_XBLOCK_ALLOWED_TYPES
    assert base.PANDU_XBLOCK_ALLOW_INLINE_RESOURCES is False


def deploy_check_ids() -> set[str]:
    return {str(message.id) for message in run_checks(include_deployment_checks=True)}


def test_the_deploy_check_refuses_development_samples_and_inline_resources(
    settings: Settings,
) -> None:
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC]
    assert not {"content.E001", "content.E002", "content.E003", "content.W001"} & deploy_check_ids()
    settings.PANDU_XBLOCK_ALLOWED_TYPES = [MC, "thumbs", "problem_demo", "not_installed"]
    settings.PANDU_XBLOCK_ALLOW_INLINE_RESOURCES = True
    assert {"content.E001", "content.E002", "content.E003", "content.W001"} <= deploy_check_ids()


# --- What a page gets ------------------------------------------------------------------------


def test_a_fragment_references_its_scripts_and_styles_by_url_only(learner: int) -> None:
    block = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields()).block()
    fragment = render_student_view(block)
    assert [(r.kind, r.mimetype) for r in fragment.resources] == [
        ("url", "application/javascript"),
        ("url", "text/css"),
        ("url", "text/css"),
        ("url", "application/javascript"),
        ("url", "application/javascript"),
    ]
    assert fragment.resources[0].data == "/static/content/xblock/runtime.js"
    # What every activity shares comes before the type's own files.
    assert [r.data.rsplit("/", 1)[1] for r in fragment.resources[1:]] == [
        "activity.css",
        "multiple_choice.css",
        "activity.js",
        "multiple_choice.js",
    ]
    assert "<script" not in fragment.body_html()
    assert "<style" not in fragment.body_html()
    assert not re.search(r"\son[a-z]+\s*=", fragment.body_html())  # no onclick= and the like


def test_the_client_runtime_is_a_static_file() -> None:
    from django.contrib.staticfiles import finders

    assert finders.find("content/xblock/runtime.js")


def test_a_block_with_inline_scripts_is_refused_unless_development_allows_it(
    learner: int, settings: Settings
) -> None:
    thumbs = Activity(usage_id=new_usage_id(), user_id=learner, fields={}, block_type="thumbs")
    with pytest.raises(InlineResourceError):
        render_student_view(thumbs.block())
    settings.PANDU_XBLOCK_ALLOW_INLINE_RESOURCES = True
    assert "upvote" in render_student_view(thumbs.block()).body_html()


def test_the_wrapper_tells_the_client_runtime_what_to_call_and_where(learner: int) -> None:
    quiz = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields())
    page = quiz.render()
    assert 'data-init="PanduMultipleChoice"' in page
    assert f'data-usage-id="{quiz.usage_id}"' in page
    assert f'data-handler-url="/api/v1/xblock/{quiz.usage_id}/handler/{{handler}}"' in page


def test_handler_urls_follow_the_setting(learner: int, settings: Settings) -> None:
    settings.PANDU_XBLOCK_HANDLER_URL = "/belajar/aktivitas/{usage_id}/{handler}"
    block = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields()).block()
    runtime = block.runtime
    usage_id = block.scope_ids.usage_id
    assert runtime.handler_url(block, "submit") == f"/belajar/aktivitas/{usage_id}/submit"
    assert (
        runtime.handler_url(block, "submit", suffix="a/b", query="x=1")
        == f"/belajar/aktivitas/{usage_id}/submit/a/b?x=1"
    )
    with pytest.raises(ValueError, match="not a handler"):
        runtime.handler_url(block, "student_view")
    with pytest.raises(NotImplementedError):
        runtime.handler_url(block, "submit", thirdparty=True)


def test_an_unknown_handler_is_refused(learner: int) -> None:
    quiz = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields())
    with pytest.raises(NoSuchHandler):
        quiz.post("student_view", {})


def test_a_django_request_gets_a_django_response(learner: int) -> None:
    quiz = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields())
    form = read_form(quiz.render())
    payload = {
        "submission_id": str(uuid.uuid4()),
        "attempt": form.token,
        "choices": [form.choices["Nusantara"]],
    }
    request = RequestFactory().post("/", data=payload, content_type="application/json")
    response = handle_django_request(quiz.block(), "submit", request)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert json.loads(response.content)["score"] == 1.0
    get = handle_django_request(quiz.block(), "submit", RequestFactory().get("/"))
    assert get.status_code == 405


# --- Publishing ------------------------------------------------------------------------------


def test_grades_and_completions_become_one_signal(
    learner: int, scored: list[dict[str, Any]]
) -> None:
    block = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields()).block()
    block.runtime.publish(block, "grade", {"value": 3, "max_value": 4})
    block.runtime.publish(block, "completion", {"completion": 0.5})
    block.runtime.publish(block, "progress", {})
    assert [(c["event_type"], c["score"], c["max_score"]) for c in scored] == [
        ("grade", 0.75, 4.0),
        ("completion", 0.5, 1.0),
    ]
    assert scored[0]["event_id"] != scored[1]["event_id"]


def test_the_same_submission_has_the_same_event_id(
    learner: int, scored: list[dict[str, Any]]
) -> None:
    block = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields()).block()
    for _ in range(2):
        block.runtime.publish(block, "grade", {"value": 1, "max_value": 1, "submission_id": "s-1"})
    assert scored[0]["event_id"] == scored[1]["event_id"]


@pytest.mark.parametrize(
    ("event_type", "data"),
    [
        ("grade", {"value": 5, "max_value": 4}),
        ("grade", {"value": 1, "max_value": 0}),
        ("grade", {"value": -1, "max_value": 1}),
        ("completion", {"completion": 1.5}),
    ],
)
def test_an_impossible_score_is_an_error(
    learner: int, scored: list[dict[str, Any]], event_type: str, data: dict[str, Any]
) -> None:
    block = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields()).block()
    with pytest.raises(ValueError, match=r"must|needs"):
        block.runtime.publish(block, event_type, data)
    assert scored == []


def test_a_failing_receiver_rolls_back_the_submission(learner: int) -> None:
    from content.signals import activity_scored

    def refuse(sender: Any, **kwargs: Any) -> None:
        # What the lms writes, then fails: both roll back with the submission.
        XBlockStateSummary.objects.create(usage_id="progress", block_type="lms", state={})
        raise RuntimeError("progress could not be saved")

    quiz = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields())
    form = read_form(quiz.render())
    activity_scored.connect(refuse, dispatch_uid="tests-refuse")
    try:
        with pytest.raises(RuntimeError):
            submit(quiz, form, "Nusantara")
    finally:
        activity_scored.disconnect(dispatch_uid="tests-refuse")
    assert quiz.state()["attempts_used"] == 0
    assert not XBlockStateSummary.objects.exists()
    _status, result = submit(quiz, form, "Nusantara")
    assert result["score"] == 1.0


def test_handlers_run_in_the_runtimes_language(learner: int) -> None:
    from django.utils import translation

    from content.signals import activity_scored

    seen: list[str | None] = []

    def language(sender: Any, **kwargs: Any) -> None:
        seen.append(translation.get_language())

    quiz = Activity(usage_id=new_usage_id(), user_id=learner, fields=mc_fields(), language="en")
    form = read_form(quiz.render())
    activity_scored.connect(language, dispatch_uid="tests-language")
    try:
        with translation.override("id"):
            submit(quiz, form, "Nusantara")
    finally:
        activity_scored.disconnect(dispatch_uid="tests-language")
    assert seen == ["en"]


@XBlock.needs("i18n")
class I18nProbe(XBlock):
    """A block of another package that translates through the runtime's i18n service."""

    def student_view(self, context: Any = None) -> Any:
        from web_fragments.fragment import Fragment

        return Fragment(f"<p>{self.runtime.service(self, 'i18n').gettext('Yes')}</p>")


def test_blocks_translate_through_the_i18n_service(
    learner: int, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(registry.BUILTIN_TYPES, "i18n_probe", f"{__name__}:I18nProbe")
    settings.PANDU_XBLOCK_ALLOWED_TYPES = ["i18n_probe"]
    for language, yes in (("id", "Ya"), ("en", "Yes")):
        probe = Activity(
            usage_id=new_usage_id(),
            user_id=learner,
            fields={},
            block_type="i18n_probe",
            language=language,
        )
        assert f"<p>{yes}</p>" in probe.render()
