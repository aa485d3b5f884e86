"""Addresses of visions."""

from flask import url_for

from participation.core.html import slugify
from participation.cycles.models import Vision


def vision_url(vision: Vision, **values) -> str:
    return url_for("cycles.vision", vision_id=vision.id, slug=slugify(vision.title), **values)
