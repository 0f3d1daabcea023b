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


def scam(data: bytes, tmp_path: Path) -> bytes:
    """The catalogue with Card Stop's number replaced by a premium-rate number."""
    db = tmp_path / "scam.sqlite"
    db.write_bytes(data)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE phone SET number = '0903 99 99 99', display = '0903 99 99 99', "
                 "tel = '+3290399999' WHERE service_id = 'card-stop'")
    record = json.loads(conn.execute("SELECT record FROM service WHERE id = 'card-stop'").fetchone()[0])
    record["phones"][0]["number"] = "0903 99 99 99"
    conn.execute("UPDATE service SET record = ? WHERE id = 'card-stop'", (json.dumps(record),))
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
    assert up.effective_shipped_catalogue(catalogue_file, data) == catalogue_file
    info = up.apply_update(packs[5], [keys["public"]], catalogue_file, data)
    current = up.effective_shipped_catalogue(catalogue_file, data)
    assert current != catalogue_file and up.catalogue_sequence(current) == 5 == info.sequence
    cat = Catalogue(current)
    assert cat.count() == info.services and cat.meta()["sequence"] == "5"
    cat.close()
    up.apply_update(packs[7], [keys["public"]], catalogue_file, data)
    assert up.catalogue_sequence(up.effective_shipped_catalogue(catalogue_file, data)) == 7
    assert up.installed(data) == {"current": "catalogue-7.sqlite",
                                  "previous": "catalogue-5.sqlite"}
    assert up.catalogue_sequence(up.rollback(catalogue_file, data)) == 5
    assert up.rollback(catalogue_file, data) == catalogue_file
    with pytest.raises(up.UpdateError, match="No update is installed"):
        up.rollback(catalogue_file, data)
    # an update rolled back may be applied again
    up.apply_update(packs[7], [keys["public"]], catalogue_file, data)
    assert sorted(p.name for p in (data / "updates").iterdir()) == [
        "catalogue-7.json", "catalogue-7.sqlite", "state.json"]


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
    cat = Catalogue(up.effective_shipped_catalogue(catalogue_file, data))
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
    assert up.effective_shipped_catalogue(newer, data) == newer


def test_a_damaged_installed_file_falls_back_to_the_shipped_one(packs, keys, tmp_path,
                                                               catalogue_file):
    data = tmp_path / "data"
    up.apply_update(packs[5], [keys["public"]], catalogue_file, data)
    (data / "updates" / "catalogue-5.sqlite").write_bytes(b"garbage")
    assert up.effective_shipped_catalogue(catalogue_file, data) == catalogue_file
