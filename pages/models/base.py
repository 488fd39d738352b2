"""What every public page type shares: it may be served from the page cache, and it routes
to the page below it with fewer queries than Wagtail's level-by-level lookup."""

from itertools import accumulate

from django.http import Http404
from wagtail.models import Page, PageViewRestriction
from wagtail.url_routing import RouteResult

from .. import render_memo

# Set on a routed page: the pages above it, homepage first (what the breadcrumbs show).
ROUTE_ANCESTORS_ATTR = "_gops_route_ancestors"


class CachedPage(Page):
    """Marks its responses as cacheable for anonymous visitors.

    :class:`gops.pages.middleware.PageCacheMiddleware` stores only marked responses, and
    only when nothing user-specific (CSRF token, cookies, session) went into them, so page
    types that are not listed here (the intake form pages) are never cached.
    """

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        response.gops_cacheable = True
        return response

    def get_view_restrictions(self):
        """Wagtail checks this on every view (two queries); a site without any privacy
        restriction — the usual case — answers from a per-process flag instead."""
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def route(self, request, path_components):
        """Wagtail's routing, with every page on the way down read in one query.

        Wagtail reads each level's page and then its specific object (two queries per
        level). Here the base rows of all levels come in one query by ``url_path``; only the
        page that answers is made specific. A page type with its own ``route`` (routable
        pages, the intake forms) still routes what lies below it. The pages passed on the
        way are kept for the breadcrumbs. Where a row is missing or the rows do not form a
        chain of children (an inconsistent ``url_path``), Wagtail's own lookup decides.
        """
        if not path_components:
            return super().route(request, path_components)
        # Where the path leads is the same for every visitor: kept per process for the
        # page-cache generation (publishing, unpublishing, moving or deleting any page bumps
        # it). Each request gets its own copy of the page. A page with its own routing is
        # kept under the path that leads to it (whatever follows is its business), so
        # made-up paths below it add nothing; paths that lead nowhere are never kept.
        components = tuple(path_components)
        page = render_memo.lookup(("route", self.pk, components), request)
        if page is not None:
            return RouteResult(render_memo.clone(page))
        for i in range(len(components), 0, -1):
            page = render_memo.lookup(("route-to", self.pk, components[:i]), request)
            if page is not None:
                return render_memo.clone(page).route(request, list(components[i:]))
        found = self._walk(request, path_components)
        if isinstance(found, RouteResult):
            return found
        page, remaining = found
        if remaining is None:
            render_memo.store(("route", self.pk, components), render_memo.clone(page), request)
            return RouteResult(page)
        prefix = components[: len(components) - len(remaining)]
        render_memo.store(("route-to", self.pk, prefix), render_memo.clone(page), request)
        return page.route(request, remaining)

    def _walk(self, request, path_components):
        """The page that answers and None, or a page of a type with its own routing and the
        components it routes (both may be memoised); or Wagtail's own result (not memoised)."""
        url_paths = list(accumulate((f"{c}/" for c in path_components), initial=self.url_path))
        found = {p.url_path: p for p in Page.objects.filter(url_path__in=url_paths[1:])}
        ancestors = _ancestors_of(self)
        parent = self
        for i, url_path in enumerate(url_paths[1:], start=1):
            child = found.get(url_path)
            if child is None or not _is_child(child, parent):
                # Not found (a 404 after one more query) or an inconsistent url_path.
                return Page.route(parent, request, path_components[i - 1 :])  # RouteResult
            child._cached_parent_obj = parent
            if ancestors is not None:
                ancestors = [*ancestors, parent]
                setattr(child, ROUTE_ANCESTORS_ATTR, ancestors)
            remaining = path_components[i:]
            model = child.specific_class
            if model is None or model.route not in _PLAIN_ROUTES:
                return child.specific, remaining
            if not remaining:
                page = child.specific
                if page.live:
                    return page, None
                raise Http404
            parent = child
        raise Http404  # pragma: no cover - the loop always returns


# Whether any PageViewRestriction exists, per page-cache generation: adding or removing one
# bumps the generation (gops.pages.signals), so every process re-reads it within a second.
_restrictions: dict = {"generation": None, "any": True}


def any_view_restrictions() -> bool:
    from ..middleware import _in_transaction, generation

    if _in_transaction():  # uncommitted rows may differ: ask the database
        return PageViewRestriction.objects.exists()
    current = generation()
    if _restrictions["generation"] != current:
        _restrictions["any"] = PageViewRestriction.objects.exists()
        _restrictions["generation"] = current
    return _restrictions["any"]


def _ancestors_of(page):
    """The pages above ``page`` below the tree root, if routing knows them (else None)."""
    known = getattr(page, ROUTE_ANCESTORS_ATTR, None)
    if known is not None:
        return known
    return [] if page.depth == 2 else None


def _is_child(child, parent) -> bool:
    return child.depth == parent.depth + 1 and child.path.startswith(parent.path)


_PLAIN_ROUTES = (Page.route, CachedPage.route)
