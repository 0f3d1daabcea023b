"""Signed catalogue updates: made by the central maintainer, checked on every counter PC; an
unsigned, tampered, older or wrong-key file is refused with a message that says which."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest

from einclusie_app.core import updates as up
from einclusie_app.core.catalogue import Catalogue


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("keys")
    central = up.keygen(folder / "central")
    other = up.keygen(folder / "other")
    return {"private": central[0], "public": central[1], "other_private": other[0],
            "other_public": other[1]}


@pytest.fixture(scope="module")
def packs(tmp_path_factory, keys, catalogue_file):
    folder = tmp_path_factory.mktemp("packs")
    out = {}
    for seq in (5, 7):
        path = folder / f"update-{seq}.einclusie-update"
        up.pack(catalogue_file, keys["private"], path, seq, note=f"update {seq}")
        out[seq] = path
    return out


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def rezip(src: Path, dst: Path, change=None, drop=()) -> None:
    """Copy an update file, changing or dropping members (the header and signature kept)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            if name in drop:
                continue
            data = zin.read(name)
            if change and name in change:
                data = change[name](data)
            zout.writestr(name, data)


def test_keygen_writes_a_private_key_only_its_owner_reads(keys):
    private, public = Path(keys["private"]), Path(keys["public"])
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o600
    assert b"PRIVATE KEY" in private.read_bytes() and b"PUBLIC KEY" in public.read_bytes()
    with pytest.raises(up.UpdateError, match="never overwritten"):
        up.keygen(private.with_suffix(""))


def test_public_keys_read_as_pem_file_or_one_base64_line(keys):
    key = up.load_public_key(Path(keys["public"]))
    line = up.public_key_text(key)
    assert up.key_id(up.load_public_key(line)) == up.key_id(key)
    assert up.key_id(up.load_public_key(str(keys["public"]))) == up.key_id(key)
    with pytest.raises(up.UpdateError, match="not an Ed25519 public key"):
        up.load_public_key("bm90IGEga2V5")


def test_a_good_update_verifies(packs, keys):
    info = up.verify(packs[5], [keys["public"]], installed_sequence=0)
    assert info.sequence == 5 and info.services > 100 and info.note == "update 5"
    assert info.key_id == up.key_id(up.load_public_key(keys["public"]))


def test_an_unsigned_file_is_refused(packs, keys, tmp_path):
    bad = tmp_path / "unsigned.einclusie-update"
    rezip(packs[5], bad, drop=(up.SIGNATURE,))
    with pytest.raises(up.UpdateError, match="is not signed") as exc:
        up.verify(bad, [keys["public"]])
    assert exc.value.kind == "unsigned"


def test_a_file_signed_with_another_key_is_refused(packs, keys, tmp_path, catalogue_file):
    other = tmp_path / "other.einclusie-update"
    up.pack(catalogue_file, keys["other_private"], other, 9)
    with pytest.raises(up.UpdateError, match="does not trust") as exc:
        up.verify(other, [keys["public"]])
    assert exc.value.kind == "wrong_key"


def scam(data: bytes, tmp_path: Path, record_too: bool = True) -> bytes:
    """The catalogue with Card Stop's number replaced by a premium-rate number (in what the
    window shows: the resolved phones and the phone table; in the record too unless
    ``record_too`` is False)."""
    db = tmp_path / "scam.sqlite"
    db.write_bytes(data)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE phone SET number = '0903 99 99 99', display = '0903 99 99 99', "
                 "tel = '+3290399999' WHERE service_id = 'card-stop'")
    resolved = json.loads(conn.execute("SELECT resolved FROM service WHERE id = 'card-stop'")
                          .fetchone()[0])
    resolved["phones"][0].update(number="0903 99 99 99", display="0903 99 99 99",
                                 tel="+3290399999")
    conn.execute("UPDATE service SET resolved = ? WHERE id = 'card-stop'", (json.dumps(resolved),))
    if record_too:
        record = json.loads(conn.execute("SELECT record FROM service WHERE id = 'card-stop'")
                            .fetchone()[0])
        record["phones"][0]["number"] = "0903 99 99 99"
        conn.execute("UPDATE service SET record = ? WHERE id = 'card-stop'",
                     (json.dumps(record),))
    conn.commit()
    conn.close()
    return db.read_bytes()


def test_a_scam_number_slipped_into_the_catalogue_is_refused(packs, keys, tmp_path):
    bad = tmp_path / "scam.einclusie-update"
    rezip(packs[5], bad, change={up.PAYLOAD: lambda d: scam(d, tmp_path)})
    with pytest.raises(up.UpdateError, match="changed after it was signed") as exc:
        up.verify(bad, [keys["public"]])
    assert exc.value.kind == "tampered"


def test_an_edited_header_is_refused(packs, keys, tmp_path):
    bad = tmp_path / "header.einclusie-update"
    rezip(packs[5], bad, change={up.HEADER: lambda d: d.replace(b'"sequence": 5',
                                                                b'"sequence": 99')})
    with pytest.raises(up.UpdateError) as exc:
        up.verify(bad, [keys["public"]])
    assert exc.value.kind == "tampered"


def test_an_older_or_the_same_update_is_refused(packs, keys):
    with pytest.raises(up.UpdateError, match="already has update 7") as exc:
        up.verify(packs[5], [keys["public"]], installed_sequence=7)
    assert exc.value.kind == "older"
    with pytest.raises(up.UpdateError, match="older or the same"):
        up.verify(packs[7], [keys["public"]], installed_sequence=7)


def test_a_file_that_is_no_update_and_no_trusted_key(keys, tmp_path):
    junk = tmp_path / "junk.einclusie-update"
    junk.write_bytes(b"PK not really")
    with pytest.raises(up.UpdateError, match="is not a catalogue update file") as exc:
        up.verify(junk, [keys["public"]])
    assert exc.value.kind == "not_a_pack"
    with pytest.raises(up.UpdateError, match="No public key is trusted"):
        up.verify(junk, [])


def test_apply_keeps_the_old_catalogue_and_rollback_restores_it(packs, keys, tmp_path,
                                                                 catalogue_file):
    data = tmp_path / "data"
    trust = [keys["public"]]
    assert up.effective_shipped_catalogue(catalogue_file, data, trust) == catalogue_file
    info = up.apply_update(packs[5], trust, catalogue_file, data)
    current = up.effective_shipped_catalogue(catalogue_file, data, trust)
    assert current != catalogue_file and up.catalogue_sequence(current) == 5 == info.sequence
    cat = Catalogue(current)
    assert cat.count() == info.services and cat.meta()["sequence"] == "5"
    cat.close()
    up.apply_update(packs[7], trust, catalogue_file, data)
    assert up.catalogue_sequence(up.effective_shipped_catalogue(catalogue_file, data, trust)) == 7
    assert up.installed(data) == {"current": "catalogue-7.sqlite",
                                  "previous": "catalogue-5.sqlite"}
    assert up.catalogue_sequence(up.rollback(catalogue_file, data, trust)) == 5
    assert up.rollback(catalogue_file, data, trust) == catalogue_file
    with pytest.raises(up.UpdateError, match="No update is installed"):
        up.rollback(catalogue_file, data, trust)
    # an update rolled back may be applied again
    up.apply_update(packs[7], trust, catalogue_file, data)
    assert sorted(p.name for p in (data / "updates").iterdir()) == [
        "catalogue-7.sqlite", "catalogue-7.update.json", "catalogue-7.update.sig",
        "state.json"]


@pytest.mark.parametrize("case", ["unsigned", "scam", "wrong_key", "older"])
def test_a_refused_update_changes_nothing(packs, keys, tmp_path, catalogue_file, case):
    data = tmp_path / "data"
    up.apply_update(packs[7], [keys["public"]], catalogue_file, data)
    before = snapshot(data)
    bad = tmp_path / "bad.einclusie-update"
    if case == "unsigned":
        rezip(packs[7], bad, drop=(up.SIGNATURE,))
    elif case == "scam":
        rezip(packs[7], bad, change={up.PAYLOAD: lambda d: scam(d, tmp_path)})
    elif case == "wrong_key":
        up.pack(catalogue_file, keys["other_private"], bad, 8)
    else:
        bad = packs[5]
    with pytest.raises(up.UpdateError) as exc:
        up.apply_update(bad, [keys["public"]], catalogue_file, data)
    assert exc.value.kind == {"scam": "tampered"}.get(case, case)
    assert snapshot(data) == before
    cat = Catalogue(up.effective_shipped_catalogue(catalogue_file, data, [keys["public"]]))
    assert cat.service("card-stop").phones[0].display == "078 17 01 70"
    cat.close()


def test_a_newer_shipped_catalogue_wins_over_an_older_installed_update(packs, keys, tmp_path,
                                                                      catalogue_file):
    data = tmp_path / "data"
    up.apply_update(packs[5], [keys["public"]], catalogue_file, data)
    newer = tmp_path / "shipped.sqlite"
    newer.write_bytes(catalogue_file.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO meta (key, value) VALUES ('sequence', '6')")
    conn.commit()
    conn.close()
    assert up.effective_shipped_catalogue(newer, data, [keys["public"]]) == newer


# -- what is installed is checked every time it is used (issue 15, items 1 and 4) --------------


def installed_at(tmp_path, packs, keys, catalogue_file, seq=5) -> Path:
    data = tmp_path / "data"
    up.apply_update(packs[seq], [keys["public"]], catalogue_file, data)
    return data


def card_stop_number(path: Path) -> str:
    cat = Catalogue(path)
    try:
        return cat.service("card-stop").phones[0].number
    finally:
        cat.close()


def test_a_catalogue_planted_in_the_updates_folder_is_never_used(tmp_path, keys, catalogue_file,
                                                                 caplog):
    """Anyone who can write the shared folder can write state.json: it is not trusted."""
    data = tmp_path / "data"
    folder = data / "updates"
    folder.mkdir(parents=True)
    planted = folder / "catalogue-9.sqlite"
    planted.write_bytes(scam(catalogue_file.read_bytes(), tmp_path))
    conn = sqlite3.connect(planted)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('sequence', '9')")
    conn.commit()
    conn.close()
    (folder / "state.json").write_text(json.dumps({"current": "catalogue-9.sqlite",
                                                   "previous": None}))
    with pytest.raises(up.InstalledUpdateError, match="no signature beside it") as exc:
        up.verified_catalogue(catalogue_file, data, [keys["public"]])
    assert exc.value.kind == "unsigned" and exc.value.path == planted
    with caplog.at_level("WARNING"):
        used = up.effective_shipped_catalogue(catalogue_file, data, [keys["public"]])
    assert used == catalogue_file and card_stop_number(used) == "078 170 170"
    assert "not used" in caplog.text                       # loud, not silent
    assert planted.is_file()                               # evidence kept


def test_a_planted_catalogue_beside_a_genuine_signed_header_is_refused(
        tmp_path, packs, keys, catalogue_file):
    data = installed_at(tmp_path, packs, keys, catalogue_file)
    installed_file = data / "updates" / "catalogue-5.sqlite"
    scam_db = scam(installed_file.read_bytes(), tmp_path)
    installed_file.write_bytes(scam_db)
    with pytest.raises(up.InstalledUpdateError, match="differs from the catalogue that was "
                                                      "signed") as exc:
        up.verified_catalogue(catalogue_file, data, [keys["public"]])
    assert exc.value.kind == "digest"
    assert up.effective_shipped_catalogue(catalogue_file, data, [keys["public"]]) == catalogue_file


@pytest.mark.parametrize("damage", ["header", "signature", "wrong_key", "bytes", "zero",
                                    "state_path", "state_garbage", "state_deep", "missing"])
def test_every_damaged_or_changed_installed_update_is_refused_with_its_reason(
        tmp_path, packs, keys, catalogue_file, damage):
    data = installed_at(tmp_path, packs, keys, catalogue_file)
    folder = data / "updates"
    trust = [keys["public"]]
    assert up.verified_catalogue(catalogue_file, data, trust).update.sequence == 5
    if damage == "header":
        p = folder / "catalogue-5.update.json"
        p.write_bytes(p.read_bytes().replace(b'"sequence": 5', b'"sequence": 50'))
    elif damage == "signature":
        (folder / "catalogue-5.update.sig").write_bytes(b"AAAA\n")
    elif damage == "wrong_key":
        trust = [keys["other_public"]]
    elif damage == "bytes":
        p = folder / "catalogue-5.sqlite"
        raw = bytearray(p.read_bytes())
        raw[len(raw) // 2] ^= 0xFF                          # one bit flip, mid-file
        p.write_bytes(bytes(raw))
    elif damage == "zero":
        (folder / "catalogue-5.sqlite").write_bytes(b"")
    elif damage == "state_path":
        (folder / "state.json").write_text(json.dumps({"current": "../../../etc/passwd"}))
    elif damage == "state_garbage":
        (folder / "state.json").write_bytes(b"\x00\xff not json")
    elif damage == "state_deep":
        (folder / "state.json").write_text("[" * 5000 + "]" * 5000)
    elif damage == "missing":
        (folder / "catalogue-5.sqlite").unlink()
    with pytest.raises(up.InstalledUpdateError) as exc:
        up.verified_catalogue(catalogue_file, data, trust)
    assert exc.value.kind == {"header": "tampered", "signature": "tampered",
                              "wrong_key": "wrong_key", "bytes": "digest", "zero": "digest",
                              "state_path": "missing", "state_garbage": "damaged",
                              "state_deep": "damaged", "missing": "missing"}[damage]
    assert str(exc.value)
    assert up.effective_shipped_catalogue(catalogue_file, data, trust) == catalogue_file


def test_an_installed_update_needs_a_trusted_key_to_be_used(tmp_path, packs, keys,
                                                            catalogue_file):
    data = installed_at(tmp_path, packs, keys, catalogue_file)
    with pytest.raises(up.InstalledUpdateError, match="trusts no key") as exc:
        up.verified_catalogue(catalogue_file, data, [])
    assert exc.value.kind == "no_keys"
    # no update installed: nothing to check, no key needed
    assert up.verified_catalogue(catalogue_file, tmp_path / "empty", []).path == catalogue_file


def test_an_update_installed_by_the_older_program_is_not_trusted_on_its_word(
        tmp_path, packs, keys, catalogue_file):
    data = installed_at(tmp_path, packs, keys, catalogue_file)
    for suffix in (".update.json", ".update.sig"):
        (data / "updates" / f"catalogue-5{suffix}").unlink()
    with pytest.raises(up.InstalledUpdateError) as exc:
        up.verified_catalogue(catalogue_file, data, [keys["public"]])
    assert exc.value.kind == "unsigned" and "apply the signed update file again" in str(exc.value)
    # applying it again (a newer one) works and is verified
    up.apply_update(packs[7], [keys["public"]], catalogue_file, data)
    assert up.verified_catalogue(catalogue_file, data, [keys["public"]]).update.sequence == 7


# -- expiry (issue 15, item 10) ----------------------------------------------------------------


def test_an_expired_update_is_never_applied_but_an_installed_one_keeps_working(
        tmp_path, keys, catalogue_file):
    import datetime as dt

    made = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    path = tmp_path / "jan.einclusie-update"
    info = up.pack(catalogue_file, keys["private"], path, 11, created=made,
                   expires=made + dt.timedelta(days=30))
    assert info.expires.startswith("2026-01-31")
    data = tmp_path / "data"
    # applied in time
    up.apply_update(path, [keys["public"]], catalogue_file, data,
                    now=made + dt.timedelta(days=10))
    # a site offline for a year keeps using what it applied
    assert up.verified_catalogue(catalogue_file, data, [keys["public"]]).update.sequence == 11
    # the same, validly signed file replayed after its expiry: refused
    with pytest.raises(up.UpdateError, match="expired on 2026-01-31") as exc:
        up.verify(path, [keys["public"]], now=made + dt.timedelta(days=31))
    assert exc.value.kind == "expired" and "clock" in str(exc.value)


def test_the_default_expiry_and_the_expires_flag(tmp_path, keys, catalogue_file):
    import datetime as dt

    info = up.pack(catalogue_file, keys["private"], tmp_path / "a.einclusie-update", 3)
    created = dt.datetime.fromisoformat(info.created)
    assert dt.datetime.fromisoformat(info.expires) - created == dt.timedelta(
        days=up.DEFAULT_VALIDITY_DAYS)
    now = dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc)
    assert up.parse_expires("30", now) == now + dt.timedelta(days=30)
    assert up.parse_expires("2027-03-31", now).isoformat() == "2027-03-31T23:59:59+00:00"
    for bad in ("2020-01-01", "tomorrow", "0"):
        with pytest.raises(up.UpdateError):
            up.parse_expires(bad, now)


def test_a_package_of_the_older_format_without_expiry_is_refused(tmp_path, keys, packs):
    from einclusie_app.core.updates import load_private_key

    old = tmp_path / "old.einclusie-update"
    key = load_private_key(keys["private"])

    def older(header: bytes) -> bytes:
        head = json.loads(header)
        head["format"] = "einclusie-update/1"
        head.pop("expires")
        return json.dumps(head).encode()

    resign(packs[5], old, key, header=older)
    with pytest.raises(up.UpdateError, match="no expiry") as exc:
        up.verify(old, [keys["public"]])
    assert exc.value.kind == "old_format"


def resign(src: Path, dst: Path, key, header=None, payload=None, extra=None) -> None:
    """A package with its header (and payload) changed and signed again with ``key``."""
    import base64
    import hashlib

    with zipfile.ZipFile(src) as zin:
        members = {n: zin.read(n) for n in zin.namelist()}
    if payload is not None:
        members[up.PAYLOAD] = payload(members[up.PAYLOAD])
        head = json.loads(members[up.HEADER])
        head["catalogue"]["sha256"] = hashlib.sha256(members[up.PAYLOAD]).hexdigest()
        head["catalogue"]["size"] = len(members[up.PAYLOAD])
        members[up.HEADER] = json.dumps(head, indent=2, sort_keys=True).encode()
    if header is not None:
        members[up.HEADER] = header(members[up.HEADER])
    members[up.SIGNATURE] = base64.b64encode(key.sign(members[up.HEADER]))
    members.update(extra or {})
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for n, data in members.items():
            zout.writestr(n, data)


# -- tampered files are messages, never tracebacks (issue 15, item 6) --------------------------


def _raw_zip_patch(src: Path, dst: Path, how: str) -> None:
    data = bytearray(src.read_bytes())
    if how == "encrypted":
        # set the "encrypted" bit in every local and central header
        for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            i = data.find(sig)
            while i != -1:
                data[i + off] |= 0x01
                i = data.find(sig, i + 4)
    elif how == "compression99":
        for sig, off in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
            i = data.find(sig)
            while i != -1:
                data[i + off:i + off + 2] = (99).to_bytes(2, "little")
                i = data.find(sig, i + 4)
    dst.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["encrypted", "compression99", "lzma", "deep_header",
                                 "huge_int_header", "truncated", "twice"])
def test_tampered_zip_files_are_refused_with_a_message(packs, keys, tmp_path, catalogue_file,
                                                       how):
    bad = tmp_path / f"{how}.einclusie-update"
    if how in ("encrypted", "compression99"):
        _raw_zip_patch(packs[5], bad, how)
    elif how == "lzma":
        with zipfile.ZipFile(packs[5]) as zin, zipfile.ZipFile(bad, "w", zipfile.ZIP_LZMA) as z:
            for n in zin.namelist():
                z.writestr(n, zin.read(n))
    elif how == "deep_header":
        rezip(packs[5], bad, change={up.HEADER: lambda d: b"[" * 30000 + b"]" * 30000})
    elif how == "huge_int_header":
        rezip(packs[5], bad, change={up.HEADER: lambda d: b'{"sequence": ' + b"9" * 5000 + b"}"})
    elif how == "truncated":
        raw = packs[5].read_bytes()
        bad.write_bytes(raw[: len(raw) * 2 // 3])
    elif how == "twice":
        with zipfile.ZipFile(packs[5]) as zin:
            members = [(n, zin.read(n)) for n in zin.namelist()]
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")                 # "Duplicate name": on purpose
            with zipfile.ZipFile(bad, "w") as z:
                for n, d in members + [(up.PAYLOAD, b"planted")]:
                    z.writestr(n, d)
    data = tmp_path / "data"
    with pytest.raises(up.UpdateError) as exc:
        up.apply_update(bad, [keys["public"]], catalogue_file, data)
    assert exc.value.kind in ("not_a_pack", "tampered") and bad.name in str(exc.value)
    assert not (data / "updates" / "state.json").exists()


# -- a municipality's key, limited to its municipalities (issue 15, item 10) -------------------


@pytest.fixture(scope="module")
def delegated(tmp_path_factory, keys, catalogue_file):
    """Beernem's own key, delegated by the central key for Beernem only."""
    from einclusie_app.core.catalogue import Catalogue as Cat

    folder = tmp_path_factory.mktemp("delegated")
    beernem = up.keygen(folder / "beernem")
    cat = Cat(catalogue_file)
    try:
        d = up.delegate(keys["private"], beernem[1], ["Beernem"], folder / "beernem.delegation",
                        cat.gazetteer, note="digipunten Beernem")
    finally:
        cat.close()
    assert d.names == ("Beernem",) and d.refnis == ("31003",)
    return {"private": beernem[0], "public": beernem[1], "delegation": folder / "beernem.delegation"}


def _local_pack(tmp_path, catalogue_file, delegated, change, seq=20, check=True):
    """Beernem's maintainer edits in their store and packs their merged view."""
    from dataclasses import replace as _replace

    from einclusie_app.core.localstore import LocalStore
    from einclusie_app.core.overlay import Workspace

    store = LocalStore(tmp_path / f"beernem-store-{seq}", counter="Beernem")
    ws = Workspace(catalogue_file, store, tmp_path / f"beernem-cache-{seq}")
    try:
        rid, fields = change
        ws.save(_replace(ws.record(rid), **fields))
        out = tmp_path / f"beernem-{seq}.einclusie-update"
        if check:
            up.pack_local_changes(ws, delegated["private"], delegated["delegation"], out, seq)
        else:
            import unittest.mock

            with unittest.mock.patch.object(up, "_check_scope", lambda *a: None):
                up.pack_local_changes(ws, delegated["private"], delegated["delegation"], out, seq)
        return out
    finally:
        ws.close()
        store.close()


def test_a_municipality_key_may_change_its_own_records(tmp_path, keys, catalogue_file, delegated):
    pack_file = _local_pack(tmp_path, catalogue_file, delegated,
                            ("beernem-covias-digipunt", {"alert": "Nieuw adres vanaf maart"}))
    data = tmp_path / "site"
    info = up.apply_update(pack_file, [keys["public"]], catalogue_file, data)
    assert info.scope == ("31003",) and info.scope_names == ("Beernem",)
    use = up.verified_catalogue(catalogue_file, data, [keys["public"]])
    cat = Catalogue(use.path)
    try:
        assert cat.service("beernem-covias-digipunt").record.alert == "Nieuw adres vanaf maart"
        assert cat.service("beernem-covias-digipunt").origin == "shipped"
    finally:
        cat.close()


def test_a_municipality_key_cannot_change_another_municipalitys_record(
        tmp_path, keys, catalogue_file, delegated):
    with pytest.raises(up.UpdateError, match="only records in Beernem; it also changes "
                                             "card-stop") as exc:
        _local_pack(tmp_path, catalogue_file, delegated,
                    ("card-stop", {"alert": "Bel 0903 99 99 99"}))
    assert exc.value.kind == "scope"
    # packed without that check (a forged packer): the counter refuses it all the same
    forged = _local_pack(tmp_path, catalogue_file, delegated,
                         ("card-stop", {"alert": "Bel 0903 99 99 99"}), seq=21, check=False)
    data = tmp_path / "site"
    before = snapshot(data)
    with pytest.raises(up.UpdateError) as exc:
        up.apply_update(forged, [keys["public"]], catalogue_file, data)
    assert exc.value.kind == "scope" and snapshot(data) == before


def test_a_municipality_key_cannot_hide_a_change_in_a_derived_table(
        tmp_path, keys, catalogue_file, delegated):
    from einclusie_app.core.updates import load_private_key

    good = _local_pack(tmp_path, catalogue_file, delegated,
                       ("beernem-covias-digipunt", {"alert": "x"}))
    forged = tmp_path / "forged.einclusie-update"
    # Card Stop's record stays as it was; only what the window shows of it is changed
    resign(good, forged, load_private_key(delegated["private"]),
           payload=lambda d: scam(d, tmp_path, record_too=False))
    with pytest.raises(up.UpdateError, match="not what its records make") as exc:
        up.apply_update(forged, [keys["public"]], catalogue_file, tmp_path / "site")
    assert exc.value.kind == "tampered"


def test_a_delegation_signed_by_an_untrusted_key_or_expired_is_refused(
        tmp_path, keys, catalogue_file, delegated):
    import datetime as dt

    pack_file = _local_pack(tmp_path, catalogue_file, delegated,
                            ("beernem-covias-digipunt", {"alert": "y"}))
    with pytest.raises(up.UpdateError) as exc:
        up.verify(pack_file, [keys["other_public"]])
    assert exc.value.kind == "wrong_key"
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=400)
    with pytest.raises(up.UpdateError, match="delegation of its key expired") as exc:
        up.verify(pack_file, [keys["public"]], now=later)
    assert exc.value.kind == "expired"
    # a delegation file is checked like the rest
    d = up.read_delegation(delegated["delegation"], [keys["public"]])
    assert d.key_id == up.key_id(up.load_public_key(delegated["public"]))


# -- killed while applying: the counter keeps a catalogue it can verify ------------------------

KILLED_APPLY = """
import os, sys
from pathlib import Path
from einclusie_app.core import updates as up

pack, trust, shipped, data, where = sys.argv[1:6]
if where == "payload":
    real = os.fsync
    os.fsync = lambda fd: os._exit(9)           # killed while the catalogue is being written
else:
    real_replace = os.replace
    def replace(src, dst):
        if Path(dst).name == "state.json":
            os._exit(9)                          # killed before switching to the new update
        return real_replace(src, dst)
    os.replace = replace
up.apply_update(Path(pack), [trust], Path(shipped), Path(data))
"""


@pytest.mark.parametrize("where", ["payload", "state"])
def test_a_kill_while_applying_leaves_the_previous_catalogue_in_use(
        packs, keys, tmp_path, catalogue_file, where):
    import subprocess
    import sys

    data = installed_at(tmp_path, packs, keys, catalogue_file, seq=5)
    proc = subprocess.run([sys.executable, "-c", KILLED_APPLY, str(packs[7]),
                           str(keys["public"]), str(catalogue_file), str(data), where],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 9, proc.stderr
    use = up.verified_catalogue(catalogue_file, data, [keys["public"]])
    assert use.update.sequence == 5                      # the state before the kill
    up.apply_update(packs[7], [keys["public"]], catalogue_file, data)
    assert up.verified_catalogue(catalogue_file, data, [keys["public"]]).update.sequence == 7
