"""What the administration area's overview shows, contributed by the features at start-up.

A feature adds an overview section (figures an operator should know, each with the page where
it is handled) and links in the area's navigation from its `wiring.register()`. The
administration area imports none of them: privacy, single sign-on and others plug in alike.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    label: str
    value: str | int
    warning: bool = False  # needs attention (failed e-mails, stale items, open reports)


@dataclass(frozen=True)
class Section:
    key: str
    title: object  # lazy string
    figures: Callable[[], list[Figure]]  # a few bounded queries at most
    link: Callable[[], str]  # where it is handled
    link_text: object


@dataclass(frozen=True)
class NavLink:
    key: str
    label: object
    url: Callable[[], str]


SECTIONS: dict[str, Section] = {}
NAV_LINKS: dict[str, NavLink] = {}


def add_section(section: Section) -> None:
    SECTIONS[section.key] = section


def add_nav_link(link: NavLink) -> None:
    NAV_LINKS[link.key] = link
