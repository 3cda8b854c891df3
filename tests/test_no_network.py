"""A whole meeting flow works with the network switched off (socket creation fails)."""

from __future__ import annotations

import socket

import pytest

from app import cli, handouts
from app.exchange.bundle import export_file, import_file
from app.exchange.csv_export import export_csv
from app.store import Store
from app.store.backup import list_backups, make_backup


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed("Wijkpraat tried to use the network")

    class RefusingSocket(socket.socket):  # a class, so `class SSLSocket(socket)` still works
        def __init__(self, *args, **kwargs):
            refuse()

    monkeypatch.setattr(socket, "socket", RefusingSocket)
    monkeypatch.setattr(socket, "socketpair", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_meeting_flow_store_pdfs_exports_offline(no_network, tmp_path, capsys):
    db = tmp_path / "offline.sqlite"
    assert cli.main(["demo", "--db", str(db)]) == 0
    with Store.open(db) as store:
        g = store.add_gebied("Selwerd", "wijk")
        b = store.add_bijeenkomst(
            g.id, "Kampvuur", "2026-06-02", vorm="kampvuur",
            follow_up_url="https://stem.example.nl/selwerd",
        )  # fmt: skip
        store.add_inbreng(b.id, "dna-trots", "Het park", "sterkte")
        store.set_kompas(b.id, "zeggenschap", nu=2, doel=4)
        store.add_afspraak(b.id, "Wijkpanel starten", wie="Bewoners", status="loopt")
        store.update_bijeenkomst(b.id, status="afgesloten")
        make_backup(db, tmp_path / "backups", "afgesloten")
        export_file(store, tmp_path / "selwerd.json", g.id)
        export_csv(store, tmp_path / "afspraken.csv", "afspraken")
        for soort in handouts.SOORTEN:
            assert handouts.build_pdf(store, b.id, soort).startswith(b"%PDF")
    with Store.open(tmp_path / "andere.sqlite") as other:
        import_file(other, tmp_path / "selwerd.json")
        assert [x.naam for x in other.gebieden()] == ["Selwerd"]
    assert list_backups(tmp_path / "backups")
    with pytest.raises(NetworkUsed):  # the patch is really in place
        socket.create_connection(("example.org", 80))
