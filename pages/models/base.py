"""What every public page type shares: it may be served from the page cache."""

from wagtail.models import Page


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
