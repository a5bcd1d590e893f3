"""An index on Wagtail's page table for "the children of this page" (`child_of`: the path starts
with the parent's and the depth is one more). Wagtail's own path index finds every descendant
and filters them by depth: the catalog's course count read 25,000 pages to count 1,000 courses
at size L (8 ms; 2.4 ms with this index). PostgreSQL only: SQLite, for small sites, does not use
an index for LIKE with its default settings."""

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

INDEX = "courses_page_depth_path"


def create(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page "
            "(depth, path varchar_pattern_ops)"
        )


def drop(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_activity_block"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
