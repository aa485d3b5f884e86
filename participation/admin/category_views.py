"""Fields of action in the administration area: list, create, edit, archive and restore."""

from flask import Blueprint, abort, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from participation.admin import categories
from participation.admin.forms import CategoryForm
from participation.core.forms import ActionForm, commit_or_flash, form_page
from participation.core.permissions import requires
from participation.extensions import db
from participation.ideas import queries as idea_queries
from participation.ideas.models import Category
from participation.users.permissions import can_administer

bp = Blueprint("admin_categories", __name__, url_prefix="/admin/categories")
admins_only = requires(can_administer)


def _fields(form: CategoryForm) -> dict:
    return {name: field.data for name, field in form._fields.items() if name != "csrf_token"}


@bp.get("")
@admins_only
def index():
    return render_template(
        "admin/categories.html",
        categories=idea_queries.categories(),
        palette=categories.PALETTE,
        action_form=ActionForm(),
    )


@bp.route("/new", methods=["GET", "POST"])
@admins_only
def new():
    form = CategoryForm()
    return form_page(
        form,
        lambda: categories.create(current_user, _fields(form)),
        "admin/category_form.html",
        success=_("The field of action has been created."),
        redirect_to=url_for("admin_categories.index"),
        category=None,
    )


def _category(category_id: int) -> Category:
    return db.session.get(Category, category_id) or abort(404)


@bp.route("/<int:category_id>", methods=["GET", "POST"])
@admins_only
def edit(category_id: int):
    category = _category(category_id)
    form = CategoryForm(obj=category)
    return form_page(
        form,
        lambda: categories.update(category, current_user, _fields(form)),
        "admin/category_form.html",
        success=_("The field of action has been saved."),
        redirect_to=url_for("admin_categories.index"),
        category=category,
        slug_fixed=categories.in_use(category),
    )


@bp.post("/<int:category_id>/<any(archive, restore):operation>")
@admins_only
def archive(category_id: int, operation: str):
    category = _category(category_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    archived = operation == "archive"
    commit_or_flash(
        lambda: categories.set_archived(category, current_user, archived),
        _("The field of action is archived.")
        if archived
        else _("The field of action is offered again."),
    )
    return redirect(url_for("admin_categories.index"))
