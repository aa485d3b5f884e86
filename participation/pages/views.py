"""Start page and language choice (the legal pages live in `privacy`)."""

from flask import Blueprint, abort, redirect, render_template, url_for
from flask_login import current_user

from participation.core.forms import commit
from participation.core.i18n import remember_language
from participation.core.security import next_path
from participation.ideas import queries
from participation.ideas.labels import STATUS_LABELS
from participation.pages.forms import LanguageForm
from participation.users import services as user_services

bp = Blueprint("pages", __name__)


@bp.get("/")
def index():
    return render_template(
        "pages/index.html",
        totals=queries.totals(current_user),
        newest=queries.top_ideas(current_user, "newest", limit=4),
        most_supported=queries.top_ideas(current_user, "supported", limit=4),
        status_labels=STATUS_LABELS,
    )


@bp.post("/language")
def set_language():
    form = LanguageForm()
    if not form.validate_on_submit():
        abort(400)
    language = form.language.data
    remember_language(language)
    if current_user.is_authenticated:
        commit(lambda: user_services.set_language(current_user, language))
    return redirect(next_path(url_for("pages.index")))
