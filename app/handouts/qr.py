"""QR codes for follow-up URLs, made offline as a matrix of modules.

Only http:// and https:// addresses with a host are accepted (a phone must be able to
open them, and `javascript:` must never reach paper). Error correction M survives a
crease or a coffee ring; the quiet zone of four modules is part of the matrix, so
whoever draws it gets a scannable code without thinking about margins.
"""

from __future__ import annotations

import functools

from app.errors import InvalidInput
from app.store import validation

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


def checked_url(url: object) -> str:
    """The URL if it can go into a QR code, else InvalidInput with a Dutch message."""
    value = validation.url(url, required=True)
    if value is None:  # pragma: no cover - required=True never returns None
        raise InvalidInput("Vul een webadres in.")
    return value


@functools.lru_cache(maxsize=64)
def _matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    import qrcode  # lazily: ~40 ms, only needed when printing
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(url.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def qr_matrix(url: object) -> tuple[tuple[bool, ...], ...]:
    """Rows of dark (True) and light modules, quiet zone included; validates the URL."""
    return _matrix(checked_url(url))


def dark_runs(matrix: tuple[tuple[bool, ...], ...]) -> list[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark modules.

    Drawing runs instead of single modules keeps the PDF small and avoids hairline gaps
    between neighbouring squares in some viewers.
    """
    runs = []
    for y, row in enumerate(matrix):
        x = 0
        width = len(row)
        while x < width:
            if row[x]:
                start = x
                while x < width and row[x]:
                    x += 1
                runs.append((y, start, x - start))
            else:
                x += 1
    return runs
