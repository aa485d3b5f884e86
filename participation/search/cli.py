"""`flask search reindex` and `flask search status`."""

import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import func, select

from participation.core.outbox import OutboxMessage
from participation.extensions import db
from participation.search import backend, indexing, meili, refresh_merge_candidates

search_cli = AppGroup("search", help="The search index: rebuild it, show its state.")


@search_cli.command("reindex")
def reindex_command():
    """Rebuild the search index (database, and Meilisearch when configured) from scratch."""
    try:
        counts = indexing.rebuild()
    except (meili.Error, RuntimeError) as error:
        counts = {kind: indexing.database_count(kind) for kind in indexing.KINDS}
        click.echo(
            f"Database index rebuilt ({counts['idea']} ideas, {counts['item']} roadmap items), "
            f"but Meilisearch failed: {error}",
            err=True,
        )
        raise SystemExit(1) from error
    where = "database and Meilisearch" if indexing.meili_enabled() else "database"
    click.echo(f"Indexed ideas: {counts['idea']}, roadmap items: {counts['item']} ({where}).")
    click.echo(f"Merge candidates looked for: {refresh_merge_candidates()} ideas in the queue.")


@search_cli.command("status")
def status_command():
    """Show the backend in use, the number of indexed documents and pending updates."""
    chosen = backend()
    url = current_app.config["MEILISEARCH_URL"]
    click.echo(f"Backend:          {chosen.name}")
    if url:
        state = "available" if chosen.name == meili.MeiliBackend.name else "NOT available"
        click.echo(f"Meilisearch:      {url} ({state})")
    else:
        click.echo("Meilisearch:      not configured (MEILISEARCH_URL)")
    click.echo(f"Database index:   {db.engine.dialect.name}")
    for kind, label in (("idea", "ideas"), ("item", "roadmap items")):
        line = f"  {label + ':':16}{indexing.database_count(kind):6} in the database"
        if chosen.name == meili.MeiliBackend.name:
            try:
                line += f", {meili.document_count(kind)} in Meilisearch"
            except meili.Error as error:
                line += f", Meilisearch: {error}"
        click.echo(line)
    failed = db.session.scalar(
        select(func.count()).where(
            OutboxMessage.topic == indexing.TOPIC, OutboxMessage.failed_at.is_not(None)
        )
    )
    click.echo(f"Pending updates:  {indexing.pending_count()}")
    click.echo(f"Failed updates:   {failed}  (flask outbox retry-failed, or flask search reindex)")
