"""What features above the roadmap contribute to its pages; they fill these hooks at start-up
(see `core.hooks`), so that the roadmap package imports none of them."""

from participation.core.hooks import Hook

# The visions an item can serve, newest cycle first: () -> [(id, label), …]
vision_choices = Hook("roadmap.vision_choices", default=lambda: [])
