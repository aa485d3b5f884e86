"""Password reset, the account page, e-mail change with re-confirmation."""

from participation.users.models import Role
from tests.factories import PASSWORD, make_user, reload_user
from tests.helpers import links_in, login, path_of, post_form

NEW_PASSWORD = "Neues Passwort für das Rathaus"


def reset_link(smtp, address: str) -> str:
    [message] = smtp.to(address)
    [link] = [link for link in links_in(message) if "/password/reset/" in link]
    return path_of(link)


def test_password_reset_by_mail(app, client, citizen, smtp):
    response = post_form(client, "/password/forgot", {"email": citizen.email})
    assert "Wenn es zu dieser Adresse ein Konto gibt" in response.get_data(as_text=True)
    link = reset_link(smtp, citizen.email)
    response = post_form(client, link, {"password": NEW_PASSWORD, "password_repeat": NEW_PASSWORD})
    assert response.status_code == 302
    login(client, citizen.email, NEW_PASSWORD)


def test_reset_link_works_once(app, client, citizen, smtp):
    post_form(client, "/password/forgot", {"email": citizen.email})
    link = reset_link(smtp, citizen.email)
    post_form(client, link, {"password": NEW_PASSWORD, "password_repeat": NEW_PASSWORD})
    assert client.get(link).status_code == 400


def test_reset_answers_alike_for_unknown_addresses(client, citizen, smtp):
    known = post_form(client, "/password/forgot", {"email": citizen.email})
    unknown = post_form(client, "/password/forgot", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 200
    assert known.get_data(as_text=True).count("Wenn es zu dieser Adresse ein Konto gibt") == 1
    assert "Wenn es zu dieser Adresse ein Konto gibt" in unknown.get_data(as_text=True)
    assert smtp.to("nobody@example.org") == []


def test_reset_ends_all_sessions(app, client, citizen, smtp):
    logged_in = app.test_client()
    login(logged_in, citizen.email)
    post_form(client, "/password/forgot", {"email": citizen.email})
    link = reset_link(smtp, citizen.email)
    post_form(client, link, {"password": NEW_PASSWORD, "password_repeat": NEW_PASSWORD})
    assert logged_in.get("/account").status_code == 302


def test_reset_with_a_weak_password_keeps_the_link_usable(client, citizen, smtp):
    post_form(client, "/password/forgot", {"email": citizen.email})
    link = reset_link(smtp, citizen.email)
    response = post_form(client, link, {"password": "123", "password_repeat": "123"})
    assert response.status_code == 400
    assert client.get(link).status_code == 200


def test_account_page_requires_login(client):
    response = client.get("/account")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")


def test_update_profile(app, citizen_client, citizen):
    response = post_form(
        citizen_client,
        "/account/profile",
        {"profile-display_name": "  Clara   C. ", "profile-locale": "en"},
        page="/account",
    )
    assert response.status_code == 302
    html = citizen_client.get("/account").get_data(as_text=True)
    assert '<html lang="en">' in html
    with app.app_context():
        assert reload_user(citizen.id).display_name == "Clara C."


def test_update_profile_rejects_bad_input_and_keeps_it(citizen_client):
    response = post_form(
        citizen_client,
        "/account/profile",
        {"profile-display_name": "", "profile-locale": "xx"},
        page="/account",
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "Bitte geben Sie einen Namen ein." in html


def test_change_password_needs_the_current_one(citizen_client):
    response = post_form(
        citizen_client,
        "/account/password",
        {
            "password-current_password": "wrong",
            "password-new_password": NEW_PASSWORD,
            "password-new_password_repeat": NEW_PASSWORD,
        },
        page="/account",
    )
    assert response.status_code == 400
    assert "aktuelle Passwort ist nicht richtig" in response.get_data(as_text=True)


def test_change_password_keeps_this_session_and_ends_the_others(app, citizen_client, citizen):
    other_device = app.test_client()
    login(other_device, citizen.email)
    response = post_form(
        citizen_client,
        "/account/password",
        {
            "password-current_password": PASSWORD,
            "password-new_password": NEW_PASSWORD,
            "password-new_password_repeat": NEW_PASSWORD,
        },
        page="/account",
    )
    assert response.status_code == 302
    assert citizen_client.get("/account").status_code == 200
    assert other_device.get("/account").status_code == 302
    login(app.test_client(), citizen.email, NEW_PASSWORD)


def change_email(client, address: str, password: str = PASSWORD):
    return post_form(
        client,
        "/account/email",
        {"email-email": address, "email-password": password},
        page="/account",
    )


def test_change_email_applies_after_confirmation(app, citizen_client, citizen, smtp):
    assert change_email(citizen_client, "Clara.Neu@Stadt-Beispiel.de").status_code == 302
    with app.app_context():
        user = reload_user(citizen.id)
        assert user.email == citizen.email
        assert user.pending_email == "clara.neu@stadt-beispiel.de"
    [message] = smtp.to("clara.neu@stadt-beispiel.de")
    [link] = [link for link in links_in(message) if "/confirm/" in link]
    citizen_client.get(path_of(link))
    with app.app_context():
        user = reload_user(citizen.id)
        assert user.email == "clara.neu@stadt-beispiel.de"
        assert user.pending_email is None
        assert Role.EMPLOYEE in user.roles


def test_change_email_to_a_taken_address_reveals_nothing(app, citizen_client, smtp):
    with app.app_context():
        make_user("taken@example.org")
    response = change_email(citizen_client, "taken@example.org")
    assert response.status_code == 302
    assert smtp.to("taken@example.org") == []


def test_change_email_needs_the_password(citizen_client):
    response = change_email(citizen_client, "new@example.org", password="wrong")
    assert response.status_code == 400
    assert 'value="new@example.org"' in response.get_data(as_text=True)


def test_leaving_the_employee_domain_withdraws_the_derived_role(app, client, smtp):
    with app.app_context():
        employee = make_user("kim@stadt-beispiel.de")
        assert Role.EMPLOYEE in employee.roles
    login(client, employee.email)
    change_email(client, "kim@example.org")
    [message] = smtp.to("kim@example.org")
    [link] = [link for link in links_in(message) if "/confirm/" in link]
    client.get(path_of(link))
    with app.app_context():
        assert Role.EMPLOYEE not in reload_user(employee.id).roles


def test_resend_confirmation(app, client, smtp):
    with app.app_context():
        make_user("new@example.org", confirmed=False)
    login(client, "new@example.org")
    response = post_form(client, "/account/confirmation", {}, page="/account")
    assert response.status_code == 302
    assert len(smtp.to("new@example.org")) == 1
