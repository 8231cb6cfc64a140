"""Typed values of project-bank header fields: value in, value out, ValueFormatError on bad input."""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal

from esfgraph.errors import ValueFormatError

__all__ = [
    "parse_date",
    "parse_period",
    "parse_sek",
    "parse_rate",
    "parse_count",
    "parse_bool",
    "parse_orgnr",
    "luhn_ok",
    "parse_postcode",
    "parse_nuts2",
    "parse_cci",
    "parse_email",
    "parse_fund",
    "normalise_space",
]

# Regular, non-breaking, narrow non-breaking, thin and figure spaces all group digits.
_GROUP_SPACES = "\u0020\u00a0\u202f\u2009\u2007\u2008\u200a"
_SPACE_RE = re.compile(f"[{_GROUP_SPACES}\t]+")
_ODD_SPACES = frozenset(_GROUP_SPACES[1:] + "\t")
_DATE_RE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[ T]00:00(?::00)?)?$")
_PERIOD_RE = re.compile(
    r"^([0-9]{4}-[0-9]{2}-[0-9]{2})\s*(?:-|–|—|till|to)\s*([0-9]{4}-[0-9]{2}-[0-9]{2})$", re.IGNORECASE
)
_NUTS2 = {"SE11", "SE12", "SE21", "SE22", "SE23", "SE31", "SE32", "SE33"}


def normalise_space(value: str) -> str:
    """Return `value` with every run of (non-breaking, thin, ...) spaces as one space, stripped."""
    if "  " in value or not _ODD_SPACES.isdisjoint(value):
        return _SPACE_RE.sub(" ", value).strip()
    return value.strip()  # the usual case, without a regular expression


def parse_date(value: str) -> _dt.date:
    """Return the date of an ISO `YYYY-MM-DD` value (a `00:00:00` time is allowed)."""
    m = _DATE_RE.match(value.strip())
    if not m:
        raise ValueFormatError(f"{value!r} is not a date of the form YYYY-MM-DD")
    try:
        return _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as e:
        raise ValueFormatError(f"{value!r} is not a real date ({e})") from None


def parse_period(value: str) -> tuple[_dt.date, _dt.date]:
    """Return (start, end) of a `Projektperiod` such as `2020-08-01 - 2022-12-31`."""
    m = _PERIOD_RE.match(normalise_space(value))
    if not m:
        raise ValueFormatError(f"{value!r} is not a period of the form YYYY-MM-DD - YYYY-MM-DD")
    return parse_date(m[1]), parse_date(m[2])


def parse_sek(value: str) -> int:
    """Return a SEK amount as an integer: `5 390 420`, `5 390 420 kr`, `5390420 SEK`, `5 390 420,00`."""
    v = normalise_space(value)
    v = re.sub(r"(?i)\s*(kr|kronor|sek|:-)\.?$", "", v).strip()
    v = re.sub(r"(?i)^(sek|kr)\s*", "", v)
    v = v.replace(" ", "")
    m = re.fullmatch(r"(-?[0-9]+)(?:[,.]([0-9]{1,2}))?", v)
    if not m:
        raise ValueFormatError(f"{value!r} is not an amount in SEK")
    if m[2] and int(m[2]) != 0:
        raise ValueFormatError(f"{value!r} has öre; amounts are whole kronor")
    amount = int(m[1])
    if amount < 0:
        raise ValueFormatError(f"{value!r} is a negative amount")
    return amount


_RATE_RE = re.compile(r"([0-9]{1,3}(?:[.,][0-9]{1,6})?)\s*(%?)")


def parse_rate(value: str) -> Decimal:
    """Return a rate as a fraction: `50%` and `50 %` give 0.5, `0,4` gives 0.4.

    Only plain digits: `NaN`, `1e999999999` or `²⁵` are no rate (ValueFormatError, never another
    exception).
    """
    m = _RATE_RE.fullmatch(normalise_space(value))
    if not m:
        raise ValueFormatError(f"{value!r} is not a rate such as 50%")
    number = Decimal(m[1].replace(",", "."))
    if m[2] or number > 1:
        number = number / 100
    if not 0 <= number <= 1:
        raise ValueFormatError(f"{value!r} is not a rate between 0% and 100%")
    return number.normalize() if number else Decimal(0)


def parse_count(value: str) -> int:
    """Return a whole count such as a number of participants (`4649`, `4 649`)."""
    v = normalise_space(value).replace(" ", "")
    if not re.fullmatch(r"[0-9]+", v):  # str.isdigit also passes superscripts such as "²⁵"
        raise ValueFormatError(f"{value!r} is not a whole number")
    return int(v)


_BOOLS = {"ja": True, "nej": False, "yes": True, "no": False, "true": True, "false": False}


def parse_bool(value: str) -> bool:
    """Return True for `Ja` and False for `Nej` (any case)."""
    try:
        return _BOOLS[value.strip().lower()]
    except KeyError:
        raise ValueFormatError(f"{value!r} is neither Ja nor Nej") from None


def luhn_ok(digits: str) -> bool:
    """Return whether the last of ten digits is the Luhn check digit of the first nine."""
    total = 0
    for i, ch in enumerate(digits[:9]):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10 == int(digits[9])


def parse_orgnr(value: str) -> str:
    """Return an organisationsnummer as `NNNNNN-NNNN`, checked by its Luhn digit.

    Accepts `2120000662`, `212000-0662`, a 12-digit form with century `16212000-0662`
    and a VAT number `SE212000066201`.
    """
    v = normalise_space(value).replace(" ", "").upper()
    if v.startswith("SE") and v.endswith("01") and len(v) == 14:
        v = v[2:12]
    digits = v.replace("-", "")
    if re.fullmatch(r"(16|19|20)[0-9]{10}", digits):
        digits = digits[2:]
    if not re.fullmatch(r"[0-9]{10}", digits):
        raise ValueFormatError(f"{value!r} is not an organisation number (ten digits)")
    if not luhn_ok(digits):
        expected = next(d for d in "0123456789" if luhn_ok(digits[:9] + d))
        raise ValueFormatError(
            f"organisation number {value!r} has a wrong check digit (the Luhn digit would be {expected})"
        )
    return f"{digits[:6]}-{digits[6:]}"


def parse_postcode(value: str) -> str:
    """Return a Swedish postcode as five digits (`781 70` gives `78170`)."""
    v = normalise_space(value).replace(" ", "")
    if not re.fullmatch(r"[0-9]{5}", v):
        raise ValueFormatError(f"{value!r} is not a Swedish postcode (five digits)")
    return v


def parse_nuts2(value: str) -> str:
    """Return a Swedish NUTS-2 code such as `SE21`, or `SE0`, the bank's code for national level."""
    v = value.strip().upper()
    if v not in _NUTS2 and v != "SE0":
        raise ValueFormatError(f"{value!r} is not a Swedish NUTS-2 code ({', '.join(sorted(_NUTS2))})")
    return v


def parse_cci(value: str) -> str:
    """Return a programme CCI code such as `2021SE05SFPR`."""
    v = value.strip().upper()
    if not re.fullmatch(r"[0-9]{4}[A-Z]{2}[0-9]{2}[A-Z0-9]{2,12}", v):
        raise ValueFormatError(f"{value!r} is not a CCI code such as 2021SE05SFPR")
    return v


def parse_email(value: str) -> str:
    """Return an e-mail address, checked for a plausible form."""
    v = value.strip()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v):
        raise ValueFormatError(f"{value!r} is not an e-mail address")
    return v


_FUNDS = {"esf": "ESF", "esf+": "ESF+", "esf plus": "ESF+", "europeiska socialfonden": "ESF",
          "socialfonden": "ESF", "socialfonden+": "ESF+",
          "europeiska socialfonden+": "ESF+", "europeiska socialfonden plus": "ESF+"}


def parse_fund(value: str) -> str:
    """Return `ESF` or `ESF+` for a `Berörd fond` value."""
    try:
        return _FUNDS[normalise_space(value).lower()]
    except KeyError:
        raise ValueFormatError(f"{value!r} is not a fund esfgraph knows (ESF, ESF+)") from None
