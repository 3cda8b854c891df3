"""`Store`: a Wijkpraat database, the only door to SQL. One class, its tables in groups."""

from __future__ import annotations

from app.store.agreements import AgreementTables
from app.store.draaiboek import DraaiboekTables
from app.store.exchange_rows import ExchangeRows
from app.store.notes import NoteTables
from app.store.people import PeopleTables
from app.store.photos import PhotoTables
from app.store.places import PlacesTables
from app.store.search import SearchTables
from app.store.tafels import TafelTables
from app.store.talk import TalkTables


class Store(
    PlacesTables,
    TafelTables,
    TalkTables,
    AgreementTables,
    PeopleTables,
    ExchangeRows,
    SearchTables,
    DraaiboekTables,
    NoteTables,
    PhotoTables,
):
    """A Wijkpraat database. Open with `Store.open(path)` or `Store.open_readonly(path)`.

    Every write method commits before it returns. Several writes that belong together
    (an import, anonymising, the demo) go inside one `with store.transaction():`, where
    each write becomes a savepoint of that one transaction.
    """
