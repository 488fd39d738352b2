"""Wagtail hooks of the workflows app.

Shared file: the workflow core adds its log-action and snippet hooks in the first section;
the staff screens (``workflows/admin/``) are wired in the second.
"""

from django.template.loader import render_to_string
from django.urls import include, path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin import urls as admin_urls
from .admin.applications import ApplicationAdmin
from .admin.menu import build_menu_item
from .admin.panels import panels_for
from .snippets import (
    DecisionTemplateViewSet,
    EmailDeliveryViewSet,
    NotificationTemplateViewSet,
    PaymentEntryViewSet,
)

# --- workflow core: log actions, snippets ----------------------------------------------


@hooks.register("register_log_actions")
def register_workflow_log_actions(actions):
    from .audit import register_actions

    register_actions(actions)


register_snippet(NotificationTemplateViewSet)
register_snippet(DecisionTemplateViewSet)
register_snippet(EmailDeliveryViewSet)
register_snippet(PaymentEntryViewSet)


# --- staff screens: "Wnioski" menu, admin URLs, home panels ----------------------------

ApplicationAdmin().register_with_wagtail()


@hooks.register("register_admin_urls")
def register_workflow_admin_urls():
    return [path("wnioski/", include((admin_urls.urlpatterns, "workflows_admin")))]


@hooks.register("register_admin_menu_item")
def register_wnioski_menu():
    return build_menu_item()


@hooks.register("construct_homepage_panels")
def add_workflow_panels(request, panels):
    panels.extend(panels_for(request))


@hooks.register("insert_global_admin_css")
def workflow_admin_css():
    return render_to_string("workflows/admin/styles.html")
