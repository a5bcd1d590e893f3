"""Indonesian mobile numbers as people write them, stored one way (E.164)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lms.accounts.phone import display_phone, normalise_phone


@pytest.mark.parametrize(
    "written",
    [
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "(0812) 3456.7890",
        "+6281234567890",
        "+62 812-3456-7890",
        "6281234567890",
        "006281234567890",
    ],
)
def test_common_ways_of_writing_a_number(written: str) -> None:
    assert normalise_phone(written) == "+6281234567890"


@pytest.mark.parametrize(
    "written",
    [
        "",
        "12345",
        "0212345678",  # a Jakarta landline
        "+14155550100",  # not Indonesian
        "08012345678",  # no operator starts with 80
        "0812345",  # too short
        "08123456789012",  # too long
        "0812-3456-789a",
    ],
)
def test_what_is_not_an_indonesian_mobile_number(written: str) -> None:
    assert normalise_phone(written) is None


@given(st.from_regex(r"\A8[1-9][0-9]{7,10}\Z"))
def test_the_local_form_reads_back_as_the_same_number(local: str) -> None:
    number = f"+62{local}"
    assert normalise_phone(number) == number
    assert display_phone(number).startswith("08")
    assert normalise_phone(display_phone(number)) == number
