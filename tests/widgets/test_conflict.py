"""A field changed by another program while the facilitator types in it: both shown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.content import default_pack
from app.store import SETTING_BIJEENKOMST, SETTING_VIEW
from widgets.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
# Another program changes one afspraak's `wie` (its own process: a second handle on the
# file in this one would drop the window's locks on it).
OTHER = """
import sys
from app.store import Store
with Store.open(sys.argv[1]) as store:
    store.update_afspraak(sys.argv[2], wie=sys.argv[3])
"""


def _window(qtbot, demo_store):
    b = next(b for b in demo_store.bijeenkomsten() if len(demo_store.afspraken(b.id)) >= 2)
    demo_store.set_setting(SETTING_BIJEENKOMST, b.id)
    demo_store.set_setting(SETTING_VIEW, "afspraken")
    window = MainWindow(demo_store, default_pack())
    qtbot.addWidget(window)
    window.show()
    page = window.console.pages["afspraken"]
    page.table.selectRow(0)
    return window, page


def _other_program_sets_wie(db: Path, afspraak_id: str, wie: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", OTHER, str(db), afspraak_id, wie],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_typing_while_another_program_changes_the_field_shows_both(qtbot, demo_store, db_path):
    window, page = _window(qtbot, demo_store)
    afspraak = page.current
    qtbot.keyClicks(page.wie, " en ik")  # typed; saved ~0.3 s after the last key
    _other_program_sets_wie(db_path, afspraak.id, "Het wijkteam")
    assert window.state.check_outside_changes()  # as the once-a-second look does
    assert page.conflict.isVisible()
    assert "“Het wijkteam”" in page.conflict.text.text()
    assert f"“{afspraak.wie} en ik”" in page.conflict.text.text()
    page.conflict.take_button.click()
    assert page.wie.text() == "Het wijkteam" and not page.conflict.isVisible()
    page.flush()
    assert demo_store.afspraken(afspraak.bijeenkomst_id)[0].wie == "Het wijkteam"


def test_keeping_my_text_saves_it(qtbot, demo_store, db_path):
    window, page = _window(qtbot, demo_store)
    afspraak = page.current
    qtbot.keyClicks(page.wie, " en ik")
    _other_program_sets_wie(db_path, afspraak.id, "Het wijkteam")
    window.state.check_outside_changes()
    page.conflict.keep_button.click()
    page.flush()
    assert demo_store.afspraken(afspraak.bijeenkomst_id)[0].wie == f"{afspraak.wie} en ik"


def test_a_field_not_being_typed_in_just_shows_the_new_text(qtbot, demo_store, db_path):
    window, page = _window(qtbot, demo_store)
    afspraak = page.current
    _other_program_sets_wie(db_path, afspraak.id, "Het wijkteam")
    window.state.check_outside_changes()
    assert page.wie.text() == "Het wijkteam" and not page.conflict.isVisible()


def test_a_save_after_another_program_changed_the_field_asks_instead_of_overwriting(
    qtbot, demo_store, db_path
):
    """The other change lands between typing and the save, before the window noticed."""
    window, page = _window(qtbot, demo_store)
    afspraak = page.current
    qtbot.keyClicks(page.wie, " en ik")
    _other_program_sets_wie(db_path, afspraak.id, "Het wijkteam")
    page.flush()  # the debounced save
    assert page.conflict.isVisible()
    assert demo_store.afspraken(afspraak.bijeenkomst_id)[0].wie == "Het wijkteam"
    window.state.check_outside_changes()  # the window notices: the choice stays open
    assert page.conflict.isVisible() and page.wie.text() == f"{afspraak.wie} en ik"
    qtbot.keyClicks(page.wie, "!")
    page.flush()
    assert demo_store.afspraken(afspraak.bijeenkomst_id)[0].wie == "Het wijkteam"
    page.conflict.keep_button.click()
    assert demo_store.afspraken(afspraak.bijeenkomst_id)[0].wie == f"{afspraak.wie} en ik!"
