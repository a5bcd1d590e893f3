"""Properties of the pairing code a parent types: any common way of typing it (case, spaces,
dashes, the ABC-DEF grouping) is that code and links the child; a look-alike letter is never
read as some other child's code; reading what was typed is idempotent and never fails."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lms.guardians import services
from lms.guardians.models import PAIRING_CODE_ALPHABET, PAIRING_CODE_LENGTH, GuardianLink

from .conftest import Family

PROPERTIES = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

CODES = st.text(
    st.sampled_from(PAIRING_CODE_ALPHABET),
    min_size=PAIRING_CODE_LENGTH,
    max_size=PAIRING_CODE_LENGTH,
)
GAPS = st.lists(st.sampled_from([" ", "-", "\t", "\u00a0", "\u3000", "  "]), max_size=2).map(
    "".join
)


@st.composite
def typed(draw: st.DrawFn, code: str) -> str:
    """As a parent types it from a phone message: any case, spaces and dashes anywhere, or in
    the ABC-DEF grouping it is shown in."""
    if draw(st.booleans()):
        return draw(st.sampled_from([str.lower, str.upper, str.title]))(
            services.format_pairing_code(code)
        )
    out = draw(GAPS)
    for char in code:
        out += draw(st.sampled_from([char, char.lower()])) + draw(GAPS)
    return out


@PROPERTIES
@given(data=st.data(), code=CODES)
def test_a_code_typed_any_common_way_is_that_code(data: st.DataObject, code: str) -> None:
    assert services.normalize_pairing_code(data.draw(typed(code))) == code


@PROPERTIES
@given(text=st.text())
def test_reading_a_typed_code_is_idempotent(text: str) -> None:
    once = services.normalize_pairing_code(text)
    assert services.normalize_pairing_code(once) == once


@PROPERTIES
@given(data=st.data(), code=CODES, look_alike=st.sampled_from("0Oo1IiLl"))
def test_a_look_alike_letter_is_never_some_other_code(
    data: st.DataObject, code: str, look_alike: str
) -> None:
    position = data.draw(st.integers(0, PAIRING_CODE_LENGTH - 1))
    read = services.normalize_pairing_code(code[:position] + look_alike + code[position + 1 :])
    assert not set(read) <= set(PAIRING_CODE_ALPHABET)


@pytest.mark.django_db
@settings(PROPERTIES, max_examples=20)
@given(data=st.data())
def test_a_parent_links_with_the_code_however_it_is_typed(
    family: Family, data: st.DataObject
) -> None:
    for earlier in GuardianLink.objects.filter(parent=family.parent, unlinked_at__isnull=True):
        services.guardian_unlink(link=earlier, actor=family.parent)
    code = services.pairing_code_create(child=family.child, actor=family.child).code
    link = services.guardian_link_create(parent=family.parent, code=data.draw(typed(code)))
    assert link.child == family.child


@pytest.mark.django_db
@settings(PROPERTIES, max_examples=50)
@given(text=st.text(max_size=30))
def test_any_other_text_is_refused_with_a_message_never_an_error(family: Family, text: str) -> None:
    services.pairing_code_create(child=family.child, actor=family.child)
    try:
        services.guardian_link_create(parent=family.parent, code=text)
    except ValidationError as error:
        refused = error.messages
    else:
        refused = []
    assert refused
