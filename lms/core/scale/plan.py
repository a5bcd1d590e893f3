"""How many of everything each size makes, and who is who: the plan is drawn before anything is
written, from a random generator seeded with the size's name, so a size always makes the same
people, classes and amounts of progress."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Size:
    name: str
    users: int
    courses: int
    lessons: int
    progress_rows: int
    # Students whose guardians have not consented yet: nothing of their learning is recorded.
    unconsented_share: float = 0.0


# XS is for the tests: one class of 40, two courses.
SIZES: dict[str, Size] = {
    "XS": Size("XS", users=100, courses=2, lessons=40, progress_rows=3_000),
    "S": Size("S", users=1_000, courses=10, lessons=200, progress_rows=200_000),
    "M": Size(
        "M",
        users=10_000,
        courses=100,
        lessons=2_000,
        progress_rows=2_000_000,
        unconsented_share=0.02,
    ),
    "L": Size(
        "L",
        users=100_000,
        courses=1_000,
        lessons=20_000,
        progress_rows=20_000_000,
        unconsented_share=0.02,
    ),
}

STUDENT_SHARE = 0.4
CLASS_MIN, CLASS_MAX = 30, 40
# The first class has 40 students: the gradebook budget is for 40 students by 50 activities.
GRADEBOOK_CLASS_SIZE = 40
GRADEBOOK_ACTIVITIES = 50
# A quarter of the parents have two children among the students.
CHILDREN_PER_PARENT = 1.25
CLASSES_PER_SCHOOL = 8


class PlanError(ValueError):
    """The size asks for something that cannot be made (e.g. more progress rows than users
    times lessons)."""


@dataclass
class Plan:
    size: Size
    class_sizes: list[int]
    residents: int
    students: int
    teachers: int
    parents: int
    # Per parent, the indexes (into the students) of their children.
    children: list[list[int]] = field(default_factory=list)
    # Indexes of the students whose guardians have not consented.
    unconsented: set[int] = field(default_factory=set)

    @property
    def classes(self) -> int:
        return len(self.class_sizes)

    @property
    def schools(self) -> int:
        return math.ceil(self.classes / CLASSES_PER_SCHOOL)

    @property
    def lessons_per_course(self) -> int:
        return self.size.lessons // self.size.courses


def make_plan(size: Size, rng: random.Random) -> Plan:
    if size.lessons % size.courses:
        raise PlanError("The lessons must divide evenly among the courses.")
    wanted = round(size.users * STUDENT_SHARE)
    classes = max(1, round(wanted / ((CLASS_MIN + CLASS_MAX) / 2)))
    class_sizes = [GRADEBOOK_CLASS_SIZE] + [
        rng.randint(CLASS_MIN, CLASS_MAX) for _ in range(classes - 1)
    ]
    students = sum(class_sizes)
    teachers = classes
    parents = math.ceil(students / CHILDREN_PER_PARENT)
    residents = size.users - students - teachers - parents
    if residents < 0:
        raise PlanError(f"{size.users} users are too few for {classes} classes.")
    children: list[list[int]] = [[index] for index in range(parents)]
    # The other students are younger siblings, spread over every fourth parent first.
    order = [p for start in range(4) for p in range(start, parents, 4)]
    for n, student in enumerate(range(parents, students)):
        children[order[n % parents]].append(student)
    # Nobody in the gradebook's class is left out: its 40 students all have scores.
    candidates = list(range(GRADEBOOK_CLASS_SIZE, students))
    unconsented = set(
        rng.sample(candidates, min(len(candidates), round(students * size.unconsented_share)))
    )
    return Plan(
        size=size,
        class_sizes=class_sizes,
        residents=residents,
        students=students,
        teachers=teachers,
        parents=parents,
        children=children,
        unconsented=unconsented,
    )


def spread(*, total: int, weights: list[float], low: list[int], cap: int) -> list[int]:
    """Split `total` into whole shares proportional to `weights`, each at least its `low` and at
    most `cap`. Raises PlanError when that is impossible."""
    if sum(low) > total or cap * len(weights) < total:
        raise PlanError(
            f"{total:,} progress rows do not fit {len(weights):,} learners of at most {cap:,} "
            "lessons each."
        )

    def filled(scale: float) -> int:
        return sum(min(cap, max(lo, int(w * scale))) for w, lo in zip(weights, low, strict=True))

    below, above = 0.0, 1.0
    while filled(above) < total:
        above *= 2
    for _ in range(50):
        middle = (below + above) / 2
        if filled(middle) <= total:
            below = middle
        else:
            above = middle
    shares = [min(cap, max(lo, int(w * below))) for w, lo in zip(weights, low, strict=True)]
    missing = total - sum(shares)
    while missing:
        for index, share in enumerate(shares):
            if missing and share < cap:
                shares[index] += 1
                missing -= 1
    return shares
