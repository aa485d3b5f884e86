"""The migration history builds exactly the schema the models describe."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import current_app

from participation.extensions import db


def test_migrations_match_the_models(ctx):
    # The session fixture built this database with `flask db upgrade` from empty.
    with db.engine.connect() as connection:
        # As `flask db migrate` compares: without the hand-made full-text index tables.
        include_object = current_app.extensions["migrate"].configure_args["include_object"]
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": include_object}
        )
        differences = compare_metadata(context, db.metadata)
    assert differences == []
