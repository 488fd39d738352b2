"""Admin URLs under /admin/wnioski/ (registered through ``register_admin_urls``)."""

from django.urls import path

from . import actions
from .detail import ApplicationDetailView
from .downloads import AttachmentDownloadView
from .inbox import InboxView
from .queue import QueueView

app_name = "workflows_admin"

urlpatterns = [
    path("moje-zadania/", InboxView.as_view(), name="inbox"),
    path("do-podjecia/", QueueView.as_view(), name="queue"),
    path("<uuid:public_id>/", ApplicationDetailView.as_view(), name="application"),
    path(
        "<uuid:public_id>/zalaczniki/<uuid:attachment_id>/",
        AttachmentDownloadView.as_view(),
        name="attachment",
    ),
    path("<uuid:public_id>/komentarz/", actions.CommentView.as_view(), name="comment"),
    path("<uuid:public_id>/zwloka/", actions.DelayView.as_view(), name="delay"),
    path("<uuid:public_id>/wycofanie/", actions.WithdrawView.as_view(), name="withdraw"),
    path(
        "<uuid:public_id>/zadania/<int:task_id>/przejmij/",
        actions.ClaimView.as_view(),
        name="claim",
    ),
    path(
        "<uuid:public_id>/zadania/<int:task_id>/zwolnij/",
        actions.UnassignView.as_view(),
        name="unassign",
    ),
    path(
        "<uuid:public_id>/zadania/<int:task_id>/przekaz/",
        actions.ReassignView.as_view(),
        name="reassign",
    ),
    path(
        "<uuid:public_id>/zadania/<int:task_id>/wykonaj/",
        actions.PerformView.as_view(),
        name="perform",
    ),
]
