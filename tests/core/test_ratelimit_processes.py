"""With Redis as the rate-limit storage, limits hold across worker processes.

Two real app servers share the test database and the Redis server on this machine; failed
logins alternate between them. With per-process counting each would allow the full limit.
"""

import os
import uuid

import pytest

from participation.app import create_app
from participation.extensions import db, limiter
from tests.conftest import make_config
from tests.factories import make_user
from tests.helpers import post_form
from tests.servers import Browser, app_server, free_port, reachable

REDIS = ("127.0.0.1", 6379)
pytestmark = pytest.mark.skipif(
    not reachable(*REDIS), reason="no Redis server at 127.0.0.1:6379 to share limits through"
)


def test_failed_logins_are_counted_across_two_processes(app, database_url):
    with app.app_context():
        user = make_user("geteilt@example.org", "Geteilte Grenze")
    env = {
        "DATABASE_URL": database_url,
        "SECRET_KEY": os.environ["SECRET_KEY"],
        "RATELIMIT_STORAGE_URI": f"redis://{REDIS[0]}:{REDIS[1]}/0",
        "RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        "MEILISEARCH_URL": "",
    }
    with app_server(env) as first, app_server(env) as second:
        servers = [first, second]

        def fail(attempt: int) -> int:
            base = servers[attempt % 2]
            status, _html = Browser().post_form(
                f"{base}/login",
                f"{base}/login",
                {"email": user.email, "password": f"wrong guess {attempt}"},
            )
            return status

        limit = app.config["RATELIMIT_LOGIN_PER_EMAIL"].split()[0]
        assert [fail(attempt) for attempt in range(int(limit))] == [400] * int(limit)
        assert fail(0) == 429
        assert fail(1) == 429


def test_limits_go_on_in_memory_while_redis_is_down(tmp_path_factory, database_url, smtp, app):
    """A storage that does not answer must not fail logins; counting goes on in memory."""
    config = make_config(tmp_path_factory, database_url, smtp.port)
    config.RATELIMIT_STORAGE_URI = f"redis://127.0.0.1:{free_port()}/0"  # nobody listens
    config.RATELIMIT_LOGIN_PER_EMAIL = "2 per hour"
    down = create_app(config)
    with down.app_context():
        user = make_user("ohne-redis@example.org")
    client = down.test_client()
    statuses = [
        post_form(client, "/login", {"email": user.email, "password": "wrong guess"}).status_code
        for _ in range(3)
    ]
    assert statuses == [400, 400, 429]
    with down.app_context():
        db.engine.dispose()
    limiter.init_app(app)  # the extension object is shared: give it back to the suite's app
