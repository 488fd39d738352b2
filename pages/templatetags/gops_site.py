"""Site chrome for every public template: header, main menu, footer, breadcrumbs.

Each tag reads from :mod:`gops.pages.site_data`, which keeps settings, menus and footer links
in the Django cache, so the chrome costs the same few queries whatever the site holds.
"""

from django import template

from .. import site_data
from ..models.base import ROUTE_ANCESTORS_ATTR

register = template.Library()


@register.simple_tag(takes_context=True)
def site_settings(context):
    return site_data.institution(context.get("request"))


@register.inclusion_tag("includes/header.html", takes_context=True)
def site_header(context):
    request = context.get("request")
    return {
        "request": request,
        "site": site_data.institution(request),
        "menu": site_data.main_menu(request),
        "current_path": getattr(request, "path", ""),
    }


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    return {
        "request": request,
        "site": site_data.institution(request),
        "menu": site_data.footer_menu(request),
        "legal": site_data.legal_links(request),
    }


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
