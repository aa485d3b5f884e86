"""Extension points, so that dependencies between features run one way.

A feature declares a `Hook` where it needs something only a feature above it knows (the idea
form offers the events that collect ideas; the roadmap form offers the visions). The feature
above fills it at start-up, in its `wiring.register()`, called by `create_app`. Until then the
hook answers with its default.
"""

from collections.abc import Callable
from typing import Any


class Hook:
    def __init__(self, name: str, default: Callable[..., Any]):
        self.name = name
        self.default = default
        self.implementation: Callable[..., Any] | None = None

    def provide(self, implementation: Callable[..., Any]) -> Callable[..., Any]:
        self.implementation = implementation
        return implementation

    def __call__(self, *args, **kwargs):
        return (self.implementation or self.default)(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<Hook {self.name}>"
