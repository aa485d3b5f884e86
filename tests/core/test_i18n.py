"""Every UI string is in the catalogues and translated into German."""

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "translations" / "{lang}" / "LC_MESSAGES" / "messages.po"


def read_catalogue(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[str]:
    """Extract the messages from the code now, with the arguments `make messages` uses."""
    pot = tmp_path_factory.mktemp("i18n") / "messages.pot"
    subprocess.run(
        [
            sys.executable, "-m", "babel.messages.frontend", "extract",
            "-F", "babel.cfg", "-k", "_l", "-k", "lazy_gettext",
            "--ignore-dirs", ".* .venv __pycache__", "-o", str(pot), ".",
        ],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    return {message.id for message in read_catalogue(pot) if message.id}


def test_every_message_is_in_the_german_catalogue(extracted):
    known = {message.id for message in read_catalogue(Path(str(CATALOGUE).format(lang="de")))}
    missing = sorted(str(message_id) for message_id in extracted - known)
    assert not missing, f"run `make messages` and translate: {missing}"


def test_every_german_translation_is_present_and_final():
    catalogue = read_catalogue(Path(str(CATALOGUE).format(lang="de")))
    untranslated = [
        message.id for message in catalogue if message.id and (not message.string or message.fuzzy)
    ]
    assert not untranslated


def test_placeholders_survive_translation():
    catalogue = read_catalogue(Path(str(CATALOGUE).format(lang="de")))
    problems = [(message.id, errors) for message, errors in catalogue.check()]
    assert not problems


def test_english_catalogue_exists():
    assert read_catalogue(Path(str(CATALOGUE).format(lang="en"))).locale.language == "en"


def test_the_catalogue_follows_a_forced_locale_within_one_request(app):
    """The catalogue is remembered per request; `force_locale` (e-mails in the recipient's
    language) must still switch it, in Python and in templates, and switch it back."""
    from flask import render_template_string
    from flask_babel import force_locale, gettext

    template = "{{ _('Report') }}"
    with app.test_request_context("/", headers={"Accept-Language": "de"}):
        assert (gettext("Report"), render_template_string(template)) == ("Melden", "Melden")
        with force_locale("en"):
            assert (gettext("Report"), render_template_string(template)) == ("Report", "Report")
        assert (gettext("Report"), render_template_string(template)) == ("Melden", "Melden")
