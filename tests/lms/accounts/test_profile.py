"""The profile page: name, birth year, kecamatan and kelurahan, the language of the app, how one
signs in, two-step sign-in, and a minor's consent state."""

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from lms.accounts.models import ConsentMethod, Role, User
from lms.accounts.services import consent_record, consent_withdraw, user_ensure
from lms.accounts.sms import Sms
from tests.lms.accounts.flows import last_sms_code

pytestmark = pytest.mark.django_db
THIS_YEAR = timezone.localdate().year
URL = "/en/akun/profil/"


@pytest.fixture
def siti() -> User:
    user, _created = user_ensure(
        username="siti",
        password="kopi pagi di Klandasan",
        full_name="Siti Aminah",
        email="siti@contoh.id",
        phone="+6281234567890",
        birth_year=THIS_YEAR - 30,
        roles=(Role.RESIDENT,),
    )
    return user


@pytest.fixture
def client_siti(client: Client, siti: User) -> Client:
    client.force_login(siti)
    return client


def form(**overrides: Any) -> dict[str, Any]:
    return {
        "full_name": "Siti Aminah",
        "birth_year": str(THIS_YEAR - 30),
        "kecamatan": "",
        "kelurahan": "",
        "preferred_language": "en",
        **overrides,
    }


def test_the_profile_needs_a_sign_in(client: Client) -> None:
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == "/en/akun/login/?next=/en/akun/profil/"


def test_the_profile_shows_how_one_signs_in(client_siti: Client) -> None:
    html = client_siti.get(URL).content.decode()
    assert 'value="Siti Aminah"' in html
    assert "0812-3456-7890" in html
    assert "siti@contoh.id" in html
    assert "Resident" in html
    assert "Turn on two-step sign-in" in html
    assert "Parent's consent" not in html  # an adult needs none


def test_saving_name_kecamatan_and_kelurahan(client_siti: Client, siti: User) -> None:
    response = client_siti.post(
        URL,
        form(
            full_name="  Siti Aminah Lestari ",
            kecamatan="balikpapan-utara",
            kelurahan="Batu Ampar",
        ),
        follow=True,
    )
    assert response.redirect_chain == [(URL, 302)]
    assert "Your profile is saved." in response.content.decode()
    siti.refresh_from_db()
    assert siti.full_name == "Siti Aminah Lestari"
    assert siti.kecamatan == "balikpapan-utara"
    assert siti.kelurahan == "Batu Ampar"


def test_choosing_a_language_switches_the_app_to_it(client_siti: Client, siti: User) -> None:
    response = client_siti.post(URL, form(preferred_language="id"), follow=True)
    assert response.redirect_chain == [("/id/akun/profil/", 302)]
    assert '<html lang="id">' in response.content.decode()
    siti.refresh_from_db()
    assert siti.preferred_language == "id"
    # Remembered for the addresses without a language.
    assert client_siti.get("/").headers["Location"] == "/id/"

    back = client_siti.post("/id/akun/profil/", form(preferred_language="en"), follow=True)
    assert back.redirect_chain == [(URL, 302)]
    html = back.content.decode()
    assert '<html lang="en">' in html
    assert "Your profile is saved." in html


@pytest.mark.parametrize(
    ("fields", "error_id"),
    [
        ({"full_name": ""}, "id_full_name_error"),
        ({"birth_year": ""}, "id_birth_year_error"),
        ({"birth_year": "3000"}, "id_birth_year_error"),
        ({"kecamatan": "jakarta-pusat"}, "id_kecamatan_error"),
        ({"preferred_language": "fr"}, "id_preferred_language_error"),
    ],
)
def test_bad_input_is_refused_with_the_error_at_the_field(
    client_siti: Client, siti: User, fields: dict[str, str], error_id: str
) -> None:
    response = client_siti.post(URL, form(**fields))
    assert response.status_code == 400
    html = response.content.decode()
    assert f'id="{error_id}"' in html
    assert f'aria-describedby="{error_id.replace("_error", "_help")} {error_id}"' in html or (
        f'aria-describedby="{error_id}"' in html
    )
    assert 'class="error-summary"' in html
    siti.refresh_from_db()
    assert siti.full_name == "Siti Aminah"
    assert siti.birth_year == THIS_YEAR - 30


def test_the_18_year_question_on_the_profile(client_siti: Client, siti: User) -> None:
    year = str(THIS_YEAR - 18)
    unanswered = client_siti.post(URL, form(birth_year=year))
    assert unanswered.status_code == 400
    assert f"You were born in {year}, so you may or may not be 18 yet" in (
        unanswered.content.decode()
    )

    client_siti.post(URL, form(birth_year=year, turned_18="no"))
    siti.refresh_from_db()
    assert siti.birth_year == THIS_YEAR - 18
    assert not siti.adult_confirmed
    assert "Waiting for a parent's consent" in client_siti.get(URL).content.decode()

    client_siti.post(URL, form(birth_year=year, turned_18="yes"))
    siti.refresh_from_db()
    assert siti.adult_confirmed
    html = client_siti.get(URL).content.decode()
    assert "Parent's consent" not in html
    assert 'value="yes" aria-describedby' in html or 'value="yes"' in html


def test_an_account_made_without_birth_year_may_leave_it_empty(client: Client) -> None:
    editor, _created = user_ensure(username="eka", password="x" * 12, full_name="Eka Editor")
    client.force_login(editor)
    response = client.post(URL, form(full_name="Eka Editor", birth_year=""))
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.birth_year is None


def test_a_minor_sees_the_consent_state_in_plain_words(client: Client) -> None:
    child, _created = user_ensure(
        username="siswa", password="x" * 12, full_name="Sari Siswa", birth_year=THIS_YEAR - 14
    )
    client.force_login(child)
    html = client.get(URL).content.decode()
    assert "Waiting for a parent's consent" in html
    assert "Pandu does not save your progress" in html

    consent_record(
        child=child,
        guardian_name="Rina Wati",
        relationship="mother",
        method=ConsentMethod.PAPER,
        recorded_by=None,
    )
    html = client.get(URL).content.decode()
    assert "Consent given" in html
    assert "Rina Wati (mother) agreed on" in html

    consent_withdraw(child=child, withdrawn_by=None)
    assert "Waiting for a parent's consent" in client.get(URL).content.decode()


def test_changing_the_mobile_number_needs_the_code_sent_to_the_new_one(
    client_siti: Client, siti: User, sms_outbox: list[Sms]
) -> None:
    page = client_siti.get("/en/akun/phone/change/").content.decode()
    assert "0812-3456-7890" in page
    client_siti.post(
        "/en/akun/reauthenticate/?next=/en/akun/phone/change/",
        {"password": "kopi pagi di Klandasan"},
    )
    response = client_siti.post("/en/akun/phone/change/", {"phone": "0813 1111 2222"})
    assert response["Location"] == "/en/akun/phone/verify/"
    assert sms_outbox[-1].to == "+6281311112222"
    verify_page = client_siti.get(response["Location"]).content.decode()
    assert '<a href="/en/akun/phone/change/">Cancel</a>' in verify_page  # not a sign-out
    client_siti.post(response["Location"], {"code": last_sms_code()})
    siti.refresh_from_db()
    assert siti.phone == "+6281311112222"
    assert siti.phone_verified
