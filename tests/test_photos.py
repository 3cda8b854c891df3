"""Photos in the database: what goes in comes out scaled, upright and without location;
what is not a photo stays out with a Dutch message; export → import carries them.

Every image is made here with Pillow, as a phone would make it: a 12-megapixel JPEG with
GPS coordinates and an orientation in its EXIF.
"""

from __future__ import annotations

import base64
import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from PIL import ExifTags, Image, ImageDraw

from app.cli.main import main
from app.errors import InvalidInput
from app.exchange.bundle import BundleError, export_file, read_bundle, validate_bundle
from app.store import Store
from app.store.opening import inspect_file
from app.store.schema import SCHEMA_VERSION
from tests.memory import peak_bytes

GRONINGEN = ((53.0, 13.0, 8.4), (6.0, 34.0, 2.1))  # degrees, minutes, seconds


def phone_photo(size: tuple[int, int] = (4000, 3000), *, orientation: int = 1) -> bytes:
    """A JPEG as a phone saves it: drawn content, GPS position and orientation in EXIF."""
    image = Image.new("RGB", size, (250, 250, 245))
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((0, 0, w // 4, h // 4), fill=(200, 0, 0))  # a red corner: top left
    for y in range(h // 3, h, max(1, h // 12)):
        draw.line((w // 10, y, w - w // 10, y), fill=(20, 40, 160), width=max(1, h // 100))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Telefoon"
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GRONINGEN[0]
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = GRONINGEN[1]
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=exif)
    return out.getvalue()


def gps_of(data: bytes) -> dict[int, object]:
    with Image.open(io.BytesIO(data)) as image:
        return dict(image.getexif().get_ifd(ExifTags.IFD.GPSInfo))


@pytest.fixture
def meeting(store: Store):
    g = store.add_gebied("Rivierenbuurt", "wijk")
    return store.add_bijeenkomst(g.id, "Avond", "2026-03-12")


def test_a_12_megapixel_photo_with_gps_is_stored_scaled_and_without_location(store, meeting):
    raw = phone_photo()
    with Image.open(io.BytesIO(raw)) as original:
        assert original.size[0] * original.size[1] == 12_000_000
    assert gps_of(raw)  # the photo as it came from the phone has a position

    foto = store.add_foto(meeting.id, raw, vraag_id="dna-trots", bijschrift="Flip-over")
    stored = store.foto_data(foto.id)

    assert gps_of(stored) == {}
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG" and not image.getexif()  # no EXIF at all
        assert image.size == (2000, 1500) == (foto.breedte, foto.hoogte)
    assert len(stored) == foto.grootte < len(raw)
    assert store.fotos(meeting.id)[0].bijschrift == "Flip-over"


def test_a_photo_taken_upright_is_stored_upright(store, meeting):
    # The camera stored it lying down and wrote "turn 90° clockwise" (orientation 6).
    foto = store.add_foto(meeting.id, phone_photo((1200, 900), orientation=6))
    with Image.open(io.BytesIO(store.foto_data(foto.id))) as image:
        assert image.size == (900, 1200)
        # The red corner was top left of the sensor; turned clockwise it is top right.
        red, green, _ = image.convert("RGB").getpixel((image.width - 20, 20))
        assert red > 150 and green < 80


def test_a_png_with_transparency_becomes_a_jpeg_on_white(store, meeting):
    image = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle((0, 0, 99, 199), fill=(0, 0, 255, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    foto = store.add_foto(meeting.id, out.getvalue())
    with Image.open(io.BytesIO(store.foto_data(foto.id))) as stored:
        assert stored.format == "JPEG" and stored.size == (300, 200)
        assert min(stored.convert("RGB").getpixel((250, 100))) > 240  # white, not black


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header says it is width × height pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def _cut_jpeg() -> bytes:
    whole = phone_photo((800, 600))
    return whole[: len(whole) // 2]


def _gif() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, "GIF")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"Notulen van de avond\n", "geen JPEG- of PNG-afbeelding"),
        (_gif(), "geen JPEG- of PNG-afbeelding"),
        (b"", "leeg"),
        (_png_claiming(60_000, 60_000), "onredelijk groot"),
        (_png_claiming(15_000, 15_000), "onredelijk groot"),
        (_cut_jpeg(), "beschadigd"),
    ],
    ids=["text", "gif", "empty", "bomb", "200-megapixel", "cut-off"],
)
def test_what_is_not_a_photo_is_refused_in_dutch_and_nothing_is_stored(store, meeting, data, said):
    with pytest.raises(InvalidInput) as refused:
        store.add_foto(meeting.id, data, name="Het bestand 'x'")
    assert said in refused.value.message
    assert refused.value.message.startswith("Het bestand 'x' kan niet als foto")
    assert store.fotos(meeting.id) == []


def test_a_file_too_large_to_be_a_photo_is_not_even_read(store, meeting, tmp_path, monkeypatch):
    import app.store.images as images

    monkeypatch.setattr(images, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "groot.jpg"
    path.write_bytes(phone_photo((400, 300)))
    with pytest.raises(InvalidInput, match="te groot"):
        store.add_foto_file(meeting.id, path)
    with pytest.raises(InvalidInput, match="bestaat niet"):
        store.add_foto_file(meeting.id, tmp_path / "weg.jpg")


def test_export_and_import_carry_the_photos_into_a_valid_wijkpraat_file(tmp_path, capsys):
    here, there = tmp_path / "hier.sqlite", tmp_path / "daar.sqlite"
    with Store.open(here) as store:
        g = store.add_gebied("Rivierenbuurt", "wijk")
        b = store.add_bijeenkomst(g.id, "Avond", "2026-03-12")
        vraag = store.add_foto(b.id, phone_photo(), vraag_id="dna-trots", bijschrift="Poster")
        avond = store.add_foto(b.id, phone_photo((640, 480)))
        sent = {f.id: store.foto_data(f.id) for f in (vraag, avond)}
    bundle = tmp_path / "bundel.json"
    assert main(["export", "--db", str(here), "--out", str(bundle)]) == 0
    assert b"GPS" not in bundle.read_bytes()
    with Store.open(there):
        pass
    assert main(["import", str(bundle), "--db", str(there)]) == 0
    assert main(["check", "--db", str(there)]) == 0
    assert inspect_file(there) == SCHEMA_VERSION  # ours, at this version, not damaged
    with Store.open(there) as store:
        fotos = store.fotos(b.id)
        assert {f.id: store.foto_data(f.id) for f in fotos} == sent
        assert {f.bijschrift for f in fotos} == {"Poster", ""}
        assert next(f for f in fotos if f.id == vraag.id).vraag_id == "dna-trots"
    # The same bundle again adds nothing (newest wins, photos included).
    assert main(["import", str(bundle), "--db", str(there)]) == 0
    assert "er is niets veranderd" in capsys.readouterr().out
    with Store.open(there) as store:
        assert len(store.fotos(b.id)) == 2


@pytest.fixture
def bundle_with_photo(store, meeting, tmp_path) -> dict:
    store.add_foto(meeting.id, phone_photo((640, 480)))
    out = tmp_path / "bundel.json"
    export_file(store, out)
    return read_bundle(out)


def _tampered(bundle: dict, **changes) -> dict:
    copy = json.loads(json.dumps(bundle))
    copy["tabellen"]["foto"][0].update(changes)
    return copy


def test_a_bundle_photo_with_location_or_broken_bytes_is_refused(bundle_with_photo):
    with_gps = phone_photo((640, 480))
    stored = base64.b64decode(bundle_with_photo["tabellen"]["foto"][0]["data"])
    half = stored[: len(stored) // 2]  # a photo as we store it, cut off halfway
    cases = {
        "EXIF": {"data": base64.b64encode(with_gps).decode(), "grootte": len(with_gps)},
        "goede vorm": {"data": "bm90IGJhc2U2NA=!", "grootte": 10},  # the schema sees it
        "even groot": {"grootte": 12},
        "beschadigd": {"data": base64.b64encode(half).decode(), "grootte": len(half)},
    }
    for said, changes in cases.items():
        with pytest.raises(BundleError) as refused:
            validate_bundle(_tampered(bundle_with_photo, **changes), "bundel.json")
        assert "tabellen.foto[0]" in refused.value.problem and said in refused.value.problem


def test_a_bundle_from_before_photos_still_imports(bundle_with_photo, store):
    older = json.loads(json.dumps(bundle_with_photo))
    del older["tabellen"]["foto"], older["tabellen"]["notitie"]
    assert validate_bundle(older)["tabellen"]["foto"] == []


def _noise_photo(side: int) -> bytes:
    image = Image.frombytes("RGB", (side, side), bytes(range(256)) * (side * side * 3 // 256))
    image = image.rotate(17)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    return out.getvalue()


@pytest.mark.slow  # a second or two of JPEG encoding: in make test, not test-fast
def test_exporting_photos_holds_a_few_at_a_time(tmp_path: Path):
    """tracemalloc peak of exporting 24 photos vs 6: far less than 4x (was ~4x)."""
    photo = _noise_photo(1200)
    peaks = []
    for n in (6, 24):
        with Store.open(tmp_path / f"{n}.sqlite") as store:
            g = store.add_gebied("Stad", "wijk")
            b = store.add_bijeenkomst(g.id, "Avond", "2026-05-01")
            for _ in range(n):
                store.add_foto(b.id, photo)
            export_file(store, tmp_path / "warm.json")
            peaks.append(peak_bytes(lambda s=store: export_file(s, tmp_path / "e.json")))
            assert len(read_bundle(tmp_path / "e.json")["tabellen"]["foto"]) == n
    small, large = peaks
    assert large < 2 * small, f"{small} bytes for 6 photos, {large} for 24"
