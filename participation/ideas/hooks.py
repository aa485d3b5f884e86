"""What features above the ideas contribute to the idea pages; they fill these hooks at
start-up (see `core.hooks`), so that the ideas package imports none of them."""

from participation.core.hooks import Hook


def _no_event(*_args, **_fields):
    raise LookupError("no feature takes ideas for events")


# Events collecting ideas now that a user may submit to: user -> [(slug, title), …]
open_events = Hook("ideas.open_events", default=lambda _user: [])
# Submit to the event with this slug: (author, slug, visibility=…, **idea fields) -> Idea
submit_to_event = Hook("ideas.submit_to_event", default=_no_event)
# Existing ideas like the one being written: (user, title, summary, exclude_id) -> [Idea]
similar_ideas = Hook("ideas.similar_ideas", default=lambda *_args: [])
# Ideas matching every word of a text, as a subquery of ids; None for an empty text.
matching_ids = Hook("ideas.matching_ids", default=lambda _text: None)
