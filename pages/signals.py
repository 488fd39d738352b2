"""Keep cached pages and site data fresh: anything that changes what a page shows
invalidates them (publish, unpublish, move, delete, settings, rates, documents, privacy
restrictions)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import render_memo, site_data
from .middleware import invalidate


def _refresh():
    invalidate()
    site_data.clear()
    render_memo.clear()


def refresh(**kwargs):
    _refresh()
    # Again once the change is committed (once per transaction): a page another process
    # rendered from the old rows between the signal and the commit is dropped too.
    conn = transaction.get_connection()
    if conn.in_atomic_block and not any(entry[1] is _refresh for entry in conn.run_on_commit):
        transaction.on_commit(_refresh, robust=True)


def connect():
    from wagtail.documents import get_document_model
    from wagtail.models import Page, PageViewRestriction, Site

    from gops.forms.models import Rate

    from .models import InstitutionSettings, NavigationSettings

    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(refresh, dispatch_uid=f"gops-pages-refresh-{id(signal)}")
    # A new privacy restriction must also drop the public copies of the pages it covers.
    models = (InstitutionSettings, NavigationSettings, Rate, Site, PageViewRestriction)
    for model in (*models, get_document_model()):
        post_save.connect(refresh, sender=model, dispatch_uid=f"gops-save-{model._meta.label}")
        post_delete.connect(refresh, sender=model, dispatch_uid=f"gops-del-{model._meta.label}")
    # Deleting a page (any type) removes it from menus, lists and the footer.
    post_delete.connect(refresh, sender=Page, dispatch_uid="gops-del-page")
