"""The migration history builds exactly the schema the models describe."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import current_app
from sqlalchemy import create_engine, inspect, text

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


def _checks(connection, schema=None) -> dict[tuple[str, str], str]:
    """Every CHECK constraint of the models' tables: (table, name) -> its SQL, normalised."""
    inspector = inspect(connection)
    found = {}
    for table in db.metadata.sorted_tables:
        for check in inspector.get_check_constraints(table.name, schema=schema):
            text = " ".join(check["sqltext"].replace("(", " ( ").replace(")", " ) ").split())
            found[table.name, check["name"]] = text
    return found


def test_check_constraints_of_the_migrations_equal_the_models(ctx, tmp_path):
    """The comparison above cannot see a changed CHECK (e.g. a new status in a model's list
    of allowed values, without its migration): compare them as the database reads them."""
    with db.engine.connect() as connection:
        migrated = _checks(connection)
        if connection.dialect.name == "postgresql":
            connection.execute(text("DROP SCHEMA IF EXISTS models_check CASCADE"))
            connection.execute(text("CREATE SCHEMA models_check"))
            try:
                in_schema = connection.execution_options(
                    schema_translate_map={None: "models_check"}
                )
                db.metadata.create_all(in_schema)
                from_models = _checks(connection, schema="models_check")
            finally:
                connection.execute(text("DROP SCHEMA models_check CASCADE"))
                connection.commit()
        else:
            scratch = create_engine(f"sqlite:///{tmp_path / 'models.sqlite'}")
            with scratch.begin() as other:
                db.metadata.create_all(other)
                from_models = _checks(other)
            scratch.dispose()
    assert len(from_models) > 20  # the comparison sees the constraints at all
    assert migrated == from_models
