import pytest

from gops.workflows import roles

from .factories import make_outsider, make_user


@pytest.fixture(autouse=True)
def private_storage(settings, tmp_path):
    """Decision PDFs go to a throw-away private directory."""
    storages = dict(settings.STORAGES)
    storages["private"] = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": tmp_path / "private", "base_url": None},
    }
    settings.STORAGES = storages
    return tmp_path / "private"


@pytest.fixture
def worker(db):
    return make_user("socjalna", roles.SOCIAL_WORKER, first_name="Ewa", last_name="Socjalna")


@pytest.fixture
def worker2(db):
    return make_user("socjalny2", roles.SOCIAL_WORKER, first_name="Piotr", last_name="Drugi")


@pytest.fixture
def specialist(db):
    return make_user("specjalista", roles.BENEFIT_SPECIALIST, first_name="Marta")


@pytest.fixture
def director(db):
    return make_user("kierownik", roles.DIRECTOR, first_name="Anna", last_name="Kierownik")


@pytest.fixture
def director2(db):
    return make_user("zastepca", roles.DIRECTOR, first_name="Jerzy", last_name="Zastępca")


@pytest.fixture
def accountant(db):
    return make_user("ksiegowa", roles.ACCOUNTANT, first_name="Halina", last_name="Księgowa")


@pytest.fixture
def outsider(db):
    return make_outsider()
