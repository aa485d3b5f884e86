"""Input is checked at the edge: every numeric form field has bounds, every typed local time
goes through the daylight-saving check, ids and page numbers in URLs are bounded."""

import importlib
import inspect
import pkgutil
import re
from datetime import UTC, datetime

import pytest
from flask_wtf import FlaskForm
from sqlalchemy import select
from wtforms import DateField, DateTimeField, DecimalField, FloatField, IntegerField
from wtforms.fields import RadioField, SelectField, SelectMultipleField
from wtforms.fields.core import UnboundField
from wtforms.validators import NumberRange

import participation
from participation.core.localtime import LocalDateTimeField
from participation.events.models import Event
from participation.extensions import db
from participation.users.models import Role
from tests.events.test_pages import FORM
from tests.factories import make_user
from tests.helpers import post_form

NUMERIC = (IntegerField, DecimalField, FloatField)
CHOICES = (SelectField, RadioField, SelectMultipleField)


def all_forms() -> list[type[FlaskForm]]:
    for module in pkgutil.walk_packages(participation.__path__, "participation."):
        importlib.import_module(module.name)
    found, todo = [], [FlaskForm]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.append(sub)
            todo.append(sub)
    return [form for form in found if form.__module__.startswith("participation.")]


def unbound_fields(form: type[FlaskForm]):
    for name, value in inspect.getmembers(form):
        if isinstance(value, UnboundField):
            yield f"{form.__module__}.{form.__name__}.{name}", value


def test_the_scan_finds_the_forms():
    names = {form.__name__ for form in all_forms()}
    assert {"IdeaForm", "EventForm", "ItemForm", "IndicatorForm", "AssessmentForm"} <= names


def test_every_numeric_field_has_both_bounds():
    unbounded = []
    for form in all_forms():
        for name, field in unbound_fields(form):
            if issubclass(field.field_class, NUMERIC):
                ranges = [
                    v for v in field.kwargs.get("validators", []) if isinstance(v, NumberRange)
                ]
                if not any(r.min is not None and r.max is not None for r in ranges):
                    unbounded.append(name)
    assert not unbounded


def test_ids_chosen_in_forms_are_bounded():
    raw_ints = []
    for form in all_forms():
        for name, field in unbound_fields(form):
            if (
                issubclass(field.field_class, CHOICES)
                and field.kwargs.get("coerce") is int
                and field.kwargs.get("validate_choice") is False
            ):
                raw_ints.append(name)
    assert not raw_ints


def test_every_typed_local_time_is_checked_for_daylight_saving():
    unchecked = [
        name
        for form in all_forms()
        for name, field in unbound_fields(form)
        if issubclass(field.field_class, DateTimeField)
        and not issubclass(field.field_class, (LocalDateTimeField, DateField))
    ]
    assert not unchecked


@pytest.fixture
def co_organiser(app):
    """The co-organiser the events form names."""
    with app.app_context():
        return make_user("otto@stadt-beispiel.de", "Otto", (Role.ORGANISER,))


def test_a_time_in_the_spring_gap_is_refused_and_the_form_kept(app, organiser_client, co_organiser):
    form = {**FORM, "starts_at": "2030-03-31T02:30", "ends_at": "2030-03-31T03:30"}
    response = post_form(organiser_client, "/events/new", form)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Diese Uhrzeit gibt es nicht" in html
    assert "03:00" in html  # the next valid time
    assert 'value="2030-03-31T02:30"' in html
    with app.app_context():
        assert db.session.scalar(select(Event)) is None


def test_a_time_that_exists_twice_is_taken_as_the_first(app, organiser_client, co_organiser):
    form = {
        **FORM,
        "starts_at": "2030-10-27T02:30",
        "ends_at": "2030-10-27T04:00",
        "submissions_open_at": "",
        "submissions_close_at": "",
    }
    response = post_form(organiser_client, "/events/new", form)
    assert response.status_code == 302, response.get_data(as_text=True)
    with app.app_context():
        event = db.session.scalar(select(Event))
        assert event.starts_at == datetime(2030, 10, 27, 0, 30, tzinfo=UTC)  # summer time
        assert event.ends_at == datetime(2030, 10, 27, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "path",
    [
        "/ideas/2026-99999999999999999999",
        "/ideas/99999-0001",
        "/ideas/2026-00042",  # one address per idea: no extra leading zero
        "/roadmap/2147483648",
        "/roadmap/99999999999999999999999/feed.atom",
        "/users/2147483648",
        "/comments/9999999999999/edit",
        "/visions/99999999999",
        "/report/99999999999999999999",
        "/events/x/teams/99999999999999999999",
        "/ideas/2026-" + "9" * 5000,
    ],
)
def test_ids_beyond_the_database_are_not_found(client, path):
    assert client.get(path).status_code == 404


def test_reference_numbers_past_9999_work(app, client, citizen):
    from participation.ideas.models import Idea, IdeaCounter
    from tests.factories import make_idea

    with app.app_context():
        db.session.add(IdeaCounter(year=datetime.now(UTC).year, last_number=12_344))
        db.session.commit()
        idea = make_idea(citizen, "Die zwölftausenddreihundertfünfundvierzigste Idee")
        assert idea.reference.endswith("-12345")
        assert db.session.get(Idea, idea.id).number == 12_345
    page = client.get(f"/ideas/{idea.reference}", follow_redirects=True)
    assert page.status_code == 200
    assert idea.reference in page.get_data(as_text=True)


@pytest.mark.parametrize(
    ("page", "status"),
    [
        ("abc", 400),
        ("-1", 400),
        ("1.5", 400),
        ("²", 400),
        ("0", 404),
        ("1001", 404),
        ("9" * 40, 400),
    ],
)
def test_page_numbers_out_of_range(client, page, status):
    response = client.get("/search", query_string={"q": "rad", "page": page})
    assert response.status_code == status


def test_query_keys_cannot_collide_with_url_building(app, client, citizen, monkeypatch):
    from tests.factories import make_idea

    with app.app_context():
        for number in range(3):
            make_idea(citizen, f"Idee {number}")
    monkeypatch.setitem(app.config, "IDEAS_PER_PAGE", 1)
    for key in ("_method", "_external", "_anchor", "year", "number", "slug", "endpoint"):
        response = client.get("/ideas", query_string={key: "x", "category": "umwelt"})
        assert response.status_code == 200, key
        response = client.get("/ideas", query_string={key: "x"})
        assert response.status_code == 200, key
        links = re.findall(r'href="([^"]*after=[^"]*)"', response.get_data(as_text=True))
        assert links, key
        assert not [link for link in links if f"{key}=" in link], key


@pytest.mark.parametrize(
    "where", [{"path": "/ideas/%00"}, {"query": {"q": "a\x00b"}}, {"form": {"body": "a\x00b"}}]
)
def test_nul_characters_are_refused_everywhere(app, citizen_client, citizen, where):
    from tests.factories import make_idea

    with app.app_context():
        idea = make_idea(citizen)
    if "form" in where:
        response = post_form(
            citizen_client,
            f"/ideas/{idea.reference}/comments",
            where["form"],
            page=f"/ideas/{idea.reference}",
        )
    else:
        response = citizen_client.get(where.get("path", "/ideas"), query_string=where.get("query"))
    assert response.status_code == 400
