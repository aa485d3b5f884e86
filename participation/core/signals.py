"""Domain events other features listen to (notifications, search indexing)."""

from blinker import Namespace

_signals = Namespace()

idea_submitted = _signals.signal("idea-submitted")
idea_status_changed = _signals.signal("idea-status-changed")
comment_added = _signals.signal("comment-added")
