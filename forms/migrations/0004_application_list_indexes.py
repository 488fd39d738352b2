"""Indexes for the staff list "Wszystkie wnioski" (order and name search).

The name indexes serve ``last_name__istartswith`` / ``first_name__istartswith``, which
PostgreSQL compiles to ``UPPER(col::text) LIKE UPPER('x%')``: an expression B-tree on
``UPPER(col)`` with ``varchar_pattern_ops`` (the database collation is not "C"). They are
PostgreSQL-only (SQLite has no operator classes and needs no help at this size), so they
live in the database only, not in the model state.
"""

from django.db import migrations, models

NAME_INDEXES = {
    "app_last_name_upper_idx": "last_name",
    "app_first_name_upper_idx": "first_name",
}


def create_name_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, column in NAME_INDEXES.items():
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "intake_application" '
            f'(UPPER("{column}"::text) varchar_pattern_ops)'
        )


def drop_name_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in NAME_INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0003_seed_rates"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="application",
            index=models.Index(fields=["-submitted_at", "-id"], name="app_submitted_idx"),
        ),
        migrations.RunPython(create_name_indexes, drop_name_indexes, elidable=False),
    ]
