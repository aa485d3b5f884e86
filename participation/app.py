"""Application factory: config -> extensions -> blueprints -> errors -> CLI."""

import logging
from pathlib import Path

from flask import Flask
from flask_babel import format_date, format_datetime, format_decimal, get_locale
from werkzeug.middleware.proxy_fix import ProxyFix

from participation.admin import category_views as admin_category_views
from participation.admin import settings_views as admin_settings_views
from participation.admin import user_views as admin_user_views
from participation.admin import views as admin_views
from participation.admin import wiring as admin_wiring
from participation.admin.cli import setup_command
from participation.api import account_views as api_account_views
from participation.api import assessments as api_assessments
from participation.api import cycles as api_cycles
from participation.api import docs as api_docs
from participation.api import events as api_events
from participation.api import ideas as api_ideas
from participation.api import permissions as api_permissions
from participation.api import rest as api_rest
from participation.api import roadmap as api_roadmap
from participation.api import roadmap_writes as api_roadmap_writes
from participation.api import search as api_search
from participation.api import wiring as api_wiring
from participation.assessment import views as assessment_views
from participation.assessment import wiring as assessment_wiring
from participation.comments import permissions as comment_permissions
from participation.comments import views as comments_views
from participation.comments import wiring as comments_wiring
from participation.config import ROOT, Config
from participation.core import (
    database,
    errors,
    i18n,
    outbox,
    pagecache,
    pagination,
    ratelimit,
    security,
    urls,
)
from participation.core import mail as mails
from participation.cycles import permissions as cycle_permissions
from participation.cycles import views as cycles_views
from participation.cycles import wiring as cycles_wiring
from participation.demo.cli import seed_demo
from participation.events import manage_views as event_manage_views
from participation.events import permissions as event_permissions
from participation.events import views as events_views
from participation.events import wiring as events_wiring
from participation.extensions import babel, csrf, db, limiter, mail, migrate
from participation.ideas import permissions as idea_permissions
from participation.ideas import urls as idea_urls
from participation.ideas import views as ideas_views
from participation.ideas import wiring as ideas_wiring
from participation.ideas import workflow
from participation.ideas.categories import categories_cli
from participation.moderation import staff_views
from participation.moderation import views as moderation_views
from participation.moderation import wiring as moderation_wiring
from participation.notifications import views as notifications_views
from participation.notifications import wiring as notifications_wiring
from participation.notifications.cli import notifications_cli
from participation.opendata import views as opendata_views
from participation.pages import views as pages_views
from participation.privacy import account_views as privacy_account_views
from participation.privacy import admin_views as privacy_admin_views
from participation.privacy import views as privacy_views
from participation.privacy import wiring as privacy_wiring
from participation.profiles import views as profiles_views
from participation.roadmap import manage_views as roadmap_manage_views
from participation.roadmap import permissions as roadmap_permissions
from participation.roadmap import views as roadmap_views
from participation.roadmap import wiring as roadmap_wiring
from participation.roadmap import workflow as item_workflow
from participation.search import schema
from participation.search import views as search_views
from participation.search import wiring as search_wiring
from participation.search.cli import search_cli
from participation.settings import views as settings_views
from participation.settings import wiring as settings_wiring
from participation.users import auth, permissions
from participation.users import views as users_views
from participation.users import wiring as users_wiring
from participation.users.cli import users_cli
from participation.users.oidc import views as oidc_views
from participation.users.oidc import wiring as oidc_wiring

BLUEPRINTS = (
    pages_views.bp,
    users_views.bp,
    oidc_views.bp,
    ideas_views.bp,
    comments_views.bp,
    moderation_views.bp,
    profiles_views.bp,
    staff_views.bp,
    assessment_views.bp,
    roadmap_views.bp,
    roadmap_manage_views.bp,
    notifications_views.bp,
    cycles_views.bp,
    events_views.bp,
    event_manage_views.bp,
    search_views.bp,
    settings_views.bp,
    admin_views.bp,
    admin_user_views.bp,
    admin_category_views.bp,
    admin_settings_views.bp,
    privacy_views.bp,
    privacy_account_views.bp,
    privacy_admin_views.bp,
    api_account_views.bp,
    api_docs.bp,
    opendata_views.bp,
    api_rest.fallback,
)
# The REST API's resources (flask-smorest blueprints, documented in /api/v1/openapi.json).
API_BLUEPRINTS = (
    api_ideas.bp,
    api_roadmap.bp,
    api_roadmap_writes.bp,
    api_assessments.bp,
    api_events.bp,
    api_cycles.bp,
    api_search.bp,
)
# What each feature connects at start-up (signal listeners, outbox handlers, hooks for the
# features below it), in this order.
WIRING = (
    users_wiring,
    ideas_wiring,
    comments_wiring,
    moderation_wiring,
    assessment_wiring,
    roadmap_wiring,
    cycles_wiring,
    events_wiring,
    notifications_wiring,
    search_wiring,
    settings_wiring,
    admin_wiring,
    api_wiring,
    privacy_wiring,
    oidc_wiring,
)
# Permission checks the templates use to show or hide buttons.
TEMPLATE_PERMISSIONS = (
    permissions,
    idea_permissions,
    comment_permissions,
    roadmap_permissions,
    cycle_permissions,
    event_permissions,
    api_permissions,
)


def create_app(config: Config | None = None) -> Flask:
    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_path=str(ROOT / "instance"),
    )
    app.config.from_object(config or Config(Path(app.instance_path)))
    if app.config["TRUSTED_PROXY_COUNT"]:
        count = app.config["TRUSTED_PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count)
    logging.basicConfig(level=logging.INFO)

    app.url_map.converters.update(urls.CONVERTERS)
    init_extensions(app)
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    api_rest.init_api(app, API_BLUEPRINTS)
    errors.register_error_handlers(app)
    ratelimit.warn_if_per_process(app)
    security.register_security(app)
    register_template_helpers(app)
    app.cli.add_command(users_cli)
    app.cli.add_command(seed_demo)
    app.cli.add_command(outbox.outbox_cli)
    app.cli.add_command(categories_cli)
    app.cli.add_command(notifications_cli)
    app.cli.add_command(search_cli)
    app.cli.add_command(setup_command)
    return app


def init_extensions(app: Flask) -> None:
    db.init_app(app)
    with app.app_context():
        database.configure_engine(db.engine)
    migrate.init_app(
        app,
        db,
        directory=str(ROOT / "migrations"),
        render_as_batch=True,
        render_item=database.render_migration_type,
        # The full-text index tables are hand-made SQL, outside the models.
        include_object=schema.include_object,
    )
    babel.init_app(app, locale_selector=i18n.select_locale)
    csrf.init_app(app)
    mail.init_app(app)
    limiter.init_app(app)
    auth.init_login(app)
    outbox.init_outbox(app)
    pagecache.init_page_cache(app)
    outbox.register_handler(mails.TOPIC, mails.send_email)
    for feature in WIRING:
        feature.register(app)


def register_template_helpers(app: Flask) -> None:
    app.jinja_env.add_extension("jinja2.ext.do")
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.globals["get_locale"] = get_locale
    app.jinja_env.filters["date"] = format_date
    app.jinja_env.filters["datetime"] = format_datetime
    app.jinja_env.filters["number"] = format_decimal
    app.jinja_env.filters["total"] = pagination.total_text
    app.jinja_env.globals["count_cap"] = pagination.COUNT_CAP

    app.jinja_env.globals.update(
        languages=i18n.LANGUAGE_NAMES, idea_url=idea_urls.idea_url, page_url=urls.page_url
    )
    for module in TEMPLATE_PERMISSIONS:
        app.jinja_env.globals.update(
            {name: getattr(module, name) for name in dir(module) if name.startswith("can_")}
        )
    app.jinja_env.globals["support_refusal"] = idea_permissions.support_refusal
    for predicate in (*workflow.TEMPLATE_PREDICATES, *item_workflow.TEMPLATE_PREDICATES):
        app.jinja_env.globals[predicate.__name__] = predicate
