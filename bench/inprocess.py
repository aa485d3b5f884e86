"""Requests inside this process through Flask's test client: resolving the pages' final
URLs, checking their status, and counting the SQL statements one request sends.

Statements are counted with a `before_cursor_execute` listener on the app's engine, only
those of the requesting thread. This process delivers no outbox messages (e-mail, search
index updates): they wait for the servers' delivery threads, so a count is what a request
costs a worker, as in production.
"""

import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import Flask
from sqlalchemy import event

from bench.login import Login
from bench.pages import Page
from participation.extensions import db

REDIRECTS = (301, 302, 303, 307, 308)


@dataclass
class Counted:
    status: int
    statements: int


class InProcess:
    def __init__(self, app: Flask):
        self.app = app
        dispatcher = app.extensions["outbox"]
        dispatcher.kick = dispatcher.ensure_running = lambda: None
        self.client = app.test_client(use_cookies=False)
        with app.app_context():
            self.engine = db.engine
        self._counting: int | None = None
        self.statements = 0
        event.listen(self.engine, "before_cursor_execute", self._count)

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._count)
        self.engine.dispose()

    def _count(self, *_args) -> None:
        if self._counting == threading.get_ident():
            self.statements += 1

    def request(self, page: Page, path: str, login: Login | None, action: str = "support"):
        headers = {"Cookie": login.cookie} if login else {}
        if page.method == "POST":
            data = {"csrf_token": login.csrf_token if login else "", "action": action}
            return self.client.post(path, data=data, headers=headers)
        return self.client.get(path, headers=headers)

    def resolve(self, page: Page, path: str, login: Login | None) -> str:
        """The URL to measure: for `follow` pages the target of their redirect."""
        if not page.follow:
            return path
        response = self.request(page, path, login)
        if response.status_code in REDIRECTS:
            target = urlsplit(response.headers["Location"])
            return target.path + (f"?{target.query}" if target.query else "")
        return path

    def count(self, page: Page, path: str, login: Login | None, warm_up: bool = True) -> Counted:
        """Status and SQL statements of one request (after one unmeasured warm-up request;
        a support POST is counted as "support" after a "withdraw", then withdrawn again)."""
        if warm_up:
            self.request(page, path, login, action="withdraw")
        self.statements = 0
        self._counting = threading.get_ident()
        try:
            response = self.request(page, path, login, action="support")
        finally:
            self._counting = None
        counted = Counted(response.status_code, self.statements)
        if page.method == "POST":
            self.request(page, path, login, action="withdraw")
        return counted
