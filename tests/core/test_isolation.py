"""Emptying the database between tests: every table empty again, ids from 1, the search
index too; after a few rows (DELETE) and after a bulk load (TRUNCATE)."""

from sqlalchemy import insert

from participation import search
from participation.extensions import db
from participation.users.models import User
from participation.users.passwords import hash_password
from tests.factories import PASSWORD, make_idea, make_user
from tests.isolation import BULK_ROWS, empty_tables, rows_per_table


def filled_tables() -> set[str]:
    with db.engine.connect() as connection:
        rows = rows_per_table(connection, db.metadata.sorted_tables)
    return {name for name, count in rows.items() if count}


def empty_and_check() -> None:
    db.session.remove()
    empty_tables()
    assert filled_tables() == set()
    assert make_user("neu@example.org").id == 1


def test_written_tables_are_emptied_and_ids_start_again(ctx, citizen):
    make_idea(citizen, "Parkplätze online reservieren")
    assert {"users", "ideas", "categories"} <= filled_tables()
    empty_and_check()
    assert search.search(None, "Parkplätze").total == 0


def test_a_bulk_load_is_emptied_at_once(ctx):
    password_hash = hash_password(PASSWORD)
    people = [
        {"email": f"u{number}@example.org", "display_name": "U", "password_hash": password_hash}
        for number in range(BULK_ROWS + 1)
    ]
    db.session.execute(insert(User), people)
    db.session.commit()
    empty_and_check()
