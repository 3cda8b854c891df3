"""The keyboard shortcuts, as the F1 help lists them (kept in one place)."""

SHORTCUTS = (
    (
        "Ctrl+1 … Ctrl+6",
        "naar een tabblad (Bespreken, Archetype, Kompas, Rolverdeling, Afspraken, Evalueren)",
    ),
    ("Alt+→ / Alt+←", "volgende / vorige vraag"),
    ("Enter", "inbreng toevoegen (in het invoerveld)"),
    ("F2 of Enter in de lijst", "inbreng bewerken; Enter bewaart, Esc stopt"),
    ("Alt+↑ / Alt+↓", "inbreng omhoog / omlaag"),
    ("+ / −", "stip erbij / eraf (in de lijst)"),
    ("Delete", "inbreng verwijderen; Ctrl+Z haalt terug"),
    ("Alt+1 / Alt+2 / Alt+3", "archetype kiezen (tabblad Archetype)"),
    ("Ctrl+Shift+V", "witte vlek noteren"),
    ("Ctrl+T", "timer starten of pauzeren; Ctrl+Shift+T zet hem op nul"),
    ("Ctrl+Shift+N", "nieuwe afspraak (tabblad Afspraken)"),
    ("Alt+Home", "terug naar het overzicht"),
    ("F5 / Esc", "projectie starten / stoppen; Ctrl+F5 oefent in een venster"),
    ("PageDown, → of spatie", "volgende vraag (ook met een presentatieklikker)"),
    ("PageUp of ←", "vorige vraag"),
    ("B of .", "zwart scherm aan/uit; W: welkomstscherm aan/uit"),
    ("F7", "spreekronde tonen of verbergen"),
    ("Ctrl+P", "afsprakenlijst afdrukken (andere handouts: Bestand → Afdrukken)"),
    ("Ctrl+Shift+S", "afsprakenlijst opslaan als PDF"),
    ("F1", "deze hulp"),
)
