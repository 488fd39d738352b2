from django.conf import settings
from django.core.management import call_command


def test_polish_is_the_default_language():
    assert settings.LANGUAGE_CODE == "pl"


def test_viewflow_does_not_autoregister():
    assert settings.VIEWFLOW["AUTOREGISTER"] is False


def test_postgres_contrib_installed_for_search():
    assert "django.contrib.postgres" in settings.INSTALLED_APPS


def test_no_missing_migrations(db):
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
