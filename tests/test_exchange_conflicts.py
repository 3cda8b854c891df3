"""A row changed on both laptops since their last exchange is shown, not overwritten."""

from __future__ import annotations

import time

from app.exchange.bundle import build_bundle, import_bundle
from app.store import Store


def test_a_row_changed_on_both_laptops_is_kept_here_and_named(tmp_path):
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        g = a.add_gebied("Lewenborg", "wijk")
        k = a.add_bijeenkomst(g.id, "Avond", "2026-03-01")
        afspraak = a.add_afspraak(k.id, "Wijkkrant vaker", wie="Redactie")
        import_bundle(b, build_bundle(a))  # the last exchange
        time.sleep(0.002)  # timestamps have millisecond resolution
        a.update_afspraak(afspraak.id, wie="Redactie en school")
        time.sleep(0.002)
        b.update_afspraak(afspraak.id, wie="Jongerenwerk")  # later, but A's is not lost
        other = k  # a row changed on A only still comes across
        a.update_bijeenkomst(other.id, locatie="Buurthuis De Kiel")

        result = import_bundle(b, build_bundle(a))

        assert b.afspraken(k.id)[0].wie == "Jongerenwerk"  # B's own version stays
        assert result.conflicts == ["afspraak ‘Wijkkrant vaker’"]
        assert "op beide laptops veranderd" in result.summary()
        assert "afspraak ‘Wijkkrant vaker’" in result.summary()
        assert b.bijeenkomst(k.id).locatie == "Buurthuis De Kiel"


def test_without_an_earlier_exchange_newest_still_wins(tmp_path):
    with Store.open(tmp_path / "a.sqlite") as a, Store.open(tmp_path / "b.sqlite") as b:
        g = a.add_gebied("Lewenborg", "wijk")
        k = a.add_bijeenkomst(g.id, "Avond", "2026-03-01")
        afspraak = a.add_afspraak(k.id, "Wijkkrant vaker", wie="Redactie")
        bundle = build_bundle(a)
        time.sleep(0.002)
        a.update_afspraak(afspraak.id, wie="Redactie en school")
        # B gets an old copy by another way (a backup), then A's newer bundle.
        import_bundle(b, bundle)
        import_bundle(b, build_bundle(a))
        assert b.afspraken(k.id)[0].wie == "Redactie en school"
