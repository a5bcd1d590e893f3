"""Properties of the unsubscribe link's token: every token made is read back as the preference it
names; anything else — random text, a token changed in one character — names nothing, and the
page it opens says the link is not valid, never an error page, and turns nothing off."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lms.accounts.models import User
from lms.notifications import channels
from lms.notifications.models import Channel, Kind, Preference

from .conftest import make_user, opt_in

PROPERTIES = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

KINDS = st.sampled_from(Kind.values)
CHANNELS = st.sampled_from(Channel.values)


@PROPERTIES
@given(user_id=st.integers(1, 2**31 - 1), kind=KINDS, channel=CHANNELS)
def test_a_token_is_read_back_as_what_it_names(user_id: int, kind: str, channel: str) -> None:
    token = channels.unsubscribe_token(user=User(pk=user_id), kind=kind, channel=channel)
    assert channels.unsubscribe_read(token) == channels.Unsubscribe(user_id, kind, channel)


@PROPERTIES
@given(data=st.data(), user_id=st.integers(1, 10**6), kind=KINDS, channel=CHANNELS)
def test_a_token_changed_in_one_character_names_nothing(
    data: st.DataObject, user_id: int, kind: str, channel: str
) -> None:
    token = channels.unsubscribe_token(user=User(pk=user_id), kind=kind, channel=channel)
    position = data.draw(st.integers(0, len(token) - 1))
    replacement = data.draw(st.sampled_from("Aa0_-:=."))
    assume(replacement != token[position])
    assert channels.unsubscribe_read(token[:position] + replacement + token[position + 1 :]) is None


@PROPERTIES
@given(text=st.text(max_size=200))
def test_random_text_names_nothing(text: str) -> None:
    assert channels.unsubscribe_read(text) is None


@pytest.mark.django_db
@settings(PROPERTIES, max_examples=40)
@given(text=st.text(st.characters(exclude_characters="/", exclude_categories=["Cs"]), min_size=1))
def test_the_page_of_a_link_that_is_not_valid_says_so_and_turns_nothing_off(text: str) -> None:
    person = make_user("warga")
    opt_in(person, (Kind.COURSE_COMPLETED, Channel.EMAIL))
    url = f"/id/notifikasi/berhenti/{quote(text, safe='')}/"
    for method in ("get", "post"):
        response = getattr(Client(), method)(url)
        assert response.status_code in (400, 404), (method, response.status_code)
    assert Preference.objects.filter(user=person, enabled=True).count() == 1
