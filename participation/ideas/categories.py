"""The default fields of action (Handlungsfelder) and `flask categories …`."""

import click
from flask.cli import AppGroup
from sqlalchemy import select

from participation.extensions import db
from participation.ideas.models import Category

DEFAULT_CATEGORIES = [
    # slug, German name, English name, German description, English description, colour
    (
        "buergerservice",
        "Bürgerservice & Online-Dienste",
        "Citizen services & online services",
        "Verwaltungsleistungen digital, einfach und barrierefrei erledigen.",
        "Administrative services online: simple and accessible.",
        "#0b4f8a",
    ),
    (
        "bildung",
        "Bildung & Schule",
        "Education & schools",
        "Digitale Ausstattung, Lernen und Kita-Verwaltung.",
        "Digital equipment, learning and nursery administration.",
        "#6a3d9a",
    ),
    (
        "mobilitaet",
        "Mobilität & Verkehr",
        "Mobility & transport",
        "Parken, Radverkehr, Bus und Bahn, Informationen in Echtzeit.",
        "Parking, cycling, public transport, real-time information.",
        "#b15928",
    ),
    (
        "umwelt",
        "Umwelt & Klima",
        "Environment & climate",
        "Klimaschutz, Grünflächen, Energie und Ressourcen.",
        "Climate protection, green spaces, energy and resources.",
        "#2e7d32",
    ),
    (
        "smart-city",
        "Smart City & Infrastruktur",
        "Smart city & infrastructure",
        "Sensoren, Netze, Beleuchtung und vernetzte Infrastruktur.",
        "Sensors, networks, lighting and connected infrastructure.",
        "#00695c",
    ),
    (
        "verwaltung-intern",
        "Verwaltung intern & Arbeitswelt",
        "Internal administration & workplace",
        "E-Akte, Prozesse, Werkzeuge und Fortbildung in der Verwaltung.",
        "E-files, processes, tools and training in the administration.",
        "#5d4037",
    ),
    (
        "offene-daten",
        "Offene Daten & Transparenz",
        "Open data & transparency",
        "Offene Daten, Haushalt, Ratsinformationen und Beteiligung.",
        "Open data, budget, council information and participation.",
        "#ad1457",
    ),
]


def ensure_default_categories() -> int:
    """Add the default categories that are missing; returns how many were added."""
    existing = set(db.session.scalars(select(Category.slug)))
    added = 0
    for position, (slug, name_de, name_en, text_de, text_en, colour) in enumerate(
        DEFAULT_CATEGORIES
    ):
        if slug not in existing:
            db.session.add(
                Category(
                    slug=slug,
                    name_de=name_de,
                    name_en=name_en,
                    description_de=text_de,
                    description_en=text_en,
                    colour=colour,
                    position=position,
                )
            )
            added += 1
    db.session.flush()
    return added


categories_cli = AppGroup("categories", help="Manage the fields of action (categories).")


@categories_cli.command("init")
def init_command():
    """Add the default German categories (existing ones are kept)."""
    added = ensure_default_categories()
    db.session.commit()
    click.echo(f"{added} categories added.")


@categories_cli.command("list")
def list_command():
    for category in db.session.scalars(select(Category).order_by(Category.position)):
        click.echo(f"{category.slug:20} {category.name_de}")
