"""Staff roles (Django groups) and which benefit types each one works.

Routing is data: a benefit definition names its ``staff_group``; approvals go to the
kierownik, interviews to social workers, payment lists to the accountant.
"""

from __future__ import annotations

from django.contrib.auth.models import Group

from gops.forms.registry import registry

SOCIAL_WORKER = "Pracownik socjalny"
BENEFIT_SPECIALIST = "Specjalista ds. świadczeń"
DIRECTOR = "Kierownik"
ACCOUNTANT = "Księgowość"
STAFF_GROUPS = (SOCIAL_WORKER, BENEFIT_SPECIALIST, DIRECTOR, ACCOUNTANT)

# Permissions per group, as "app_label.codename". Everyone needs the admin; beyond that,
# only what the group's screens use. Application data itself is guarded by our own
# rules (visible_applications), not by model permissions.
ADMIN_ACCESS = "wagtailadmin.access_admin"
GROUP_PERMISSIONS = {
    SOCIAL_WORKER: [ADMIN_ACCESS, "intake.view_application", "intake.view_rate"],
    BENEFIT_SPECIALIST: [
        ADMIN_ACCESS,
        "intake.view_application",
        "intake.view_rate",
        "intake.add_rate",
        "intake.change_rate",
    ],
    DIRECTOR: [
        ADMIN_ACCESS,
        "intake.view_application",
        "intake.export_application",
        "intake.view_rate",
        "intake.add_rate",
        "intake.change_rate",
        "workflows.manage_applicationprocess",
        "workflows.view_emaildelivery",
        "workflows.add_notificationtemplate",
        "workflows.change_notificationtemplate",
        "workflows.view_notificationtemplate",
        "workflows.add_decisiontemplate",
        "workflows.change_decisiontemplate",
        "workflows.view_decisiontemplate",
    ],
    ACCOUNTANT: [
        ADMIN_ACCESS,
        "intake.view_application",
        "intake.view_rate",
        "workflows.view_paymententry",
    ],
}


def _user_groups(user) -> dict[int, str]:
    """The user's groups ({pk: name}), read once and cached on the user for the request."""
    if not user or not user.is_authenticated:
        return {}
    cached = getattr(user, "_gops_groups", None)
    if cached is None:
        cached = dict(user.groups.values_list("pk", "name"))
        user._gops_groups = cached
    return cached


def user_group_names(user) -> set[str]:
    """Names of the user's groups, cached on the user object for the request."""
    return set(_user_groups(user).values())


def user_group_ids(user) -> list[int]:
    """Primary keys of the user's groups (same cached query as the names)."""
    return sorted(_user_groups(user))


def is_director(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active) and (
        user.is_superuser or DIRECTOR in user_group_names(user)
    )


def is_accountant(user) -> bool:
    return ACCOUNTANT in user_group_names(user)


def benefit_codes_for(user) -> set[str]:
    """Benefit types whose cases the user's groups work."""
    names = user_group_names(user)
    codes = set()
    for definition in registry:
        if definition.staff_group in names or SOCIAL_WORKER in names and definition.needs_interview:
            codes.add(definition.code)
    return codes


def group(name: str) -> Group:
    return Group.objects.get_or_create(name=name)[0]


def ensure_groups(apps=None) -> None:
    """Create the staff groups and give them their permissions (idempotent).

    Used by the data migration (with the historical ``apps``) and by tests/demo.
    """
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for name, permissions in GROUP_PERMISSIONS.items():
        grp, _ = group_model.objects.get_or_create(name=name)
        for dotted in permissions:
            app_label, codename = dotted.split(".", 1)
            perm = permission_model.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if perm is not None:
                grp.permissions.add(perm)
