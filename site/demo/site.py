"""Builds the page tree, the site record and the site settings from the demo data."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_supported_language_variant
from wagtail.models import Collection, Locale, Page, Site

from gops.forms.models import ApplicationFormPage
from gops.pages.models import (
    AccessibilityStatementPage,
    ContactPage,
    ContentPage,
    HomePage,
    InstitutionSettings,
    NavigationSettings,
    NewsIndexPage,
    NewsPage,
    PrivacyNoticePage,
    ServiceIndexPage,
    ServicePage,
)

from . import institution, news, pages, services
from .builder import PAGE_REF, PageBuilder

FORM_SLUG = "wniosek"
HOSTNAME = "localhost"


def build_site(builder: PageBuilder) -> Site:
    root = ensure_wagtail_base()
    home = builder.ensure("home", root, HomePage, _home_data(include_links=False))
    site = _point_default_site(home)
    _delete_welcome_page(root, site)

    # The about page links to pages created later: a stub now, the full text at the end.
    about_stub = {**_content(pages.ABOUT, menu=True), "body": []}
    about = builder.ensure("o-osrodku", home, ContentPage, about_stub)

    _build_services(builder, home)

    news_index = builder.upsert(
        "aktualnosci",
        home,
        NewsIndexPage,
        {**_meta(news.INDEX, menu=True), "lead": news.INDEX["lead"]},
    )
    for item in news.NEWS:
        builder.upsert(
            item["slug"],
            news_index,
            NewsPage,
            {**_meta(item), "date": item["date"], "lead": item["lead"], "body": item["body"]},
        )

    contact = institution.CONTACT
    builder.upsert(
        "kontakt",
        home,
        ContactPage,
        {**_meta(contact, menu=True), "lead": contact["lead"], "map_url": contact["map_url"]},
        relations={
            "contacts": [
                {"area": area, "name": name, "phone": phone, "email": email}
                for area, name, phone, email in contact["contacts"]
            ]
        },
    )
    statement = institution.ACCESSIBILITY
    builder.upsert(
        "deklaracja-dostepnosci",
        home,
        AccessibilityStatementPage,
        {**_meta(statement), **{k: v for k, v in statement.items() if k not in _META_KEYS}},
    )
    privacy = institution.PRIVACY
    builder.upsert(
        "ochrona-danych-osobowych",
        home,
        PrivacyNoticePage,
        {**_meta(privacy), "lead": privacy["lead"], "body": privacy["body"]},
    )

    for key, data in (
        ("misja", pages.MISSION),
        ("zadania", pages.TASKS),
        ("dzialalnosc", pages.ACTIVITIES),
    ):
        builder.upsert(key, about, ContentPage, _content(data))

    # Links to pages that exist only now.
    builder.upsert("o-osrodku", home, ContentPage, _content(pages.ABOUT, menu=True))
    builder.upsert("home", root, HomePage, _home_data(include_links=True))
    _save_settings(site, builder)
    return site


def ensure_wagtail_base() -> Page:
    """The records Wagtail's own migrations create: default locale, root page, root collection.

    They are normally there; a flushed database (e.g. after transactional tests) lacks them.
    """
    language = get_supported_language_variant(settings.LANGUAGE_CODE)
    Locale.objects.get_or_create(language_code=language)
    if Collection.get_first_root_node() is None:
        Collection.add_root(instance=Collection(name="Root"))
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    return root


_META_KEYS = {"slug", "title", "seo_title", "search_description"}


def _meta(data: dict, menu: bool = False) -> dict:
    return {
        "slug": data["slug"],
        "title": data["title"],
        "seo_title": data.get("seo_title", ""),
        "search_description": data.get("search_description", ""),
        "show_in_menus": menu,
    }


def _content(data: dict, menu: bool = False) -> dict:
    return {**_meta(data, menu), "lead": data["lead"], "body": data["body"]}


def _link_value(target: str) -> dict:
    """A page key becomes a page reference; anything with a slash stays a URL."""
    if "/" in target:
        return {"page": None, "url": target}
    return {"page": f"{PAGE_REF}{target}", "url": ""}


def _home_data(include_links: bool) -> dict:
    data = {**_meta(pages.HOME), "lead": pages.HOME["lead"], "body": pages.HOME["body"]}
    if include_links:
        data["quick_links"] = [
            {"type": "link", "value": {"title": t, "description": d, **_link_value(target)}}
            for t, target, d in pages.HOME["quick_links"]
        ]
    return data


def _point_default_site(home: Page) -> Site:
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    if site is None:
        return Site.objects.create(
            hostname=HOSTNAME,
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=institution.SETTINGS["short_name"],
        )
    wanted = {
        "root_page_id": home.pk,
        "is_default_site": True,
        "site_name": institution.SETTINGS["short_name"],
    }
    if any(getattr(site, k) != v for k, v in wanted.items()):
        for k, v in wanted.items():
            setattr(site, k, v)
        site.save()
    return site


def _delete_welcome_page(root: Page, site: Site) -> None:
    """Remove Wagtail's "Welcome to your new Wagtail site!" page once nothing uses it."""
    plain_page = ContentType.objects.get_for_model(Page)
    for page in root.get_children().filter(content_type=plain_page, slug="home"):
        if page.numchild == 0 and not Site.objects.filter(root_page=page).exists():
            page.delete()


def _build_services(builder: PageBuilder, home: Page) -> None:
    index_data = services.INDEX
    index = builder.upsert(
        "uslugi",
        home,
        ServiceIndexPage,
        {**_meta(index_data, menu=True), "lead": index_data["lead"]},
    )
    # 1) every service page, 2) form pages under them, 3) links between them.
    for service in services.SERVICES:
        builder.ensure(service["slug"], index, ServicePage, _service_data(service))
    for service in services.SERVICES:
        if service["benefit_code"]:
            builder.upsert(
                f"{service['slug']}/{FORM_SLUG}",
                builder.pages[service["slug"]],
                ApplicationFormPage,
                _form_data(service),
            )
    for service in services.SERVICES:
        form = builder.pages.get(f"{service['slug']}/{FORM_SLUG}")
        builder.upsert(
            service["slug"],
            index,
            ServicePage,
            {**_service_data(service), "application_page": form},
            relations={
                "related_services": [
                    {"service_id": f"{PAGE_REF}{slug}"} for slug in service["related"]
                ]
            },
        )


_SERVICE_FIELDS = (
    "category",
    "benefit_code",
    "summary",
    "who_may_apply",
    "income_criterion_note",
    "required_documents",
    "legal_basis",
    "deadlines",
    "how_to_apply",
    "fees",
)


def _service_data(service: dict) -> dict:
    return {**_meta(service), **{name: service[name] for name in _SERVICE_FIELDS}}


def _form_data(service: dict) -> dict:
    form = service["form"]
    return {
        "slug": FORM_SLUG,
        "title": f"Wniosek online – {service['title']}",
        "search_description": f"Formularz wniosku online: {service['title']}.",
        "show_in_menus": False,
        "benefit_code": service["benefit_code"],
        "intro": form["intro"],
        "help_texts": [
            {"type": "step_help", "value": {"step": step, "text": text}}
            for step, text in form["help"].items()
        ],
        "confirmation_message": services.CONFIRMATION,
    }


def _save_settings(site: Site, builder: PageBuilder) -> None:
    inst = InstitutionSettings.for_site(site)
    if any(getattr(inst, k) != v for k, v in institution.SETTINGS.items()):
        for k, v in institution.SETTINGS.items():
            setattr(inst, k, v)
        inst.full_clean()
        inst.save()

    nav = NavigationSettings.for_site(site)
    wanted = {
        "main_menu": _menu(builder, institution.MAIN_MENU),
        "footer_menu": _menu(builder, institution.FOOTER_MENU),
    }
    if any(PageBuilder._differs(nav, name, value) for name, value in wanted.items()):
        for name, value in wanted.items():
            setattr(nav, name, value)
        nav.save()


def _menu(builder: PageBuilder, entries) -> list[dict]:
    return [
        {"type": "link", "value": builder.resolve({"label": label, **_link_value(target)})}
        for label, target in entries
    ]
