"""What the cycles feature adds to the others at start-up: roadmap items can serve visions."""

from flask import Flask

from participation.cycles import queries
from participation.cycles.urls import vision_url
from participation.roadmap import hooks


def register(app: Flask) -> None:
    hooks.vision_choices.provide(queries.vision_choices)
    app.jinja_env.globals.update(vision_of=queries.vision_of, vision_url=vision_url)
