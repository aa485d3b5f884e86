"""Who may write, change, delete and report comments."""

from participation.comments.models import Comment
from participation.ideas.permissions import can_comment_on_idea, can_view_idea
from participation.users.permissions import can_moderate, can_participate


def _is_author(user, comment: Comment) -> bool:
    return user is not None and user.is_authenticated and user.id == comment.author_id


def can_view_comment_text(user, comment: Comment) -> bool:
    """Deleted text is gone for everyone; hidden text stays for its author and moderators."""
    if comment.is_deleted:
        return False
    return not comment.is_hidden or _is_author(user, comment) or can_moderate(user)


def can_reply_to_comment(user, comment: Comment) -> bool:
    return (
        comment.parent_id is None
        and not comment.is_deleted
        and can_comment_on_idea(user, comment.idea)
    )


def can_edit_comment(user, comment: Comment) -> bool:
    return _is_author(user, comment) and not comment.is_deleted and can_participate(user)


def can_delete_comment(user, comment: Comment) -> bool:
    return _is_author(user, comment) and not comment.is_deleted


def can_report_comment(user, comment: Comment) -> bool:
    return (
        can_participate(user)
        and not _is_author(user, comment)
        and not comment.is_deleted
        and can_view_idea(user, comment.idea)
    )
