import pytest

from gops.forms import ratelimit
from gops.forms.access import check_access, generate_access_code, normalise_code
from gops.forms.registry import registry
from gops.forms.submission import submit_application

from .factories import new_key, pending_for, submission_data


@pytest.fixture
def application(db, private_dir):
    definition = registry.get("karta-duzej-rodziny")
    result = submit_application(
        definition.code, submission_data(definition), pending_for(definition), new_key()
    )
    return result.application, result.access_code


def test_right_number_and_code_open_the_case(application):
    app, code = application
    assert check_access(app.case_number, code) == app
    # typed by hand: lower case, without dashes, with spaces around
    assert check_access(f"  {app.case_number.lower()} ", code.lower().replace("-", " ")) == app


@pytest.mark.parametrize("mutate", ["wrong_code", "wrong_number", "empty_code", "other_case"])
def test_any_mismatch_is_the_same_none(application, mutate):
    app, code = application
    number = app.case_number
    if mutate == "wrong_code":
        code = generate_access_code()
    elif mutate == "wrong_number":
        number = "GOPS.8311.999.2026"
    elif mutate == "empty_code":
        code = ""
    else:
        other = registry.get("becikowe")
        submit_application(other.code, submission_data(other), pending_for(other), new_key())
        number = number.replace(f".{app.case_sequence}.", f".{app.case_sequence + 1}.")
    assert check_access(number, code) is None


def test_a_code_hashed_with_pbkdf2_before_the_switch_still_opens_the_case(application):
    from django.contrib.auth.hashers import make_password

    from gops.forms.models import Application

    app, code = application
    Application.objects.filter(pk=app.pk).update(
        access_code_hash=make_password(normalise_code(code))
    )
    assert check_access(app.case_number, generate_access_code()) is None
    assert check_access(app.case_number, code) == app
    # upgraded to the fast keyed hash on the first successful check, and still valid
    stored = Application.objects.get(pk=app.pk).access_code_hash
    assert stored.startswith("hmac1:") and normalise_code(code) not in stored
    assert check_access(app.case_number, code) == app


def test_old_secret_keys_in_fallbacks_still_verify(application, settings):
    app, code = application
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-key-" + "x" * 50
    assert check_access(app.case_number, code) == app
    settings.SECRET_KEY_FALLBACKS = []
    assert check_access(app.case_number, code) is None


def test_codes_are_random_and_readable():
    codes = {generate_access_code() for _ in range(200)}
    assert len(codes) == 200
    for code in list(codes)[:20]:
        assert len(normalise_code(code)) == 12
        assert not set(normalise_code(code)) & set("01OIL")


def test_rate_limit_counts_per_key_within_a_window():
    assert [ratelimit.allow("ip:1", "3/h") for _ in range(4)] == [True, True, True, False]
    assert ratelimit.allow("ip:2", "3/h") is True  # another key has its own budget


def test_rate_limit_window_resets(monkeypatch):
    now = [1_000_000.0]
    monkeypatch.setattr(ratelimit.time, "time", lambda: now[0])
    assert ratelimit.allow("k", "1/m") and not ratelimit.allow("k", "1/m")
    now[0] += 60
    assert ratelimit.allow("k", "1/m")


@pytest.mark.parametrize(
    "rate,expected", [("10/h", (10, 3600)), ("5/15m", (5, 900)), ("1/d", (1, 86400))]
)
def test_parse_rate(rate, expected):
    assert ratelimit.parse_rate(rate) == expected


def test_bad_rate_is_a_programming_error():
    with pytest.raises(ValueError):
        ratelimit.parse_rate("often")
