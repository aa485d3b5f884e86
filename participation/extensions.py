"""Extension objects, created without an app and bound in `create_app`."""

from functools import cached_property

import flask_babel
from flask import g, has_app_context
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_mailman import Mail
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class RequestCatalogueDomain(flask_babel.Domain):
    """Flask-Babel's message domain, with the catalogue found with one context lookup per
    string: Flask-Babel needs about eight (each a context-local proxy), and a page translates
    hundreds of strings. Correct whatever Flask-Babel keeps internally: when its locale
    cannot be read, or changed (`force_locale`), the catalogue is looked up as usual."""

    def get_translations(self):
        if not has_app_context():
            return super().get_translations()
        app_globals = g._get_current_object()
        locale = getattr(getattr(app_globals, "_flask_babel", None), "babel_locale", None)
        remembered = app_globals.__dict__.get("_catalogue")
        if remembered is None or locale is None or remembered[0] is not locale:
            translations = super().get_translations()
            remembered = app_globals._catalogue = (flask_babel.get_locale(), translations)
        return remembered[1]


class Babel(flask_babel.Babel):
    """Flask-Babel with the faster domain, in Python code and templates alike."""

    @cached_property
    def domain_instance(self) -> RequestCatalogueDomain:
        return RequestCatalogueDomain(domain=self.domain)

    def init_app(self, app, *args, **kwargs) -> None:
        super().init_app(app, *args, **kwargs)

        def catalogue():
            return self.domain_instance.get_translations()

        app.jinja_env.install_gettext_callables(
            gettext=lambda s: catalogue().ugettext(s),
            ngettext=lambda s, p, n: catalogue().ungettext(s, p, n),
            pgettext=lambda c, s: catalogue().upgettext(c, s),
            npgettext=lambda c, s, p, n: catalogue().unpgettext(c, s, p, n),
            newstyle=True,
        )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
babel = Babel()
csrf = CSRFProtect()
mail = Mail()
limiter = Limiter(key_func=get_remote_address)
