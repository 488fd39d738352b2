"""Staff groups with their permissions, and Polish default e-mail and decision texts."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_PERMISSIONS = {
    "Pracownik socjalny": ["wagtailadmin.access_admin", "intake.view_application"],
    "Specjalista ds. świadczeń": ["wagtailadmin.access_admin", "intake.view_application"],
    "Kierownik": [
        "wagtailadmin.access_admin",
        "intake.view_application",
        "intake.export_application",
        "workflows.manage_applicationprocess",
        "workflows.view_emaildelivery",
        "workflows.add_notificationtemplate",
        "workflows.change_notificationtemplate",
        "workflows.view_notificationtemplate",
        "workflows.add_decisiontemplate",
        "workflows.change_decisiontemplate",
        "workflows.view_decisiontemplate",
    ],
    "Księgowość": [
        "wagtailadmin.access_admin",
        "intake.view_application",
        "workflows.view_paymententry",
    ],
}


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for dotted in permissions:
            app_label, codename = dotted.split(".", 1)
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)


def seed_templates(apps, schema_editor):
    from gops.workflows.decisions import DEFAULT_INSTRUCTION, DEFAULT_RULINGS
    from gops.workflows.notifications import DEFAULT_TEMPLATES

    NotificationTemplate = apps.get_model("workflows", "NotificationTemplate")
    for key, (name, subject, body) in DEFAULT_TEMPLATES.items():
        NotificationTemplate.objects.get_or_create(
            key=str(key), defaults={"name": name, "subject": subject, "body": body}
        )
    DecisionTemplate = apps.get_model("workflows", "DecisionTemplate")
    for outcome, ruling in DEFAULT_RULINGS.items():
        DecisionTemplate.objects.get_or_create(
            outcome=str(outcome),
            defaults={
                "title": "DECYZJA",
                "ruling": ruling,
                "instruction": DEFAULT_INSTRUCTION,
                "signatory": "Kierownik Gminnego Ośrodka Pomocy Społecznej",
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("workflows", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("intake", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_groups, migrations.RunPython.noop),
        migrations.RunPython(seed_templates, migrations.RunPython.noop),
    ]
