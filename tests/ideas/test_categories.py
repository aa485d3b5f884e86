"""`flask categories init` adds the missing default fields of action; `list` shows them."""

from participation.ideas.categories import DEFAULT_CATEGORIES


def test_init_adds_the_defaults_once_and_list_shows_them(app):
    runner = app.test_cli_runner()
    assert runner.invoke(args=["categories", "init"]).output == "7 categories added.\n"
    assert runner.invoke(args=["categories", "init"]).output == "0 categories added.\n"
    listed = runner.invoke(args=["categories", "list"]).output.splitlines()
    assert [line.split()[0] for line in listed] == [slug for slug, *_rest in DEFAULT_CATEGORIES]
    assert listed[0].endswith("Bürgerservice & Online-Dienste")
