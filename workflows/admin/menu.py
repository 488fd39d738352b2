"""The "Wnioski" admin menu: my tasks, the queue, all applications. Staff only."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from .access import is_staff_member


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_staff_member(request.user)


def build_menu_item():
    submenu = Menu(
        items=[
            StaffMenuItem(
                _("Moje zadania"),
                reverse_lazy("workflows_admin:inbox"),
                name="gops-inbox",
                icon_name="tasks",
                order=100,
            ),
            StaffMenuItem(
                _("Do podjęcia"),
                reverse_lazy("workflows_admin:queue"),
                name="gops-queue",
                icon_name="clipboard-list",
                order=200,
            ),
            StaffMenuItem(
                _("Wszystkie wnioski"),
                reverse_lazy("wnioski_wszystkie_modeladmin_index"),
                name="gops-applications",
                icon_name="doc-full-inverse",
                order=300,
            ),
        ]
    )
    # Shown only if at least one item is (SubmenuMenuItem.is_shown).
    return SubmenuMenuItem(
        _("Wnioski"), submenu, name="gops-wnioski", icon_name="folder-open-inverse", order=150
    )
