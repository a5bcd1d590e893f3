"""Writing many rows fast, and saying how it goes.

`Table` collects rows for one table and writes them in chunks: with COPY on PostgreSQL, with one
`executemany` INSERT elsewhere (SQLite, for the tests). A row is a tuple of strings in the order
of the columns, made with the table's `stamp` (datetimes), `text` (free text) and `null`, which
differ between the two: COPY's text format is the fastest way in, and SQLite converts numbers
written as text by the columns' types. UUIDs are written as 32 hexadecimal digits, which both
databases read."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime

from django.db import connection
from django.db.models import Model

Write = Callable[[str], None]
CHUNK = 50_000
COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


class Table:
    def __init__(self, model: type[Model], columns: Sequence[str], *, chunk: int = CHUNK) -> None:
        quote = connection.ops.quote_name
        self.table = quote(model._meta.db_table)
        self.columns = ", ".join(quote(column) for column in columns)
        self.width = len(columns)
        self.chunk = chunk
        self.rows: list[tuple[str | None, ...]] = []
        self.written = 0
        self.copy = connection.vendor == "postgresql"
        self.null: str | None = "\\N" if self.copy else None

    def stamp(self, moment: datetime) -> str:
        if self.copy:
            return moment.isoformat()
        return str(connection.ops.adapt_datetimefield_value(moment))

    def text(self, value: str) -> str:
        return value.translate(COPY_ESCAPES) if self.copy else value

    def add(self, row: tuple[str | None, ...]) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        with connection.cursor() as cursor:
            if self.copy:
                with cursor.cursor.copy(f"COPY {self.table} ({self.columns}) FROM STDIN") as copy:
                    copy.write("".join("\t".join(row) + "\n" for row in self.rows))  # type: ignore[arg-type]
            else:
                placeholders = ", ".join(["%s"] * self.width)
                cursor.executemany(
                    # Names from the models' metadata, quoted; the values are parameters.
                    f"INSERT INTO {self.table} ({self.columns}) VALUES ({placeholders})",  # noqa: S608
                    self.rows,
                )
        self.written += len(self.rows)
        self.rows = []


class Meter:
    """A progress line rewritten in place (`\\r`): done of total, per cent, rate."""

    INTERVAL = 0.5

    def __init__(self, write: Write, label: str, total: int, unit: str) -> None:
        self.write = write
        self.label = label
        self.total = max(total, 1)
        self.unit = unit
        self.done = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def advance(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if now - self.shown >= self.INTERVAL:
            self.shown = now
            self.write("\r" + self.line(now))

    def line(self, now: float) -> str:
        seconds = max(now - self.started, 1e-6)
        rate = self.done / seconds
        left = (self.total - self.done) / rate if rate and self.done < self.total else 0.0
        return (
            f"  {self.label}: {self.done:,}/{self.total:,} {self.unit} "
            f"({100 * self.done // self.total}%), {rate:,.0f}/s, {left:,.0f} s left   "
        )

    def finish(self) -> None:
        now = time.monotonic()
        self.write(
            f"\r  {self.label}: {self.done:,} {self.unit} in {now - self.started:,.1f} s"
            + " " * 30
            + "\n"
        )
