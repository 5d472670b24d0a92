"""Alembic environment: the journal's migrations run inside the app, on the user's file."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from journal.storage.schema import Base

config = context.config
target_metadata = Base.metadata


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    # The FTS5 index and its shadow tables are made by hand in the migrations.
    return not (type_ == "table" and name is not None and name.startswith("search_index"))


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as conn:
            _run(conn)
        engine.dispose()
    else:
        _run(connection)


def _run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
