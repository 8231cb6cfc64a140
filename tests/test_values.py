"""Typed header values: (text, expected) tables, and the errors for bad values."""

import datetime as dt
from decimal import Decimal

import pytest

from esfgraph.errors import ValueFormatError
from esfgraph.extract.records import values as v


@pytest.mark.parametrize("text,expected", [
    ("5 390 420", 5390420),
    ("101 349 479", 101349479),
    ("5\u00a0390\u00a0420", 5390420),          # non-breaking spaces
    ("5\u202f390\u202f420 kr", 5390420),       # narrow no-break spaces and "kr"
    ("5\u2009390\u2009420 SEK", 5390420),      # thin spaces and "SEK"
    ("5390420", 5390420),
    ("5 390 420,00", 5390420),
    ("0", 0),
])
def test_sek_amounts(text, expected):
    assert v.parse_sek(text) == expected


@pytest.mark.parametrize("text", ["fem miljoner", "5 390 420,50", "-100", "12.5.3", "1.1", "²⁵"])
def test_bad_sek_amounts(text):
    with pytest.raises(ValueFormatError):
        v.parse_sek(text)


@pytest.mark.parametrize("text,expected", [
    ("50%", Decimal("0.5")), ("40 %", Decimal("0.4")), ("0,6", Decimal("0.6")),
    ("100%", Decimal("1")), ("0%", Decimal("0")), ("62,5%", Decimal("0.625")),
])
def test_rates(text, expected):
    assert v.parse_rate(text) == expected


@pytest.mark.parametrize("text", ["150%", "hälften", "-5%", "NaN", "sNaN", "NaN%", "1e999999999",
                                  "Infinity", "²⁵%", "٥٠%"])
def test_bad_rates(text):
    with pytest.raises(ValueFormatError):
        v.parse_rate(text)


def test_dates_and_periods():
    assert v.parse_date("2024-09-02") == dt.date(2024, 9, 2)
    assert v.parse_date("2024-09-02 00:00:00") == dt.date(2024, 9, 2)
    assert v.parse_period("2020-08-01 - 2022-12-31") == (dt.date(2020, 8, 1), dt.date(2022, 12, 31))
    assert v.parse_period("2020-08-01 – 2022-12-31") == (dt.date(2020, 8, 1), dt.date(2022, 12, 31))
    with pytest.raises(ValueFormatError, match="not a real date"):
        v.parse_date("2021-02-30")
    # The order is the record's business (a warning there), not the value's.
    assert v.parse_period("2022-01-01 - 2021-01-01") == (dt.date(2022, 1, 1), dt.date(2021, 1, 1))
    assert v.parse_period("2015-05-01-2018-06-30") == (dt.date(2015, 5, 1), dt.date(2018, 6, 30))
    assert v.parse_period("2011-08-01 till 2013-07-31") == (dt.date(2011, 8, 1), dt.date(2013, 7, 31))
    with pytest.raises(ValueFormatError):
        v.parse_date("2 september 2024")


@pytest.mark.parametrize("text,expected", [
    ("2120000662", "212000-0662"),       # Växjö kommun, as written in the 2021–2027 header
    ("212000-0662", "212000-0662"),
    ("16212000-0662", "212000-0662"),    # with the century prefix legal persons carry
    ("SE212000066201", "212000-0662"),   # as a VAT number
    ("202100-5224", "202100-5224"),      # Svenska ESF-rådet
])
def test_organisation_numbers(text, expected):
    assert v.parse_orgnr(text) == expected


def test_organisation_number_check_digit():
    with pytest.raises(ValueFormatError, match=r"wrong check digit \(the Luhn digit would be 2\)"):
        v.parse_orgnr("2120000663")
    with pytest.raises(ValueFormatError, match="ten digits"):
        v.parse_orgnr("21200006")


@pytest.mark.parametrize("parse,text,expected", [
    (v.parse_bool, "Ja", True), (v.parse_bool, "Nej", False), (v.parse_bool, "NEJ", False),
    (v.parse_count, "4649", 4649), (v.parse_count, "4 649", 4649),
    (v.parse_postcode, "78170", "78170"), (v.parse_postcode, "781 70", "78170"),
    (v.parse_nuts2, "SE21", "SE21"), (v.parse_nuts2, "se33", "SE33"),
    (v.parse_cci, "2021SE05SFPR", "2021SE05SFPR"),
    (v.parse_fund, "ESF+", "ESF+"), (v.parse_fund, "ESF", "ESF"), (v.parse_fund, "Socialfonden", "ESF"),
    (v.parse_nuts2, "SE0", "SE0"),
])
def test_small_values(parse, text, expected):
    assert parse(text) == expected


@pytest.mark.parametrize("parse,text", [
    (v.parse_bool, "Kanske"), (v.parse_count, "många"), (v.parse_count, "²⁵"), (v.parse_count, "٢٥"),
    (v.parse_postcode, "7817"), (v.parse_orgnr, "²¹²⁰⁰⁰⁰⁶⁶²"), (v.parse_date, "２０２４-01-01"),
    (v.parse_nuts2, "SE99"), (v.parse_nuts2, "DE11"), (v.parse_cci, "ESF+"), (v.parse_fund, "ERUF"),
])
def test_small_values_rejected(parse, text):
    with pytest.raises(ValueFormatError):
        parse(text)
