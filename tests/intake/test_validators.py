import datetime

import pytest
from django.core.exceptions import ValidationError

from gops.forms import validators as v


def error_code(func, value):
    with pytest.raises(ValidationError) as exc:
        func(value)
    return exc.value.code


def error_text(func, value):
    with pytest.raises(ValidationError) as exc:
        func(value)
    return " ".join(exc.value.messages)


class TestPesel:
    @pytest.mark.parametrize(
        "pesel,birth",
        [
            ("44051401359", datetime.date(1944, 5, 14)),
            ("02270803624", datetime.date(2002, 7, 8)),  # month +20: 2000s
            ("00222900009", datetime.date(2000, 2, 29)),  # leap day in 2000
            ("24123100005", datetime.date(1924, 12, 31)),
            ("99810101236", datetime.date(1899, 1, 1)),  # month +80: 1800s
            ("440514 013 59", datetime.date(1944, 5, 14)),  # spaces tolerated
        ],
    )
    def test_valid(self, pesel, birth):
        assert v.validate_pesel(pesel) == pesel.replace(" ", "")
        assert v.pesel_birth_date(pesel) == birth

    def test_2100s_and_2200s_months_decode(self):
        assert v.pesel_birth_date("05421500003") == datetime.date(2105, 2, 15)
        assert v.pesel_birth_date("12622900004") == datetime.date(2212, 2, 29)

    def test_future_birth_is_refused(self):
        assert error_code(v.validate_pesel, "05421500003") == "pesel_future"

    @pytest.mark.parametrize(
        "pesel",
        [
            "00022900003",  # 29 Feb 1900: 1900 was not a leap year
            "01223100009",  # 31 Feb 2001
            "12623100007",  # 31 Feb 2212
            "44131401350",  # month 13
            "44050001352",  # day 00
        ],
    )
    def test_impossible_dates(self, pesel):
        # whatever the check digit, an impossible date is reported as such
        assert error_code(v.pesel_birth_date, pesel) == "pesel_date"
        assert error_code(v.validate_pesel, pesel) in {"pesel_date", "pesel_checksum"}

    def test_impossible_date_with_correct_check_digit(self):
        from stdnum.pl.pesel import calc_check_digit

        body = "0122310000"  # 31 Feb 2001
        assert error_code(v.validate_pesel, body + calc_check_digit(body)) == "pesel_date"

    def test_wrong_checksum(self):
        assert error_code(v.validate_pesel, "44051401358") == "pesel_checksum"
        assert "cyfrę kontrolną" in error_text(v.validate_pesel, "44051401358")

    @pytest.mark.parametrize("value", ["", "4405140135", "440514013590", "4405140135X", "abc"])
    def test_format(self, value):
        assert error_code(v.validate_pesel, value) == "pesel_format"
        assert "11 cyfr" in error_text(v.validate_pesel, value)

    def test_gender_from_tenth_digit(self):
        assert v.pesel_gender("02270803624") == "K"  # 10th digit 2: even
        assert v.pesel_gender("44051401359") == "M"  # 10th digit 5: odd

    def test_birth_date_consistency(self):
        v.validate_pesel_matches_birth_date("44051401359", datetime.date(1944, 5, 14))
        with pytest.raises(ValidationError):
            v.validate_pesel_matches_birth_date("44051401359", datetime.date(1944, 5, 15))


class TestNrb:
    VALID = "61109010140000071219812874"

    @pytest.mark.parametrize(
        "value",
        [
            "61109010140000071219812874",
            "61 1090 1014 0000 0712 1981 2874",
            "PL61109010140000071219812874",
            "pl 61 1090 1014 0000 0712 1981 2874",
            " 61-1090-1014-0000-0712-1981-2874 ",
        ],
    )
    def test_valid_forms(self, value):
        assert v.validate_nrb(value) == self.VALID
        assert v.normalise_nrb(value) == self.VALID

    def test_wrong_checksum(self):
        assert error_code(v.validate_nrb, "61109010140000071219812875") == "nrb_checksum"

    @pytest.mark.parametrize(
        "value", ["", "6110901014", "DE61109010140000071219812874", "61x0901014000007121981287"]
    )
    def test_format(self, value):
        assert error_code(v.validate_nrb, value) == "nrb_format"
        assert "26 cyfr" in error_text(v.validate_nrb, value)

    def test_formatting_for_print(self):
        assert v.format_nrb(self.VALID) == "61 1090 1014 0000 0712 1981 2874"


class TestPostcodeAndPhone:
    @pytest.mark.parametrize(
        "value,expected", [("87-603", "87-603"), (" 87-603 ", "87-603"), ("87603", "87-603")]
    )
    def test_postcode_valid(self, value, expected):
        assert v.validate_postcode(value) == expected

    @pytest.mark.parametrize("value", ["", "8-7603", "87-60", "87 603", "AB-123", "87-6033"])
    def test_postcode_invalid(self, value):
        assert "00-000" in error_text(v.validate_postcode, value)

    @pytest.mark.parametrize(
        "value",
        [
            "600123456",
            "600 123 456",
            "+48 600 123 456",
            "+48600123456",
            "0048600123456",
            "600-123-456",
        ],
    )
    def test_phone_valid(self, value):
        assert v.validate_phone(value) == "+48600123456"
        assert v.normalise_phone(value) == "+48600123456"

    @pytest.mark.parametrize(
        "value", ["", "60012345", "6001234567", "+49600123456", "phone", "+48 600 123 45a"]
    )
    def test_phone_invalid(self, value):
        assert "9 cyframi" in error_text(v.validate_phone, value)


class TestNipRegon:
    def test_nip(self):
        assert v.validate_nip("123-456-32-18") == "1234563218"
        assert v.validate_nip("PL1234563218") == "1234563218"
        assert error_code(v.validate_nip, "1234563219") == "nip_checksum"
        assert error_code(v.validate_nip, "123456321") == "nip_format"

    def test_regon(self):
        assert v.validate_regon("123456785") == "123456785"
        assert v.validate_regon("12345678512347") == "12345678512347"
        assert error_code(v.validate_regon, "123456786") == "regon_checksum"
        assert error_code(v.validate_regon, "12345678512348") == "regon_checksum"
        assert error_code(v.validate_regon, "1234567") == "regon_format"


class TestCleanText:
    def test_strips_and_normalises(self):
        # "ą" typed as a + combining ogonek becomes one character
        assert v.clean_text("  Wa\u0328s  ") == "W\u0105s"

    @pytest.mark.parametrize("value", ["a\x00b", "a\x1bb", "a\x7fb", "abc\u202eedc", "line\nbreak"])
    def test_refuses_control_characters(self, value):
        assert error_code(v.clean_text, value) == "control_characters"

    def test_multiline_keeps_line_breaks(self):
        assert v.clean_text("one\r\ntwo", multiline=True) == "one\ntwo"
        with pytest.raises(ValidationError):
            v.clean_text("one\x00two", multiline=True)

    def test_length_cap(self):
        assert v.clean_text("x" * 10, max_length=10) == "x" * 10
        with pytest.raises(ValidationError) as exc:
            v.clean_text("x" * 11, max_length=10)
        assert "Skróć" in exc.value.messages[0] and "10" in exc.value.messages[0]

    def test_html_is_kept_as_text(self):
        # escaping is the template's job; the text is stored as typed
        assert v.clean_text("<script>alert(1)</script>") == "<script>alert(1)</script>"
