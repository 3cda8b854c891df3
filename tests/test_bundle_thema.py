"""Zeggenschap per thema travels between laptops, and a bundle made before it existed
(no thema table, no afspraak.thema / borging_id) still imports."""

from __future__ import annotations

from pathlib import Path

from app.exchange.bundle import build_bundle, import_bundle
from app.store import Store


def test_the_choice_per_thema_and_the_kind_of_afspraak_travel(tmp_path: Path):
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        g = a.add_gebied("Hoogkerk", "dorp")
        m = a.add_bijeenkomst(g.id, "Burgerbegroting", "2027-04-01", archetype="aanjagen-initieren")
        a.set_thema(m.id, "Burgerbegroting", "verdelen-besluiten")
        a.add_afspraak(
            m.id, "Jaarverslag aan de dorpen", thema="Burgerbegroting", borging_id="verantwoording"
        )
        import_bundle(b, build_bundle(a, g.id))
        (thema,) = b.themas(m.id)
        assert (thema.thema, thema.archetype) == ("Burgerbegroting", "verdelen-besluiten")
        (afspraak,) = b.afspraken(m.id)
        assert (afspraak.thema, afspraak.borging_id) == ("Burgerbegroting", "verantwoording")
        # importing again changes nothing
        result = import_bundle(b, build_bundle(a, g.id))
        assert result.added.get("thema", 0) == 0


def test_a_bundle_from_before_zeggenschap_per_thema_imports(tmp_path: Path):
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        g = a.add_gebied("Onnen", "dorp")
        m = a.add_bijeenkomst(g.id, "Avond", "2026-05-01")
        a.add_afspraak(m.id, "Verslag in de dorpskrant", waarde_id="transparantie")
        old = build_bundle(a, g.id)
        del old["tabellen"]["thema"]
        for row in old["tabellen"]["afspraak"]:
            del row["thema"], row["borging_id"]
        old["schema_versie"] = 2
        import_bundle(b, old)
        (afspraak,) = b.afspraken(m.id)
        assert afspraak.wat == "Verslag in de dorpskrant" and afspraak.thema is None
        assert b.themas(m.id) == []
