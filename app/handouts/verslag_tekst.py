"""The words of the verslag that both forms share (PDF and OpenDocument text), so the
printed and the editable verslag say exactly the same thing."""

from __future__ import annotations

from app.content import wording
from app.content.labels import KOMPAS_TITEL, TAAK_LABELS, count_label, datum_lang
from app.handouts.verslag_data import Item, VerslagData
from app.store.schema import TAKEN

TITEL = "Verslag"
WIE = "Wie er waren"
DOEL = "Waarom we bij elkaar kwamen"
GEZEGD = "Wat er gezegd is"
ZEGGENSCHAP = "Gekozen zeggenschap"
ROLVERDELING = "Rolverdeling"
AFSPRAKEN = "Afspraken"
WITTE_VLEKKEN = "Witte vlekken: waar we nog niet over spraken"
FOTOS = "Foto’s"
NOTITIES = "Notities van de gespreksleider"
VERDER = "Praat verder"
AFSPRAAK_KOPPEN = ("Nr", "Wat", "Wie", "Wanneer", "Status")
TELLING_KOPPEN = ("Handen geteld", "Aantal")
KOMPAS_KOPPEN = ("Waarde", "Nu", "Gewenst")


def kop_feiten(data: VerslagData) -> list[tuple[str, str]]:
    """Gebied, datum, locatie, vorm, stap: the facts under the title."""
    kop = data.lijst.kop
    feiten = [
        ("Gebied", f"{kop.gebied} ({wording('{wijk}', kop.soort)})"),
        ("Bijeenkomst", kop.titel),
        ("Datum", datum_lang(kop.datum)),
        ("Locatie", kop.locatie or "–"),
        ("Vorm", kop.vorm),
    ]
    if kop.stap_titel:
        feiten.append(("Stap", f"{kop.stap} · {kop.stap_titel}"))
    return feiten


def wie_feiten(data: VerslagData) -> list[tuple[str, str]]:
    """The meeting facts: attendees, contributions, organisations (and names if chosen)."""
    feiten = [
        ("Deelnemers", str(data.deelnemers) if data.deelnemers is not None else "niet geteld"),
        ("Bijdragen", str(data.bijdragen)),
        ("Organisaties", data.organisaties or "–"),
    ]
    if data.namen:
        feiten.append(("Namen", ", ".join(data.namen)))
    return feiten


def item_tekst(item: Item) -> str:
    """One inbreng line: its text, then soort, dots and privé in brackets."""
    extra = [item.soort] if item.soort else []
    if item.stippen:
        extra.append(count_label(item.stippen, "stip", "stippen"))
    if item.prive:
        extra.append("privé")
    return item.tekst + (f" ({', '.join(extra)})" if extra else "")


def zeggenschap_regels(data: VerslagData) -> list[str]:
    lijst = data.lijst
    regels = [f"{lijst.archetype} — {lijst.archetype_kort}"] if lijst.archetype else []
    regels += [f"Thema {thema}: {titel}" for thema, titel in lijst.themas]
    return regels or ["Er is nog geen vorm van zeggenschap gekozen."]


def kompas_titel(data: VerslagData) -> str:
    return wording(KOMPAS_TITEL, data.lijst.kop.soort)


def kompas_rijen(data: VerslagData) -> list[list[str]]:
    soort = data.lijst.kop.soort
    return [
        [f"K{k.nummer} {wording(k.titel, soort)}", str(k.nu or "–"), str(k.doel or "–")]
        for k in data.lijst.kompas
    ]


def rol_koppen() -> list[str]:
    return ["Thema", *(TAAK_LABELS[t] for t in TAKEN)]


def rol_rijen(data: VerslagData) -> list[list[str]]:
    return [[r.thema, *(c or "–" for c in r.cellen)] for r in data.lijst.rollen]


def afspraak_rijen(data: VerslagData) -> list[list[str]]:
    return [
        [str(a.nummer), a.wat, a.wie or "–", a.wanneer or "–", a.status]
        for a in data.lijst.afspraken
    ]


def verder_tekst(data: VerslagData) -> str:
    return "Scan de QR-code of ga naar de pagina hieronder om te volgen hoe het verder gaat:"


def leeg(data: VerslagData) -> dict[str, str]:
    """What each section says when it has nothing."""
    return {
        GEZEGD: "Er is bij deze bijeenkomst nog niets genoteerd.",
        ROLVERDELING: "Er is nog geen rolverdeling ingevuld.",
        AFSPRAKEN: "Er zijn nog geen afspraken gemaakt.",
        WITTE_VLEKKEN: "Er zijn geen witte vlekken genoteerd.",
    }
