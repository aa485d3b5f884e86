"""Public pages: legal texts, Leichte Sprache, the feedback and contact forms, the terms."""

from urllib.parse import urlsplit

from flask import Blueprint, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user, login_required

from participation.core.forms import commit, commit_or_show
from participation.core.ratelimit import allow, client_address
from participation.core.security import next_path
from participation.privacy import consent, feedback, legal
from participation.privacy.forms import AcceptTermsForm, FeedbackForm
from participation.privacy.models import FeedbackKind, LegalKind

bp = Blueprint("privacy", __name__)


@bp.get("/<any(impressum, datenschutz, barrierefreiheit, nutzungsbedingungen):slug>")
def legal_page(slug: str):
    kind = legal.KIND_BY_SLUG[slug]
    return render_template(
        "privacy/legal.html",
        kind=kind,
        title=legal.TITLES[kind],
        text=legal.legal_text(kind, str(get_locale())),
    )


@bp.get("/leichte-sprache")
def easy_language():
    return render_template(
        "privacy/easy_language.html",
        text=legal.legal_text(LegalKind.EASY_LANGUAGE, str(get_locale())),
    )


def _referring_page() -> str:
    """The local page the visitor came from, to prefill "page concerned"."""
    referrer = request.referrer or ""
    parts = urlsplit(referrer)
    if parts.netloc and parts.netloc != request.host:
        return ""
    if parts.path in (request.path, ""):
        return ""
    return request.host_url.rstrip("/") + parts.path + (f"?{parts.query}" if parts.query else "")


def _message_form(kind: FeedbackKind, template: str):
    form = FeedbackForm()
    if request.method == "GET":
        form.page_url.data = request.args.get("page", "")[:500] or _referring_page()
    status = 200
    if form.validate_on_submit():
        if not allow("FEEDBACK", client_address()):
            form.form_errors.append(
                _("You have tried this too often. Please wait a few minutes and try again.")
            )
            status = 429
        else:
            saved, _report = commit_or_show(
                form,
                lambda: feedback.submit(
                    kind,
                    message=form.message.data or "",
                    name=form.name.data or "",
                    email=form.email.data or "",
                    page_url=form.page_url.data or "",
                    locale=str(get_locale()),
                ),
            )
            if saved:
                return render_template(
                    "privacy/message_sent.html", kind=kind, confirmed=bool(form.email.data)
                )
            status = 400
    elif form.is_submitted():
        status = 400
    return render_template(template, form=form, kind=kind), status


@bp.route("/barrierefreiheit/feedback", methods=["GET", "POST"])
def accessibility_feedback():
    return _message_form(FeedbackKind.ACCESSIBILITY, "privacy/feedback.html")


@bp.route("/kontakt", methods=["GET", "POST"])
def contact():
    return _message_form(FeedbackKind.CONTACT, "privacy/contact.html")


@bp.route("/nutzungsbedingungen/zustimmen", methods=["GET", "POST"])
@login_required
def accept_terms():
    form = AcceptTermsForm()
    if request.method == "GET":
        form.next.data = next_path(None)
    if form.validate_on_submit():
        commit(lambda: legal.accept_terms(current_user))
        consent.accepted()
        return redirect(next_path(url_for("pages.index")))
    status = 400 if form.is_submitted() else 200
    return render_template(
        "privacy/accept_terms.html",
        form=form,
        text=legal.legal_text(LegalKind.TERMS, str(get_locale())),
    ), status
