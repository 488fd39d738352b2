"""TaskDeadline.unassigned: the task has no owner (denormalised for the queue's index).

The column is added with ``default=True`` (no table rewrite on PostgreSQL), then every row
whose task has an owner is set to False, then the partial index is built on the filled
column.
"""

from django.db import migrations, models


def fill_unassigned(apps, schema_editor):
    TaskDeadline = apps.get_model("workflows", "TaskDeadline")
    TaskDeadline.objects.filter(task__owner__isnull=False).update(unassigned=False)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("viewflow", "0015_task_scheduled"),
        ("workflows", "0004_open_deadline_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="taskdeadline",
            name="unassigned",
            field=models.BooleanField(default=True),
        ),
        migrations.RunPython(fill_unassigned, migrations.RunPython.noop, elidable=True),
        migrations.AddIndex(
            model_name="taskdeadline",
            index=models.Index(
                condition=models.Q(("open", True), ("unassigned", True)),
                fields=["group", "due"],
                name="wf_deadline_queue_idx",
            ),
        ),
    ]
