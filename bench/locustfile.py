"""The load test's people, for locust (run by bench/load.py, which prepares their plan).

Each simulated person waits 5 to 15 seconds between two pages, as someone reading does: 200 of
them make about 20 requests per second. Every request carries ``X-Forwarded-Proto: https``, as
behind the TLS proxy of production. A request counts as an error unless it answers with the
status a browser expects (200; the activity's handlers 200 too).

Environment: PANDU_BENCH_PLAN (the plan, from bench/prepare.py), PANDU_BENCH_SAMPLES (where the
raw response times are written when the run ends).
"""

from __future__ import annotations

import itertools
import json
import os
import random
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from locust import HttpUser, between, events, task

from bench.activities import activities_in, answer

PLAN: dict[str, Any] = json.loads(Path(os.environ["PANDU_BENCH_PLAN"]).read_text())
SAMPLES: dict[str, list[tuple[float, float, bool]]] = {}
ERRORS: dict[str, list[str]] = {}


def _take(entries: list[dict[str, Any]]) -> itertools.cycle[dict[str, Any]]:
    return itertools.cycle(entries or [{}])


_NEXT = {key: _take(PLAN[key]) for key in ("residents", "students", "teachers", "parents")}


@events.request.add_listener
def _record(
    name: str, response_time: float, exception: BaseException | None, **kwargs: Any
) -> None:
    SAMPLES.setdefault(name, []).append((time.time(), response_time, exception is None))
    if exception is not None and len(ERRORS.setdefault(name, [])) < 5:
        ERRORS[name].append(str(exception)[:300])


@events.test_stop.add_listener
def _write(**kwargs: Any) -> None:
    target = os.environ.get("PANDU_BENCH_SAMPLES")
    if target:
        Path(target).write_text(json.dumps({"samples": SAMPLES, "errors": ERRORS}))


class Person(HttpUser):
    abstract = True
    wait_time = between(5, 15)
    role = ""

    def on_start(self) -> None:
        host = urlsplit(self.host or "")
        self.origin = f"https://{host.netloc}"
        self.me: dict[str, Any] = next(_NEXT[self.role]) if self.role else {}
        for name, value in self.me.get("cookies", {}).items():
            self.client.cookies.set(name, value, domain=host.hostname, path="/")

    def keep_cookies(self) -> None:
        """The server sets its cookies Secure (it believes it is behind TLS): send them back over
        the loopback's plain HTTP too, as a browser does over HTTPS."""
        for cookie in self.client.cookies:
            cookie.secure = False

    def page(self, path: str, name: str) -> str:
        with self.client.get(
            path,
            name=name,
            headers={"X-Forwarded-Proto": "https"},
            allow_redirects=False,
            catch_response=True,
        ) as response:
            self.keep_cookies()
            if response.status_code != 200:
                response.failure(f"{response.status_code} for {path}")
                return ""
            return str(response.text)

    def handler(self, url: str, payload: dict[str, Any], name: str) -> dict[str, Any] | None:
        with self.client.post(
            url,
            name=name,
            json=payload,
            headers={
                "X-Forwarded-Proto": "https",
                "X-CSRFToken": self.client.cookies.get("csrftoken", ""),
                "Origin": self.origin,
            },
            allow_redirects=False,
            catch_response=True,
        ) as response:
            self.keep_cookies()
            if response.status_code != 200:
                response.failure(f"{response.status_code} for {url}: {response.text[:200]}")
                return None
            data: dict[str, Any] = response.json()
            return data


class Visitor(Person):
    """Browses the catalog and reads the first lesson of a course, without an account."""

    weight = 6

    @task(2)
    def catalog(self) -> None:
        self.page(PLAN["visitor"]["catalog"], "catalog")

    @task(3)
    def course(self) -> None:
        if PLAN["visitor"]["courses"]:
            self.page(random.choice(PLAN["visitor"]["courses"]), "course")

    @task(2)
    def lesson(self) -> None:
        if PLAN["visitor"]["lessons"]:
            self.page(random.choice(PLAN["visitor"]["lessons"]), "lesson_visitor")


class Resident(Person):
    """Opens lessons of the courses they follow, answers their activities, looks at "Kursus
    saya". Opens the lesson's bare twin (the floor) as often as the lesson."""

    weight = 8
    role = "residents"

    @task(4)
    def lesson(self) -> None:
        if not self.me.get("lessons"):
            return
        html = self.page(random.choice(self.me["lessons"])["path"], "lesson")
        if html and random.random() < 0.5:
            time.sleep(random.uniform(1, 3))  # reading the question
            self.answer_one(html)

    @task(4)
    def bare_lesson(self) -> None:
        if self.me.get("lessons"):
            self.page(random.choice(self.me["lessons"])["bare"], "bare_lesson")

    @task(1)
    def dashboard(self) -> None:
        self.page(PLAN["paths"]["learner_dashboard"], "learner_dashboard")

    def answer_one(self, html: str) -> None:
        found = activities_in(html)
        if not found:
            return
        activity = random.choice(found)
        reply = answer(activity.body)
        if reply is None and activity.can_retry:
            opened = self.handler(activity.url("retry"), {}, "activity_retry")
            reply = answer(opened["html"]) if opened else None
        if reply is not None:
            handler, payload = reply
            self.handler(activity.url(handler), payload, "activity_submit")


class Student(Person):
    """Looks at what is assigned ("Tugas") and at "Kursus saya"."""

    weight = 4
    role = "students"

    @task(2)
    def assignments(self) -> None:
        self.page(PLAN["paths"]["assignments"], "assignments")

    @task(1)
    def dashboard(self) -> None:
        self.page(PLAN["paths"]["learner_dashboard"], "learner_dashboard")


class Teacher(Person):
    """Opens a class's dashboard and its gradebook."""

    weight = 2
    role = "teachers"

    @task(1)
    def dashboard(self) -> None:
        if self.me:
            self.page(self.me["dashboard"], "class_dashboard")

    @task(2)
    def gradebook(self) -> None:
        if self.me:
            self.page(self.me["gradebook"], self.me["gradebook_name"])


class Parent(Person):
    """Opens "Anak saya" and a child's page."""

    weight = 2
    role = "parents"

    @task(1)
    def children(self) -> None:
        self.page(PLAN["paths"]["parent_dashboard"], "parent_dashboard")

    @task(1)
    def child(self) -> None:
        if self.me.get("children"):
            self.page(random.choice(self.me["children"]), "parent_child")
