"""Known errors with a Dutch message for the user, kept apart from bugs.

Anything raised as a `WijkpraatError` is an expected situation (a bad file, a full disk,
bad input) and is shown to the user as its `message`; any other exception is a bug and
goes to the crash report.
"""

from __future__ import annotations


class WijkpraatError(Exception):
    """An expected problem; `message` is plain Dutch and says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(WijkpraatError):
    """Input a user typed (or a caller passed) that the app cannot store."""


class ContentError(WijkpraatError):
    """The content pack in praatplaat_data/ is broken; names file, item id and field."""

    def __init__(self, file: str, item_id: str | None, field: str | None, problem: str) -> None:
        where = file
        if item_id:
            where += f", item '{item_id}'"
        if field:
            where += f", veld '{field}'"
        super().__init__(f"Fout in de inhoud ({where}): {problem}")
        self.file = file
        self.item_id = item_id
        self.field = field
        self.problem = problem


class StoreError(WijkpraatError):
    """A known storage problem: the database file cannot be used as it is."""


class NotADatabase(StoreError):
    pass


class ForeignDatabase(StoreError):
    pass


class CorruptDatabase(StoreError):
    pass


class SchemaTooNew(StoreError):
    pass


class DatabaseMissing(StoreError):
    pass


class DatabaseReadOnly(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class DiskFull(StoreError):
    pass
