"""What the ideas feature adds at start-up: ideas as objects of the audit log."""

from flask import Flask

from participation.audit import registry
from participation.ideas.models import Idea
from participation.ideas.urls import idea_url


def idea_label(idea: Idea) -> str:
    return f"{idea.reference} „{idea.title}“"


def register(_app: Flask) -> None:
    registry.register_target("idea", Idea, idea_label, idea_url)
