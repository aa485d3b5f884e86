"""Text building blocks for seeded rows, rendered to HTML once each and then reused.

The demo ideas (`participation/demo/data/ideas.toml`) give titles, summaries, descriptions,
fields of action, tags and comments; `render_markdown` turns each description and comment
into HTML exactly as the app does when they are written.
"""

from dataclasses import dataclass
from functools import cache

from participation.core.html import render_markdown, slugify
from participation.demo.content import load

PLACES = (
    "am Rathaus",
    "im Stadtteil Nord",
    "in der Altstadt",
    "am Bahnhof",
    "für alle",
    "im Neubaugebiet",
    "an den Schulen",
    "im Ortsteil Süd",
    "für Senioren",
    "für Familien",
    "am Marktplatz",
    "im Gewerbegebiet",
    "– Pilotprojekt",
    "für Pendler",
    "im Quartier West",
)
FIRST_NAMES = [
    "Anna",
    "Ben",
    "Clara",
    "David",
    "Emma",
    "Felix",
    "Greta",
    "Hannah",
    "Ida",
    "Jonas",
    "Karla",
    "Leon",
    "Mia",
    "Noah",
    "Olga",
    "Paul",
    "Rosa",
    "Samuel",
    "Tim",
    "Ute",
    "Vera",
    "Wilhelm",
    "Yasmin",
    "Zoe",
    "Ahmet",
    "Fatma",
    "Mehmet",
    "Leyla",
    "Piotr",
    "Agnieszka",
]
LAST_NAMES = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
    "Schmid",
    "Yılmaz",
    "Kaya",
    "Nowak",
]
# Frequent tags, added on top of each demo idea's own ones (the first ones most often).
COMMON_TAGS = ("online", "app", "digital", "barrierefreiheit", "open data", "termine")
DEPARTMENTS = (
    "Bürgeramt",
    "Amt für Digitalisierung und IT",
    "Tiefbauamt",
    "Schulverwaltungsamt",
    "Umweltamt",
    "Kämmerei",
    "Personalamt",
)
BODIES = ("Rat der Stadt", "Verwaltungsvorstand", "Ausschuss für Digitalisierung")
NOTES = {
    "in_review": "Wir prüfen die Idee.",
    "assessed": "Die Vorbewertung ist abgeschlossen.",
    "accepted": "Der Rat hat die Umsetzung beschlossen.",
    "rejected": "Dafür ist der Landkreis zuständig.",
    "deferred": "Wird im nächsten Haushaltsjahr erneut beraten.",
    "withdrawn": "Hat sich erledigt.",
    "merged": "Gleicher Vorschlag wie eine andere Idee.",
}
UPDATE_TEXTS = (
    "Das Projekt ist gestartet. Die Ausschreibung ist veröffentlicht.",
    "Aktueller Stand der Umsetzung: Der **Pilotbetrieb** läuft in zwei Ämtern.",
    "Die Schulungen der Mitarbeitenden sind abgeschlossen.",
    "Rückmeldungen aus dem Pilotbetrieb werden ausgewertet:\n\n- Bedienung\n- Wartezeiten",
    "Die Einführung in allen Fachämtern ist abgeschlossen.",
)
EVENT_TEXTS = (
    "Zwei Tage, offene Daten der Stadt und viel Kaffee: Entwicklerinnen, Designer und "
    "Verwaltung bauen gemeinsam Prototypen.\n\n- Daten der Stadt als offene Schnittstellen\n"
    "- Mentoring durch das Amt für Digitalisierung",
    "Wie sollen Termine, Anträge und Beratung künftig funktionieren? Wir sammeln Ideen an "
    "Pinnwänden und in kleinen Gruppen.",
    "Was brauchen Schulen, Lehrkräfte und Eltern digital? Reichen Sie Ihre Idee bis zum Ende "
    "des Aufrufs ein.",
)


@dataclass(frozen=True)
class Base:
    """One demo idea, rendered: the template of many seeded ideas."""

    title: str
    summary: str
    description: str
    description_html: str
    category: str
    tags: tuple[str, ...]
    internal: bool


@cache
def bases() -> tuple[Base, ...]:
    return tuple(
        Base(
            entry["title"],
            entry["summary"],
            entry["description"],
            render_markdown(entry["description"]),
            entry["category"],
            tuple(entry["tags"]),
            entry.get("internal", False),
        )
        for entry in demo_ideas()
    )


@cache
def demo_ideas() -> tuple[dict, ...]:
    return tuple(load("ideas")["idea"])


@cache
def comment_texts() -> tuple[tuple[str, str], ...]:
    """(markdown, html) of every demo comment and reply."""
    texts = []
    for entry in demo_ideas():
        for comment in entry.get("comments", []):
            texts.append(comment["text"])
            texts.extend(reply["text"] for reply in comment.get("replies", []))
    return tuple((text, render_markdown(text, comment=True)) for text in texts)


@cache
def rendered(markdown: str) -> str:
    return render_markdown(markdown)


@cache
def slug(title: str) -> str:
    return slugify(title)


def all_tags() -> list[str]:
    """Every tag name the seed uses, common ones first."""
    names = list(COMMON_TAGS)
    for base in bases():
        names.extend(tag for tag in base.tags if tag not in names)
    return names
