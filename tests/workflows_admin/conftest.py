import pytest

from .factories import (
    ACCOUNTANT,
    DIRECTOR,
    SOCIAL_WORKER,
    SPECIALIST,
    make_outsider,
    make_user,
)


@pytest.fixture(autouse=True)
def private_storage(monkeypatch, tmp_path):
    """Attachments go to a throw-away private directory.

    The field's storage callable is evaluated once when the model loads, so the field's
    storage itself is swapped for the test.
    """
    from django.core.files.storage import FileSystemStorage

    from gops.forms.models import Attachment

    storage = FileSystemStorage(location=tmp_path / "private", base_url=None)
    monkeypatch.setattr(Attachment._meta.get_field("file"), "storage", storage)
    return tmp_path / "private"


@pytest.fixture
def worker(db):
    return make_user("socjalna", SOCIAL_WORKER, first_name="Ewa", last_name="Socjalna")


@pytest.fixture
def worker2(db):
    return make_user("socjalny2", SOCIAL_WORKER, first_name="Piotr", last_name="Drugi")


@pytest.fixture
def specialist(db):
    return make_user("specjalista", SPECIALIST, first_name="Marta", last_name="Świadczeń")


@pytest.fixture
def director(db):
    return make_user("kierownik", DIRECTOR, first_name="Jan", last_name="Kierownik")


@pytest.fixture
def accountant(db):
    return make_user("ksiegowa", ACCOUNTANT)


@pytest.fixture
def outsider(db):
    return make_outsider()


def client_for(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def as_user(client):
    def login(user):
        client.force_login(user)
        return client

    return login
