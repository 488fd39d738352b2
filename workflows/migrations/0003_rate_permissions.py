"""Let staff keep thresholds and amounts current: specialists and the director edit Rate
records, social workers and the accountant read them."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RATE_PERMISSIONS = {
    "Pracownik socjalny": ["view_rate"],
    "Specjalista ds. świadczeń": ["view_rate", "add_rate", "change_rate"],
    "Kierownik": ["view_rate", "add_rate", "change_rate"],
    "Księgowość": ["view_rate"],
}


def grant(apps, schema_editor):
    intake = apps.get_app_config("intake")
    intake.models_module = True
    create_permissions(intake, apps=apps, verbosity=0)
    intake.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in RATE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="intake", codename__in=codenames)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("workflows", "0002_staff_groups_and_templates"),
        ("intake", "0003_seed_rates"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
