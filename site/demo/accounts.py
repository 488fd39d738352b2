"""Editor groups and the demo accounts (created only by ``load_demo_site``).

Staff groups ("Pracownik socjalny", "Specjalista ds. świadczeń", "Kierownik", "Księgowość")
get their case permissions from the workflows app's data migration; here they are only
fetched or created and given access to the Wagtail admin. Permissions are only ever added.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

PASSWORD = "gops-demo"  # noqa: S105 - a published demo password, never a real account

EDITOR = "Redaktor"
DIRECTOR = "Kierownik"
SOCIAL_WORKER = "Pracownik socjalny"
SPECIALIST = "Specjalista ds. świadczeń"
ACCOUNTANT = "Księgowość"

# Wagtail page permission types on the home page subtree.
PAGE_PERMISSIONS = {
    EDITOR: ["add", "change"],
    DIRECTOR: ["add", "change", "publish", "lock"],
}
# Images and documents in the root collection, for people who edit pages.
COLLECTION_PERMISSIONS = {
    EDITOR: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
    DIRECTOR: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
}
# Site settings: editors maintain the menus, the director also the institution's data.
MODEL_PERMISSIONS = {
    EDITOR: [("pages", "change_navigationsettings")],
    DIRECTOR: [("pages", "change_navigationsettings"), ("pages", "change_institutionsettings")],
}


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    group: str | None
    role: str
    superuser: bool = False

    @property
    def email(self) -> str:
        return f"{self.username}@gops.wielgie.pl"


ACCOUNTS = [
    DemoAccount("admin", "Adam", "Nowicki", None, "administrator (superużytkownik)", True),
    DemoAccount("redaktor", "Ewa", "Mazur", EDITOR, "redaktor strony"),
    DemoAccount("pracownik", "Katarzyna", "Nowak", SOCIAL_WORKER, "pracownik socjalny"),
    DemoAccount("specjalista", "Joanna", "Lewandowska", SPECIALIST, "specjalista ds. świadczeń"),
    DemoAccount("kierownik", "Małgorzata", "Kowalczyk", DIRECTOR, "kierownik ośrodka"),
    DemoAccount("ksiegowa", "Barbara", "Dąbrowska", ACCOUNTANT, "główna księgowa"),
]

ALL_GROUPS = [EDITOR, DIRECTOR, SOCIAL_WORKER, SPECIALIST, ACCOUNTANT]


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def setup_groups(home: Page) -> dict[str, Group]:
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ALL_GROUPS}
    access_admin = _permission("wagtailadmin", "access_admin")
    for group in groups.values():
        group.permissions.add(access_admin)  # add() skips what is already there

    for name, kinds in PAGE_PERMISSIONS.items():
        for kind in kinds:
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=home, permission=_permission("wagtailcore", f"{kind}_page")
            )

    root_collection = Collection.get_first_root_node()
    for name, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root_collection,
                permission=_permission(app_label, codename),
            )

    for name, perms in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*[_permission(app, codename) for app, codename in perms])
    return groups


def setup_accounts(groups: dict[str, Group]) -> list[DemoAccount]:
    User = get_user_model()
    for account in ACCOUNTS:
        user, created = User.objects.get_or_create(username=account.username)
        wanted = {
            "first_name": account.first_name,
            "last_name": account.last_name,
            "email": account.email,
            "is_active": True,
            "is_superuser": account.superuser,
            "is_staff": account.superuser,
        }
        changed = [k for k, v in wanted.items() if getattr(user, k) != v]
        for k in changed:
            setattr(user, k, wanted[k])
        # Hashing again would change the stored hash on every run; check first.
        if created or not user.check_password(PASSWORD):
            user.set_password(PASSWORD)
            changed.append("password")
        if changed:
            user.save()
        if account.group and not user.groups.filter(pk=groups[account.group].pk).exists():
            user.groups.add(groups[account.group])
    return ACCOUNTS


def accounts_table(accounts: list[DemoAccount]) -> str:
    rows = [("login", "hasło", "rola", "grupa")]
    rows += [(a.username, PASSWORD, a.role, a.group or "—") for a in accounts]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
