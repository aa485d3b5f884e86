"""Who may do what with legal texts, feedback and other people's accounts."""

from participation.users.permissions import can_administer


def can_manage_legal_texts(user) -> bool:
    return can_administer(user)


def can_handle_feedback(user) -> bool:
    return can_administer(user)


def can_erase_accounts(user) -> bool:
    return can_administer(user)
