"""Several processes sharing one database: two web processes and two outbox workers.

A change made through one web process is visible on the next request to the other, although
each keeps its own page cache and site settings; e-mails queued by the web processes are
delivered by the workers exactly once; a worker stops cleanly on SIGTERM."""

import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from participation.core.outbox import OutboxMessage
from participation.extensions import db
from participation.settings import services as settings_services
from participation.users.models import Role
from tests.factories import PASSWORD, category, make_user
from tests.servers import ROOT, Browser, app_server


def wait_for(condition, timeout: float = 30.0):
    """Poll until `condition()` is true (an event to wait for, not a timing to assert)."""
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        if time.monotonic() > deadline:
            pytest.fail("the condition did not come true")
        time.sleep(0.1)
    return result


def start_worker(env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "wsgi", "outbox", "work", "--poll", "0.2"],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_two_web_processes_and_two_workers(app, database_url, smtp):
    with app.app_context():
        category()  # the idea form offers the fields of action
        author = make_user("autorin@example.org", "Autorin")
    env = {
        "DATABASE_URL": database_url,
        "SECRET_KEY": os.environ["SECRET_KEY"],
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": str(smtp.port),
        "OUTBOX_DELIVERY": "worker",
        "RATELIMIT_ENABLED": "false",
        "MEILISEARCH_URL": "",
    }
    workers = [start_worker(env), start_worker(env)]
    try:
        with app_server(env) as first, app_server(env) as second:
            visitor = Browser()
            assert "Ideen-Test" not in visitor.request(f"{second}/ideas")[1]  # now cached there

            writer = Browser()
            status, _ = writer.post_form(
                f"{first}/login", f"{first}/login", {"email": author.email, "password": PASSWORD}
            )
            assert status == 302
            status, _ = writer.post_form(
                f"{first}/ideas/new",
                f"{first}/ideas/new",
                {
                    "title": "Ideen-Test über zwei Prozesse",
                    "summary": "Kurz.",
                    "description": "Lang.",
                    "category": "buergerservice",
                    "tags": "",
                    "action": "submit",
                },
            )
            assert status == 302
            assert "Ideen-Test über zwei Prozesse" in visitor.request(f"{second}/ideas")[1]

            # Each process keeps the site settings while nothing changes; a change made
            # elsewhere shows on the next request, to visitors and to people logged in.
            with app.app_context():
                admin = make_user("admin@stadt-beispiel.de", "Ada Admin", (Role.ADMIN,))
                settings_services.save(admin, {"municipality_name": "Neustadt an der Probe"})
                db.session.commit()
            for server in (first, second):
                assert "Neustadt an der Probe" in visitor.request(f"{server}/ideas")[1]
                assert "Neustadt an der Probe" in writer.request(f"{server}/ideas")[1]

            newcomer = Browser()
            status, _ = newcomer.post_form(
                f"{second}/register",
                f"{second}/register",
                {
                    "email": "neu@example.org",
                    "display_name": "Neu",
                    "password": "eine lange neue Passphrase",
                    "password_repeat": "eine lange neue Passphrase",
                    "accept_terms": "y",
                },
            )
            assert status == 200

            def delivered() -> bool:
                with app.app_context():
                    states = db.session.scalars(
                        select(OutboxMessage.delivered_at).where(OutboxMessage.topic == "mail")
                    ).all()
                return bool(states) and all(states)

            wait_for(delivered)
            assert len(smtp.to("neu@example.org")) == 1  # two workers, one e-mail
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        outputs = [worker.communicate(timeout=30)[0] for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0]
    assert all("stopped" in output for output in outputs)
