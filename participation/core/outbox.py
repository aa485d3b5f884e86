"""Transactional outbox: side effects (e-mail now, search indexing later) survive crashes.

A service calls `enqueue()` inside its transaction; the row commits with the change or not
at all. After the commit the dispatcher delivers due messages, in a background thread in
production or inline in tests and commands. A failing handler is retried with exponential
back-off until `OUTBOX_MAX_ATTEMPTS`, then the message is kept as failed for
`flask outbox status` / `flask outbox retry-failed`. Delivery is at least once.
"""

import logging
import signal
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import AppGroup
from sqlalchemy import JSON, String, Text, event, func, or_, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from participation.core.models import UTCDateTime, utcnow
from participation.extensions import db

log = logging.getLogger(__name__)

# A handler delivers a payload; it may return a smaller payload to keep after delivery.
Handler = Callable[[dict[str, Any]], dict[str, Any] | None]
_handlers: dict[str, Handler] = {}
_housekeeping: list[Callable[[], None]] = []

CLAIM_SECONDS = 120
BATCH_SIZE = 50
MAX_BACKOFF = timedelta(hours=6)
POLL_SECONDS = 30


class OutboxMessage(db.Model):
    __tablename__ = "outbox_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    topic: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


def register_handler(topic: str, handler: Handler) -> None:
    """The function that delivers messages of `topic` (features register theirs at start)."""
    _handlers[topic] = handler


def register_housekeeping(task: Callable[[], None]) -> None:
    """A task the delivery loop runs before each round (never a request), e.g. retrying
    what waited for a service that answers again."""
    if task not in _housekeeping:
        _housekeeping.append(task)


def housekeeping() -> None:
    for task in _housekeeping:
        try:
            task()
        except Exception:
            db.session.rollback()
            log.exception("Outbox housekeeping %s failed; trying again later", task.__name__)


def enqueue(topic: str, payload: dict[str, Any]) -> None:
    """Add a message to the current transaction; it is delivered after the commit."""
    db.session.add(OutboxMessage(topic=topic, payload=payload))
    db.session.info["outbox_pending"] = True


def backoff(attempts: int) -> timedelta:
    return min(timedelta(seconds=30 * 2 ** (attempts - 1)), MAX_BACKOFF)


def _claim(session: Session, message_id: int, now: datetime) -> bool:
    result = session.execute(
        update(OutboxMessage)
        .where(
            OutboxMessage.id == message_id,
            OutboxMessage.delivered_at.is_(None),
            OutboxMessage.failed_at.is_(None),
            or_(OutboxMessage.locked_until.is_(None), OutboxMessage.locked_until < now),
        )
        .values(locked_until=now + timedelta(seconds=CLAIM_SECONDS))
    )
    session.commit()
    return result.rowcount == 1


def _deliver_one(session: Session, message: OutboxMessage, max_attempts: int) -> bool:
    handler = _handlers.get(message.topic)
    message.attempts += 1
    message.locked_until = None
    try:
        if handler is None:
            raise LookupError(f"no handler for topic {message.topic!r}")
        kept = handler(message.payload)
    except Exception as error:
        message.last_error = f"{type(error).__name__}: {error}"[:2000]
        if message.attempts >= max_attempts:
            message.failed_at = utcnow()
            log.error(
                "Outbox message %s (%s) failed for good: %s", message.id, message.topic, error
            )
        else:
            message.next_attempt_at = utcnow() + backoff(message.attempts)
            log.warning(
                "Outbox message %s (%s) will be retried: %s", message.id, message.topic, error
            )
        session.commit()
        return False
    message.delivered_at = utcnow()
    message.last_error = None
    if kept is not None:  # a handler may keep less than it got, e.g. no personal data
        message.payload = kept
    session.commit()
    return True


def deliver_due(limit: int = BATCH_SIZE) -> tuple[int, int]:
    """Deliver messages that are due; returns (delivered, failed attempts)."""
    delivered = failed = 0
    max_attempts = current_app.config["OUTBOX_MAX_ATTEMPTS"]
    with Session(db.engine, expire_on_commit=False) as session:
        now = utcnow()
        due_ids = session.scalars(
            select(OutboxMessage.id)
            .where(
                OutboxMessage.delivered_at.is_(None),
                OutboxMessage.failed_at.is_(None),
                OutboxMessage.next_attempt_at <= now,
            )
            .order_by(OutboxMessage.id)
            .limit(limit)
        ).all()
        session.commit()
        for message_id in due_ids:
            if not _claim(session, message_id, utcnow()):
                continue
            message = session.get(OutboxMessage, message_id)
            if _deliver_one(session, message, max_attempts):
                delivered += 1
            else:
                failed += 1
    return delivered, failed


def deliver_all_due() -> None:
    """Deliver until nothing is due (handlers may queue further messages, e.g. e-mails)."""
    while sum(deliver_due()):
        pass


def delivery_round() -> None:
    """What the delivery loop does each time it wakes: housekeeping, then everything due."""
    housekeeping()
    deliver_all_due()


class Dispatcher:
    """Delivers after commits, as `OUTBOX_DELIVERY` says: "inline" in the committing request
    (tests, commands), "thread" in a background thread of each process that also polls
    every POLL_SECONDS, or "worker": not at all here, `flask outbox work` does it."""

    def __init__(self, app: Flask):
        self.app = app
        self.mode = app.config["OUTBOX_DELIVERY"]
        self.wake = threading.Event()
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()

    def kick(self) -> None:
        if self.mode == "inline":
            # A context of its own, so handlers get a database session of their own, as in
            # the thread or the worker (the committing session is still finishing).
            with self.app.app_context():
                deliver_all_due()
        elif self.mode == "thread":
            self.ensure_running()
            self.wake.set()

    def ensure_running(self) -> None:
        with self.lock:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._run, name="outbox", daemon=True)
                self.thread.start()

    def _run(self) -> None:
        while True:
            self.wake.wait(POLL_SECONDS)
            self.wake.clear()
            with self.app.app_context():
                try:
                    delivery_round()
                except Exception:
                    log.exception("Outbox delivery loop failed; retrying later")


def _after_commit(session: Session) -> None:
    if session.info.pop("outbox_pending", False):
        current_app.extensions["outbox"].kick()


def init_outbox(app: Flask) -> None:
    dispatcher = Dispatcher(app)
    app.extensions["outbox"] = dispatcher
    if not event.contains(db.session, "after_commit", _after_commit):
        event.listen(db.session, "after_commit", _after_commit)

    if dispatcher.mode == "thread":

        @app.before_request
        def _start_dispatcher() -> None:
            dispatcher.ensure_running()


outbox_cli = AppGroup("outbox", help="Inspect and deliver queued side effects (e-mail, indexing).")


@outbox_cli.command("status")
def status_command():
    """Show pending and failed messages per topic."""
    rows = db.session.execute(
        select(
            OutboxMessage.topic,
            func.count().filter(
                OutboxMessage.delivered_at.is_(None), OutboxMessage.failed_at.is_(None)
            ),
            func.count().filter(OutboxMessage.failed_at.is_not(None)),
            func.count().filter(OutboxMessage.delivered_at.is_not(None)),
        ).group_by(OutboxMessage.topic)
    ).all()
    if not rows:
        click.echo("The outbox is empty.")
    for topic, pending, failed, delivered in rows:
        click.echo(f"{topic:12} pending {pending:6}  failed {failed:6}  delivered {delivered:8}")
    for message in db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.failed_at.is_not(None)).order_by(OutboxMessage.id)
    ):
        click.echo(f"  failed #{message.id} ({message.topic}, {message.attempts} attempts):")
        click.echo(f"    {message.last_error}")


@outbox_cli.command("deliver")
def deliver_command():
    """Deliver every due message now (for cron, or after an outage)."""
    housekeeping()
    total_delivered = total_failed = 0
    while True:
        delivered, failed = deliver_due()
        total_delivered += delivered
        total_failed += failed
        if delivered + failed < BATCH_SIZE:
            break
    click.echo(f"Delivered {total_delivered}, failed attempts {total_failed}.")


@outbox_cli.command("work")
@click.option("--poll", default=2.0, show_default=True, help="Seconds between rounds.")
def work_command(poll: float):
    """Deliver continuously (a dedicated worker, with OUTBOX_DELIVERY=worker in the web
    processes). Stops after the current round on SIGTERM or SIGINT."""
    stopping = threading.Event()
    for signal_number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signal_number, lambda *_args: stopping.set())
    click.echo(f"Delivering the outbox every {poll:g} s; stop with SIGTERM.")
    while not stopping.is_set():
        try:
            delivery_round()
        except Exception:
            db.session.rollback()
            log.exception("Outbox delivery round failed; trying again")
        finally:
            db.session.remove()
        stopping.wait(poll)
    click.echo("Outbox worker stopped.")


@outbox_cli.command("retry-failed")
def retry_failed_command():
    """Queue messages that failed for good once more."""
    result = db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.failed_at.is_not(None))
        .values(failed_at=None, attempts=0, next_attempt_at=utcnow())
    )
    db.session.commit()
    click.echo(f"{result.rowcount} message(s) queued again.")
