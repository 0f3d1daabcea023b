"""What goes on the page the client takes home, decided without any painting.

The renderer (render/handout.py) lays this out; tests and the command line can check it
directly: the QR payloads, which languages, how many records per page.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

#: Records on one A4 page, and in a basket (two pages at most).
PER_PAGE = 3
MAX_RECORDS = 6
#: Languages that get a one-language page (the client reads Dutch).
DUTCH = ("nl", "nl_easy")


@dataclass(frozen=True)
class QrCode:
    kind: str        # "phone" | "website" | "map"
    payload: str


def website_url(text: str) -> str:
    """The catalogue's web address as a link a phone can open ("www.x.be" → https://www.x.be)."""
    text = text.strip()
    if "://" in text:
        return text
    return "https://" + text


def qr_codes(view) -> list[QrCode]:
    """tel: for the first phone, the website, and geo: for an address with a street.

    A place without a street gets no map code: a point on a municipality would send the client
    to the wrong door. A map code carries the address as a query, so the map app searches the
    real address; the point is only where to start looking.
    """
    out = []
    if view.phones:
        out.append(QrCode("phone", "tel:" + view.phones[0].tel))
    if view.record.website:
        out.append(QrCode("website", website_url(view.record.website)))
    located = [loc for loc in view.locations if loc.address_known or not loc.approximate]
    if located:
        loc = located[0]
        geo = f"geo:{loc.lat:.5f},{loc.lon:.5f}"
        if loc.address_known:
            geo += "?q=" + quote(f"{loc.street_line}, {loc.postcode} {loc.place}".strip())
        out.append(QrCode("map", geo))
    return out


def pages_needed(n_records: int) -> int:
    return max(1, -(-n_records // PER_PAGE))


def _vcard_text(value: str) -> str:
    """A vCard value with its special characters escaped (RFC 6350 §3.4)."""
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def vcard(view) -> str:
    """A contact card (vCard 3.0) for the client's phone: name, phone, address, website.

    Shown as one large QR code in the client view ("keep it on your phone"): the phone's camera
    offers to save it, so "Card Stop" lands in the client's contacts without any network at the
    counter. Only what the catalogue knows goes in; a place without a street gets no address.
    """
    r = view.record
    name = _vcard_text(r.name)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{name};;;;", f"FN:{name}",
             f"ORG:{_vcard_text(r.organization or r.name)}"]
    for phone in view.phones:
        lines.append(f"TEL;TYPE=VOICE:{phone.tel}")
    for loc in view.locations:
        if loc.address_known:
            lines.append("ADR;TYPE=WORK:;;" + ";".join(_vcard_text(p) for p in (
                loc.street_line, loc.place, "", loc.postcode, "België")))
    if r.website:
        lines.append(f"URL:{_vcard_text(website_url(r.website))}")
    if r.email:
        lines.append(f"EMAIL:{_vcard_text(r.email)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"
