"""Bulk loading of generated rows: PostgreSQL `COPY … FROM STDIN`, SQLite `executemany`.

Rows are tuples in the order of the given column names. Columns the caller leaves out get
the model's Python-side default (as the ORM would give them) or the database's server
default; a NOT NULL column with neither is an error, so a new column in the models shows up
here at once instead of as a half-seeded database.
"""

import enum
import json
from collections.abc import Iterable, Sequence
from itertools import islice

from sqlalchemy import JSON, Table, text
from sqlalchemy.engine import Connection

from participation.extensions import db

SQLITE_BATCH = 20_000


class BulkLoader:
    def __init__(self, connection: Connection):
        self.connection = connection
        self.dialect = connection.dialect
        self.postgresql = self.dialect.name == "postgresql"
        self.counts: dict[str, int] = {}

    def table(self, name: str) -> Table:
        return db.metadata.tables[name]

    def _defaults(self, table: Table, columns: Sequence[str]) -> tuple[list[str], list]:
        """Columns to add with their default value (computed once per load)."""
        extra, values = [], []
        for column in table.columns:
            if column.name in columns or column.server_default is not None:
                continue
            default = column.default
            if default is not None and default.is_scalar:
                value = default.arg
            elif default is not None and default.is_callable:
                value = default.arg(None)
            elif (
                column.nullable
                or column.autoincrement is True
                or (
                    column.primary_key
                    and column.autoincrement == "auto"
                    and len(table.primary_key) == 1
                )
            ):
                continue
            else:
                raise ValueError(f"the seed gives no value for NOT NULL {table.name}.{column.name}")
            extra.append(column.name)
            values.append(value)
        return extra, values

    def load(self, name: str, columns: Sequence[str], rows: Iterable[tuple]) -> int:
        """Insert `rows` into table `name`; returns how many."""
        table = self.table(name)
        extra, defaults = self._defaults(table, columns)
        names = [*columns, *extra]
        tail = tuple(defaults)
        full_rows = (row + tail for row in rows) if tail else rows
        if self.postgresql:
            count = self._copy(table, names, full_rows)
        else:
            count = self._executemany(table, names, full_rows)
        self.counts[name] = self.counts.get(name, 0) + count
        return count

    def _copy(self, table: Table, names: list[str], rows: Iterable[tuple]) -> int:
        json_positions = [i for i, n in enumerate(names) if isinstance(table.c[n].type, JSON)]
        raw = self.connection.connection.dbapi_connection
        count = 0
        with raw.cursor() as cursor:
            statement = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
            with cursor.copy(statement) as copy:
                for row in rows:
                    if json_positions:
                        row = list(row)
                        for i in json_positions:
                            row[i] = json.dumps(row[i])
                    copy.write_row([v.value if isinstance(v, enum.Enum) else v for v in row])
                    count += 1
        return count

    def _executemany(self, table: Table, names: list[str], rows: Iterable[tuple]) -> int:
        processors = []
        for name in names:
            column_type = table.c[name].type
            processors.append(column_type.dialect_impl(self.dialect).bind_processor(self.dialect))
        placeholders = ", ".join("?" for _ in names)
        statement = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({placeholders})"
        count = 0
        iterator = iter(rows)
        while batch := list(islice(iterator, SQLITE_BATCH)):
            prepared = [
                tuple(
                    process(plain(value)) if process and value is not None else plain(value)
                    for process, value in zip(processors, row, strict=True)
                )
                for row in batch
            ]
            self.connection.exec_driver_sql(statement, prepared)
            count += len(prepared)
        return count

    def reset_sequences(self) -> None:
        """After loading explicit ids, let PostgreSQL's sequences continue after them."""
        if not self.postgresql:
            return
        for table in db.metadata.sorted_tables:
            if "id" in table.c and table.c.id.primary_key and table.name in self.counts:
                self.connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"
                    )
                )


def plain(value):
    return value.value if isinstance(value, enum.Enum) else value
