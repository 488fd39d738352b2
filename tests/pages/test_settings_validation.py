"""NIP and REGON in the institution settings are checked, with Polish messages."""

import pytest
from django.core.exceptions import ValidationError

from gops.pages.validators import validate_nip, validate_regon


@pytest.mark.parametrize("value", ["1234563218", "123-456-32-18", "PL 123 456 32 18", "5261040828"])
def test_valid_nip(value):
    validate_nip(value)


@pytest.mark.parametrize(
    "value,fragment",
    [
        ("1234563217", "cyfrę kontrolną"),
        ("123", "10 cyfr"),
        ("12345678AB", "10 cyfr"),
        ("", "10 cyfr"),
    ],
)
def test_invalid_nip(value, fragment):
    with pytest.raises(ValidationError) as error:
        validate_nip(value)
    assert fragment in error.value.messages[0]


@pytest.mark.parametrize("value", ["123456785", "12345678512347", "732065814"])
def test_valid_regon(value):
    validate_regon(value)


@pytest.mark.parametrize(
    "value,fragment",
    [
        ("123456784", "cyfrę kontrolną"),
        ("12345678512348", "cyfrę kontrolną"),
        ("1234", "9 albo 14 cyfr"),
        ("12345678A", "9 albo 14 cyfr"),
    ],
)
def test_invalid_regon(value, fragment):
    with pytest.raises(ValidationError) as error:
        validate_regon(value)
    assert fragment in error.value.messages[0]


@pytest.mark.django_db
def test_settings_model_refuses_bad_nip_and_postcode(site_pages):
    from gops.pages.models import InstitutionSettings

    settings = InstitutionSettings.objects.get(site=site_pages["site"])
    settings.nip = "1234563217"
    settings.regon = "123456784"
    settings.postcode = "87603"
    with pytest.raises(ValidationError) as error:
        settings.full_clean()
    assert set(error.value.message_dict) == {"nip", "regon", "postcode"}


@pytest.mark.django_db
def test_settings_admin_form_shows_polish_error(client, site_pages):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    user = get_user_model().objects.create_superuser("szef", "s@example.com", "haslo-123456")
    client.force_login(user)
    url = reverse(
        "wagtailsettings:edit", args=("pages", "institutionsettings", site_pages["site"].pk)
    )
    page = client.get(url)
    assert page.status_code == 200
    response = client.post(
        url,
        {
            "name": "GOPS",
            "short_name": "GOPS",
            "nip": "1234563217",
            "postcode": "87-603",
            "email": "",
            "bip_url": "",
            "iod_email": "",
        },
    )
    assert response.status_code == 200
    assert "Ten NIP ma błędną cyfrę kontrolną" in response.content.decode()
