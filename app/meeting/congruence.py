"""The congruence check of stap 2, as the live meeting uses it.

The check itself lives in app.content.congruence, so the handouts (which sit below the
meeting) print the same open points the console shows.
"""

from __future__ import annotations

from app.content.congruence import Bevinding, ThemaKeuze, Voorstel, check, thema_keuzes

__all__ = ["Bevinding", "ThemaKeuze", "Voorstel", "check", "thema_keuzes"]
