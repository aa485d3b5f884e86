"""Checking an uploaded logo: PNG by its signature, SVG only without scripts, event handlers
or references to anything outside the file (it is shown as an image, and served with a
Content-Security-Policy that forbids all of that too)."""

import re

from defusedxml import DefusedXmlException, ElementTree
from flask_babel import gettext as _

from participation.core.errors import ValidationFailed

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG_NAMESPACE = "{http://www.w3.org/2000/svg}"
FORBIDDEN_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "audio", "video"}
EXTERNAL_URL = re.compile(r"url\(\s*['\"]?(?!#)|@import|javascript:", re.IGNORECASE)


def _refuse():
    raise ValidationFailed(
        {"logo": _("Please upload a PNG or SVG file without scripts or external references.")}
    )


def _check_svg(data: bytes) -> None:
    try:
        root = ElementTree.fromstring(data, forbid_dtd=True)
    except (ElementTree.ParseError, DefusedXmlException):
        _refuse()
    if root.tag != f"{SVG_NAMESPACE}svg":
        _refuse()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag.rsplit("}", 1)[-1].lower() in FORBIDDEN_ELEMENTS:
            _refuse()
        if element.text and EXTERNAL_URL.search(element.text):
            _refuse()
        for name, value in element.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()
            if local.startswith("on") or EXTERNAL_URL.search(value):
                _refuse()
            if local == "href" and not value.strip().startswith("#"):
                _refuse()


def content_type(data: bytes) -> str:
    """The logo's content type; raises ValidationFailed unless it is a safe PNG or SVG."""
    if data.startswith(PNG_SIGNATURE) and data[12:16] == b"IHDR":
        return "image/png"
    if data.lstrip()[:1] == b"<":
        _check_svg(data)
        return "image/svg+xml"
    _refuse()
