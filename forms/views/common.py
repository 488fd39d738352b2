"""Helpers shared by the public intake views: no-store caching, client IP, error pages."""

from __future__ import annotations

from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _


def no_store(response):
    """Forms and case data must never sit in a shared or page cache."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True, no_store=True)
    return response


def client_ip(request) -> str:
    # REMOTE_ADDR only: a proxy in front sets it correctly (e.g. via gunicorn's
    # forwarded-allow-ips); X-Forwarded-For from the client could be forged.
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def message_page(request, status: int, title: str, message: str, *, page=None, links=()):
    """A small page with a clear Polish message, used for every 4xx in the journey."""
    response = TemplateResponse(
        request,
        "intake/message.html",
        {"title": title, "message": message, "page": page, "links": links},
        status=status,
    )
    return no_store(response)


def rate_limited(request, *, page=None):
    response = message_page(
        request,
        429,
        _("Zbyt wiele prób"),
        _(
            "Z tego adresu wysłano w krótkim czasie zbyt wiele zapytań. Odczekaj godzinę i "
            "spróbuj ponownie albo zadzwoń do ośrodka – chętnie pomożemy."
        ),
        page=page,
    )
    response["Retry-After"] = "3600"
    return response


def bad_request(request, message: str, *, page=None):
    return message_page(request, 400, _("Nie udało się przetworzyć formularza"), message, page=page)


def not_found(request, message: str, *, page=None):
    return message_page(request, 404, _("Nie znaleziono strony"), message, page=page)
