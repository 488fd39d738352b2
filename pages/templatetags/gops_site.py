"""Site chrome for every public template: header, main menu, footer, breadcrumbs.

Each tag reads from :mod:`gops.pages.site_data`, which keeps settings, menus and footer links
in the Django cache, so the chrome costs the same few queries whatever the site holds.

The header and footer HTML is the same for every visitor (no user, session or CSRF data in
them), so each process keeps it per page-cache generation (:mod:`gops.pages.render_memo`),
keyed by site, language, the highlighted menu link (header) and the year (footer). A header
showing a search query is always rendered afresh.
"""

from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .. import render_memo, site_data
from ..models.base import ROUTE_ANCESTORS_ATTR

register = template.Library()


@register.simple_tag(takes_context=True)
def site_settings(context):
    return site_data.institution(context.get("request"))


def _render(context, template_name: str, values: dict) -> str:
    tpl = context.template.engine.get_template(template_name)
    return mark_safe(tpl.render(context.new(values)))


def _site_key(request):
    site = getattr(request, "_wagtail_site", None)
    return site.pk if site is not None else site_data._site_id(request)


@register.simple_tag(takes_context=True)
def site_header(context):
    request = context.get("request")
    menu = site_data.main_menu(request)
    current_path = getattr(request, "path", "")
    values = {
        "request": request,
        "site": site_data.institution(request),
        "menu": menu,
        "current_path": current_path,
    }
    if request is None or request.GET.get("q"):
        return _render(context, "includes/header.html", values)
    # Only the menu link equal to the path is marked; any other path renders the same.
    active = next((link.url for link in menu or () if link.url == current_path), None)
    key = ("site-header", _site_key(request), get_language(), active)
    return render_memo.get_or_build(
        key, lambda: _render(context, "includes/header.html", values), request
    )


@register.simple_tag(takes_context=True)
def site_footer(context):
    request = context.get("request")

    def render():
        values = {
            "request": request,
            "site": site_data.institution(request),
            "menu": site_data.footer_menu(request),
            "legal": site_data.legal_links(request),
        }
        return _render(context, "includes/footer.html", values)

    if request is None:
        return render()
    key = ("site-footer", _site_key(request), get_language(), timezone.localdate().year)
    return render_memo.get_or_build(key, render, request)


@register.inclusion_tag("includes/breadcrumbs.html")
def breadcrumbs(page):
    # `page` may be something else in non-Wagtail views (e.g. a paginator page): no trail.
    if not hasattr(page, "get_ancestors"):
        return {"ancestors": [], "page": None}
    # The ancestors below the tree root (depth 1), homepage included: known from routing
    # (CachedPage.route), else one query.
    ancestors = getattr(page, ROUTE_ANCESTORS_ATTR, None)
    if ancestors is None:
        ancestors = list(page.get_ancestors().filter(depth__gt=1))
    return {"ancestors": ancestors, "page": page}
