"""Build a small (or large) public site for the page tests."""

import datetime

from wagtail.models import Page, Site

from gops.pages.models import (
    AccessibilityStatementPage,
    ContactPage,
    ContactPerson,
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

OFFICE_HOURS = "poniedziałek: 7:30–16:00\nwtorek–czwartek: 7:30–15:30\npiątek: 7:30–15:00"


def make_home() -> HomePage:
    root = Page.get_first_root_node()
    home = HomePage(title="Strona główna", slug="start", lead="Pomagamy mieszkańcom gminy Wielgie.")
    root.add_child(instance=home)
    site = Site.objects.filter(is_default_site=True).first()
    old_root = site.root_page if site else None
    if site is None:
        site = Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    if old_root is not None and old_root.pk != home.pk and old_root.specific_class is not HomePage:
        old_root.delete()
    InstitutionSettings.objects.update_or_create(
        site=site,
        defaults=dict(
            name="Gminny Ośrodek Pomocy Społecznej w Wielgiem",
            short_name="GOPS Wielgie",
            street_address="ul. Lipnowska 14",
            postcode="87-603",
            city="Wielgie",
            nip="1234563218",
            phone="54 289 55 15",
            email="gops@wielgie.pl",
            office_hours=OFFICE_HOURS,
            bip_url="https://bip.wielgie.pl/gops",
            edoreczenia_address="AE:PL-12345-67890-ABCDE-12",
            iod_name="Jan Kowalski",
            iod_email="iod@wielgie.pl",
            iod_phone="54 289 00 00",
        ),
    )
    return home


def add(parent, page):
    """Add a live page (no revision: faster, and what a publish leaves in the tables)."""
    parent.add_child(instance=page)
    return page


def make_service(index, n, **kwargs) -> ServicePage:
    defaults = dict(
        title=f"Usługa {n}",
        slug=f"usluga-{n}",
        category="pomoc-spoleczna",
        summary=f"Krótki opis usługi numer {n}.",
        who_may_apply="<p>Osoby w trudnej sytuacji.</p>",
        required_documents="<ul><li>dowód osobisty</li></ul>",
        how_to_apply="<p>W ośrodku albo przez internet.</p>",
    )
    defaults.update(kwargs)
    return add(index, ServicePage(**defaults))


def make_site(services: int = 3, news: int = 3, menu: int = 3):
    """A complete site; returns a dict of the pages by role."""
    home = make_home()
    about = add(
        home,
        ContentPage(
            title="O ośrodku",
            slug="o-osrodku",
            lead="Kim jesteśmy.",
            body=[
                ("heading", "Nasze zadania"),
                ("paragraph", "<p>Wspieramy rodziny w trudnej sytuacji.</p>"),
            ],
        ),
    )
    service_index = add(home, ServiceIndexPage(title="Usługi i świadczenia", slug="uslugi"))
    service_pages = [make_service(service_index, i) for i in range(services)]
    news_index = add(home, NewsIndexPage(title="Aktualności", slug="aktualnosci"))
    start = datetime.date(2026, 1, 1)
    news_pages = [
        add(
            news_index,
            NewsPage(
                title=f"Wiadomość {i}",
                slug=f"wiadomosc-{i}",
                date=start + datetime.timedelta(days=i % 300),
                lead=f"Wstęp wiadomości {i}.",
            ),
        )
        for i in range(news)
    ]
    contact = ContactPage(title="Kontakt", slug="kontakt", lead="Zapraszamy.")
    contact.contacts = [
        ContactPerson(area="Świadczenia rodzinne", name="Anna Nowak", phone="54 289 55 16")
    ]
    add(home, contact)
    a11y = add(home, make_accessibility_statement())
    privacy = add(
        home,
        PrivacyNoticePage(
            title="Ochrona danych osobowych",
            slug="rodo",
            body="<p>Administratorem Twoich danych jest GOPS w Wielgiem.</p>",
        ),
    )
    site = Site.objects.get(root_page=home)
    NavigationSettings.objects.update_or_create(
        site=site,
        defaults={
            "main_menu": [
                (
                    "link",
                    {
                        "label": f"Pozycja {i}",
                        "page": about if i % 2 else None,
                        "url": "" if i % 2 else f"/menu-{i}/",
                    },
                )
                for i in range(menu)
            ],
            "footer_menu": [("link", {"label": "Kontakt", "page": contact, "url": ""})],
        },
    )
    return {
        "home": home,
        "about": about,
        "service_index": service_index,
        "services": service_pages,
        "news_index": news_index,
        "news": news_pages,
        "contact": contact,
        "accessibility": a11y,
        "privacy": privacy,
        "site": site,
    }


def make_accessibility_statement() -> AccessibilityStatementPage:
    return AccessibilityStatementPage(
        title="Deklaracja dostępności",
        slug="deklaracja-dostepnosci",
        entity_name="Gminny Ośrodek Pomocy Społecznej w Wielgiem",
        site_url="https://gops.wielgie.pl",
        publication_date=datetime.date(2024, 3, 1),
        update_date=datetime.date(2026, 3, 1),
        status="częściowo zgodna",
        non_accessible_content="<p>Niektóre skany PDF.</p>",
        prepared_date=datetime.date(2026, 3, 20),
        prepared_method="samoocena",
        contact_person="Maria Wiśniewska",
        contact_email="dostepnosc@wielgie.pl",
        contact_phone="54 289 55 17",
        procedure="<p>Każdy ma prawo do wystąpienia z żądaniem.</p>",
        architecture="<p>Wejście z podjazdem dla wózków.</p>",
    )
