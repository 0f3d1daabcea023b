"""Signed catalogue updates: one file from the central maintainer, checked before anything changes.

An update is one ZIP file (``.einclusie-update``) holding

* ``catalogue.sqlite``: a compiled catalogue (core/build.py), its ``meta`` stamped with the
  update's ``sequence`` and ``created`` time;
* ``update.json``: the header: format, sequence, created, and the catalogue's size and SHA-256;
* ``update.sig``: the Ed25519 signature (base64) of the exact bytes of ``update.json``.

So the signature covers the header, and the header pins the catalogue's digest: changing one
byte of either (a scam phone number slipped into the catalogue) breaks the check.

:func:`verify` refuses, with a message that says which, and changes nothing:
``not_a_pack`` (not an update file), ``unsigned`` (no signature), ``wrong_key`` (signed with a
key this site does not trust), ``tampered`` (changed after signing), ``older`` (a sequence not
newer than the catalogue in use), ``invalid`` (a catalogue this program cannot read).
:class:`UpdateError` carries the ``kind`` and the message.

Where updates live: the program folder is read-only, so :func:`apply_update` installs into
``<data folder>/updates/`` (the user's data folder, or the site's local-store folder), keeping the
catalogue in use as the one to roll back to. ``state.json`` there names the installed file and
the previous one; it is replaced atomically, so a crash leaves the old state or the new one,
never half. :func:`effective_shipped_catalogue` is what the program calls at start: the installed
update when its sequence is newer than the shipped file's, else the shipped file.
:func:`rollback` goes back one step.

Keys: :func:`keygen` writes the private key (PEM, PKCS #8, file mode 0600) and the public key
(PEM); :func:`load_public_key` also reads the one-line base64 form (:func:`public_key_text`) a site
configuration can hold. ``docs/updates.md`` is the maintainer's how-to.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

__all__ = [
    "PACK_FORMAT", "UpdateError", "PackInfo", "keygen", "load_private_key", "load_public_key",
    "public_key_text", "key_id", "pack", "verify", "apply_update", "rollback", "installed",
    "effective_shipped_catalogue", "catalogue_sequence",
]

PACK_FORMAT = "einclusie-update/1"
HEADER, SIGNATURE, PAYLOAD = "update.json", "update.sig", "catalogue.sqlite"
UPDATES_DIR = "updates"
STATE_FILE = "state.json"
#: A catalogue larger than this is not read from an update file (a guard, not a limit in use).
MAX_CATALOGUE_BYTES = 2 * 1024 ** 3


class UpdateError(RuntimeError):
    """An update refused (or a key file unusable). ``kind`` says which; the message says why."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class PackInfo:
    """What an update's (verified) header says."""

    sequence: int
    created: str
    sha256: str
    size: int
    services: int
    schema_version: int
    key_id: str
    note: str = ""


# ---------------------------------------------------------------------------------------------
# Keys


def key_id(public: Ed25519PublicKey) -> str:
    """A short name of a public key: the first 16 hex digits of the SHA-256 of its raw bytes."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_key_text(public: Ed25519PublicKey) -> str:
    """The public key as one line of base64 (its 32 raw bytes), for a site configuration."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def keygen(prefix: Path) -> tuple[Path, Path]:
    """Make a key pair: ``PREFIX.key`` (private, mode 0600) and ``PREFIX.pub`` (public, PEM).

    Refuses to overwrite an existing file."""
    prefix = Path(prefix)
    private_path = prefix.with_name(prefix.name + ".key")
    public_path = prefix.with_name(prefix.name + ".pub")
    for p in (private_path, public_path):
        if p.exists():
            raise UpdateError("exists", f"{p} already exists; a key is never overwritten. "
                                        "Choose another name.")
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    prefix.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    public_path.write_bytes(public_pem)
    return private_path, public_path


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UpdateError("key", f"The key file {path} cannot be read ({exc.strerror}).") from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise UpdateError("key", f"{path} is not an unencrypted private key in PEM form "
                                 f"({exc}).") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise UpdateError("key", f"{path} is not an Ed25519 key.")
    return key


def load_public_key(value: str | Path | Ed25519PublicKey) -> Ed25519PublicKey:
    """A trusted public key: a key object, a PEM file, PEM text, or one line of base64."""
    if isinstance(value, Ed25519PublicKey):
        return value
    text = str(value).strip()
    data: bytes | None = None
    if isinstance(value, Path) or ("-----BEGIN" not in text and os.path.isfile(text)):
        try:
            data = Path(text).read_bytes()
        except OSError as exc:
            raise UpdateError("key", f"The key file {text} cannot be read "
                                     f"({exc.strerror}).") from None
        text = data.decode("ascii", "replace").strip()
    try:
        if "-----BEGIN" in text:
            key = serialization.load_pem_public_key(text.encode())
        else:
            raw = base64.b64decode(text, validate=True)
            key = Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, TypeError):
        raise UpdateError("key", f"{str(value)[:60]!r} is not an Ed25519 public key (PEM, or "
                                 "base64 of its 32 bytes).") from None
    if not isinstance(key, Ed25519PublicKey):
        raise UpdateError("key", f"{str(value)[:60]!r} is not an Ed25519 public key.")
    return key


# ---------------------------------------------------------------------------------------------
# Catalogue files


def _meta(path: Path) -> dict[str, str]:
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        return dict(conn.execute("SELECT key, value FROM meta"))
    finally:
        conn.close()


def catalogue_sequence(path: Path) -> int:
    """The update sequence stamped in a catalogue's ``meta`` (0 for a file never packed)."""
    try:
        return int(_meta(path).get("sequence", "0"))
    except (sqlite3.Error, ValueError):
        return 0


def _check_catalogue(path: Path) -> tuple[int, int]:
    """(schema version, services) of a catalogue this program can read; UpdateError if not."""
    from .catalogue import Catalogue, CatalogueError

    try:
        cat = Catalogue(path)
    except CatalogueError as exc:
        raise UpdateError("invalid", str(exc)) from None
    try:
        ok = cat.conn.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise UpdateError("invalid", f"{path} is damaged ({ok}).")
        version = cat.conn.execute("PRAGMA user_version").fetchone()[0]
        return version, cat.count()
    except sqlite3.DatabaseError as exc:
        raise UpdateError("invalid", f"{path} is not a catalogue file ({exc}).") from None
    finally:
        cat.close()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# ---------------------------------------------------------------------------------------------
# Making an update


def pack(catalogue: Path, key: Path | Ed25519PrivateKey, out: Path, sequence: int,
         note: str = "", created: dt.datetime | None = None) -> PackInfo:
    """Sign ``catalogue`` as update number ``sequence`` into the file ``out``."""
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 1:
        raise UpdateError("sequence", f"the sequence must be a whole number of at least 1, not "
                                      f"{sequence!r}")
    private = key if isinstance(key, Ed25519PrivateKey) else load_private_key(Path(key))
    created_text = (created or dt.datetime.now(dt.timezone.utc)).astimezone(
        dt.timezone.utc).isoformat(timespec="seconds")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        copy = Path(tmp) / PAYLOAD
        shutil.copyfile(catalogue, copy)
        _check_catalogue(copy)
        conn = sqlite3.connect(copy)
        try:
            conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                             [("sequence", str(sequence)), ("created", created_text)])
            conn.commit()
        finally:
            conn.close()
        version, services = _check_catalogue(copy)
        info = PackInfo(sequence, created_text, _sha256(copy), copy.stat().st_size, services,
                        version, key_id(private.public_key()), note)
        header = json.dumps({
            "format": PACK_FORMAT, "sequence": info.sequence, "created": info.created,
            "note": note, "key_id": info.key_id,
            "catalogue": {"file": PAYLOAD, "sha256": info.sha256, "size": info.size,
                          "services": info.services, "schema_version": info.schema_version},
        }, indent=2, sort_keys=True).encode() + b"\n"
        signature = base64.b64encode(private.sign(header)) + b"\n"
        part = out.with_name(out.name + ".part")
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(HEADER, header)
            zf.writestr(SIGNATURE, signature)
            zf.write(copy, PAYLOAD)
        os.replace(part, out)
    return info


# ---------------------------------------------------------------------------------------------
# Checking an update


def _read_member(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    info = zf.getinfo(name)
    if info.file_size > limit:
        raise UpdateError("tampered", f"{name} in the update is larger than its header allows.")
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise UpdateError("tampered", f"{name} in the update is larger than its header allows.")
    return data


def verify(path: Path, trusted: Sequence[str | Path | Ed25519PublicKey],
           installed_sequence: int | None = None, *, payload_to: Path | None = None) -> PackInfo:
    """Check an update file; raise :class:`UpdateError` (nothing changes) or return its header.

    ``trusted``: the public keys of the site configuration. ``installed_sequence``: the sequence
    of the catalogue in use; an update not newer than it is refused as ``older``.
    ``payload_to``: also write the verified catalogue there.
    """
    path = Path(path)
    keys = [load_public_key(k) for k in trusted]
    if not keys:
        raise UpdateError("no_keys", "No public key is trusted on this computer, so no update can "
                                     "be checked. The site configuration must name the central "
                                     "maintainer's public key.")
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UpdateError("not_a_pack", f"{name} is not a catalogue update file "
                                        f"({getattr(exc, 'strerror', None) or exc}).") from None
    with zf:
        names = set(zf.namelist())
        if HEADER not in names or PAYLOAD not in names:
            raise UpdateError("not_a_pack", f"{name} is not a catalogue update file (it has no "
                                            f"{HEADER} and {PAYLOAD}).")
        if SIGNATURE not in names:
            raise UpdateError("unsigned", f"{name} is not signed; an unsigned update is never "
                                          "applied. Ask the central maintainer for the signed "
                                          "file.")
        header_bytes = _read_member(zf, HEADER, 1 << 16)
        signature_text = _read_member(zf, SIGNATURE, 1024).strip()
        if not signature_text:
            raise UpdateError("unsigned", f"{name} is not signed (its signature is empty); an "
                                          "unsigned update is never applied.")
        try:
            header = json.loads(header_bytes)
            signature = base64.b64decode(signature_text, validate=True)
        except ValueError:
            raise UpdateError("tampered", f"{name} has been changed: its header or signature "
                                          "cannot be read.") from None
        signer = None
        for k in keys:
            try:
                k.verify(signature, header_bytes)
            except InvalidSignature:
                continue
            signer = k
            break
        if signer is None:
            claimed = header.get("key_id") if isinstance(header, dict) else None
            if claimed in {key_id(k) for k in keys}:
                raise UpdateError("tampered", f"{name} has been changed after it was signed; "
                                              "it is refused and nothing changed.")
            trusted_ids = ", ".join(key_id(k) for k in keys)
            raise UpdateError("wrong_key", f"{name} is signed with a key this site does not "
                                           f"trust (key {claimed or 'unknown'}; trusted: "
                                           f"{trusted_ids}); it is refused and nothing changed.")
        try:
            cat = header["catalogue"]
            info = PackInfo(int(header["sequence"]), str(header["created"]), str(cat["sha256"]),
                            int(cat["size"]), int(cat["services"]), int(cat["schema_version"]),
                            key_id(signer), str(header.get("note", "")))
            if header.get("format") != PACK_FORMAT:
                raise KeyError("format")
        except (KeyError, TypeError, ValueError):
            raise UpdateError("not_a_pack", f"{name} is signed, but its header is not a "
                                            f"{PACK_FORMAT} header; update the program.") from None
        if zf.getinfo(PAYLOAD).file_size != info.size or info.size > MAX_CATALOGUE_BYTES:
            raise UpdateError("tampered", f"{name} has been changed after it was signed (the "
                                          "catalogue's size differs); nothing changed.")
        h = hashlib.sha256()
        out = open(payload_to, "wb") if payload_to is not None else None
        try:
            with zf.open(PAYLOAD) as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
                    if out is not None:
                        out.write(block)
            if out is not None:
                out.flush()
                os.fsync(out.fileno())
        except (zipfile.BadZipFile, OSError) as exc:
            raise UpdateError("tampered", f"{name} cannot be read whole ({exc}).") from None
        finally:
            if out is not None:
                out.close()
        if h.hexdigest() != info.sha256:
            raise UpdateError("tampered", f"{name} has been changed after it was signed (the "
                                          "catalogue inside differs from the signed digest); "
                                          "it is refused and nothing changed.")
    if installed_sequence is not None and info.sequence <= installed_sequence:
        raise UpdateError("older", f"{name} is update {info.sequence}, but this computer "
                                   f"already has update {installed_sequence}; an older or "
                                   "the same update is refused and nothing changed.")
    return info


# ---------------------------------------------------------------------------------------------
# Installing and rolling back


def _updates(data_dir: Path) -> Path:
    return Path(data_dir) / UPDATES_DIR


def installed(data_dir: Path) -> dict:
    """``{"current": file or None, "previous": file or None}`` (None: the shipped catalogue)."""
    state_path = _updates(data_dir) / STATE_FILE
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
        return {"current": state.get("current"), "previous": state.get("previous")}
    except (OSError, ValueError, AttributeError):
        return {"current": None, "previous": None}


def _write_state(data_dir: Path, state: dict) -> None:
    folder = _updates(data_dir)
    tmp = folder / (STATE_FILE + f".{os.getpid()}.part")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(state, fh, indent=2, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, folder / STATE_FILE)


def _clean(data_dir: Path, state: dict) -> None:
    keep = {state.get("current"), state.get("previous")}
    keep |= {Path(k).with_suffix(".json").name for k in keep if k}
    for p in _updates(data_dir).glob("catalogue-*"):
        if p.name not in keep and not p.name.endswith(".part"):
            try:
                p.unlink()
            except OSError:
                pass  # still open somewhere (Windows): next time


def effective_shipped_catalogue(shipped_path: Path, data_dir: Path) -> Path:
    """The catalogue the program should use as "shipped": an installed update when it is newer
    than the shipped file (by sequence) and readable, else the shipped file."""
    current = installed(data_dir)["current"]
    if not current:
        return Path(shipped_path)
    path = _updates(data_dir) / current
    if not path.is_file():
        return Path(shipped_path)
    try:
        _check_catalogue(path)
    except UpdateError:
        return Path(shipped_path)
    if catalogue_sequence(path) > catalogue_sequence(Path(shipped_path)):
        return path
    return Path(shipped_path)


def apply_update(path: Path, trusted: Sequence[str | Path | Ed25519PublicKey],
                 shipped_path: Path, data_dir: Path) -> PackInfo:
    """Verify an update and install it; the catalogue in use is kept for :func:`rollback`.

    Raises :class:`UpdateError` (nothing changed) when the file is refused."""
    current = effective_shipped_catalogue(shipped_path, data_dir)
    folder = _updates(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / f"incoming.{os.getpid()}.part"
    try:
        info = verify(path, trusted, catalogue_sequence(current), payload_to=part)
        version, services = _check_catalogue(part)
        if catalogue_sequence(part) != info.sequence:
            raise UpdateError("tampered", f"{Path(path).name}: the catalogue's own sequence "
                                          "differs from the signed header; nothing changed.")
        name = f"catalogue-{info.sequence}.sqlite"
        os.replace(part, folder / name)
        (folder / f"catalogue-{info.sequence}.json").write_text(
            json.dumps(info.__dict__, indent=2, sort_keys=True), encoding="utf-8")
        state = installed(data_dir)
        in_use = state["current"] if current != Path(shipped_path) else None
        new_state = {"current": name, "previous": in_use}
        _write_state(data_dir, new_state)
        _clean(data_dir, new_state)
        return info
    finally:
        if part.exists():
            part.unlink()


def rollback(shipped_path: Path, data_dir: Path) -> Path:
    """Go back to the catalogue in use before the last update; returns the one now in use."""
    state = installed(data_dir)
    if not state["current"]:
        raise UpdateError("nothing", "No update is installed: the program already uses the "
                                     "catalogue it came with.")
    new_state = {"current": state["previous"], "previous": None}
    _write_state(data_dir, new_state)
    _clean(data_dir, new_state)
    return effective_shipped_catalogue(shipped_path, data_dir)
