"""User text is cleaned once, when written: no scripts, no event handlers, no javascript: links."""

from html.parser import HTMLParser

import pytest

from participation.core.html import plain_text, render_markdown, slugify

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[klick](javascript:alert(1))",
    "[klick](JaVaScRiPt:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<iframe src="https://evil.example"></iframe>',
    '<p onmouseover="alert(1)">x</p>',
    "<svg onload=alert(1)>",
]


class Elements(HTMLParser):
    """The elements and attributes a browser would build from the HTML."""

    def __init__(self, html: str):
        super().__init__()
        self.found: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("comment", [False, True])
def test_hostile_markup_is_neutralised(text, comment):
    for tag, attrs in Elements(render_markdown(text, comment=comment)).found:
        assert tag not in {"script", "img", "iframe", "svg"}
        assert not [name for name in attrs if name.startswith("on")]
        assert not attrs.get("href", "").lower().startswith(("javascript", "data"))


def test_links_get_rel_and_only_safe_protocols():
    html = render_markdown("[a](https://a.example) [b](mailto:x@y.de) www.stadt-beispiel.de")
    assert html.count('rel="nofollow ugc noopener"') == 3
    assert 'href="https://a.example"' in html
    assert 'href="mailto:x@y.de"' in html


def test_headings_start_below_the_page_title():
    assert render_markdown("# Titel\n\n## Unter") == "<h2>Titel</h2>\n<h3>Unter</h3>"


def test_comments_allow_no_headings_or_tables():
    html = render_markdown("# Titel\n\n| a |\n|---|\n| b |", comment=True)
    assert "<h" not in html
    assert "<table" not in html


def test_plain_text_drops_control_characters():
    assert plain_text("  a\x00b\u202e c\n\td ") == "a b c d"


def test_slugify_transliterates_german():
    assert slugify("Parkplätze für Großveranstaltungen!") == "parkplaetze-fuer-grossveranstaltungen"
    assert slugify("???") == "idee"
