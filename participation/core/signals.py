"""Domain events other features listen to (notifications, search indexing)."""

from blinker import Namespace

_signals = Namespace()

idea_submitted = _signals.signal("idea-submitted")
idea_status_changed = _signals.signal("idea-status-changed")
comment_added = _signals.signal("comment-added")
roadmap_item_created = _signals.signal("roadmap-item-created")
roadmap_update_posted = _signals.signal("roadmap-update-posted")
milestone_done = _signals.signal("milestone-done")
evaluation_published = _signals.signal("evaluation-published")
content_moderated = _signals.signal("content-moderated")
event_changed = _signals.signal("event-changed")
event_cancelled = _signals.signal("event-cancelled")
event_place_granted = _signals.signal("event-place-granted")
