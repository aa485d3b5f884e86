"""Who may see and do what with an idea. Used by views and templates alike."""

from flask_babel import gettext as _

from participation.ideas import workflow
from participation.ideas.models import Idea
from participation.users.permissions import can_moderate, can_participate, can_see_internal


def _is_author(user, idea: Idea) -> bool:
    return user is not None and user.is_authenticated and user.id == idea.author_id


def can_view_idea(user, idea: Idea) -> bool:
    """Internal ideas exist only for the administration; for everyone else they are a 404."""
    return not idea.is_internal or can_see_internal(user)


def can_view_idea_content(user, idea: Idea) -> bool:
    """Hidden ideas show their content only to their author and to moderators."""
    return can_view_idea(user, idea) and (
        not idea.is_hidden or _is_author(user, idea) or can_moderate(user)
    )


def can_submit_idea(user) -> bool:
    return can_participate(user)


def can_choose_internal(user) -> bool:
    return can_see_internal(user)


def can_edit_idea(user, idea: Idea) -> bool:
    return _is_author(user, idea) and workflow.author_may_edit(idea)


def can_withdraw_idea(user, idea: Idea) -> bool:
    return _is_author(user, idea) and workflow.author_may_edit(idea)


def support_refusal(user, idea: Idea) -> str | None:
    """Why `user` cannot support (or withdraw support from) `idea` now; None if they can."""
    if not workflow.accepts_support(idea):
        return _("Support is closed for this idea.")
    if idea.is_hidden:
        return _("This idea is hidden by moderation.")
    if user is None or not user.is_authenticated:
        return _("Log in to support this idea.")
    if not can_participate(user):
        return _("Confirm your e-mail address to support ideas.")
    if not can_view_idea(user, idea):
        return _("This idea is not available.")
    if _is_author(user, idea):
        return _("You cannot support your own idea.")
    return None


def can_support_idea(user, idea: Idea) -> bool:
    return support_refusal(user, idea) is None


def can_comment_on_idea(user, idea: Idea) -> bool:
    return (
        can_participate(user)
        and can_view_idea(user, idea)
        and not idea.is_hidden
        and workflow.accepts_comments(idea)
    )


def can_follow_idea(user, idea: Idea) -> bool:
    return can_participate(user) and can_view_idea(user, idea)


def can_report_idea(user, idea: Idea) -> bool:
    return can_participate(user) and can_view_idea(user, idea) and not _is_author(user, idea)
