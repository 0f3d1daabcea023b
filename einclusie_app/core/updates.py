"""Signed catalogue updates: one file from the central maintainer, checked before anything changes,
and checked again every time the program uses it.

An update is one ZIP file (``.einclusie-update``) holding

* ``catalogue.sqlite``: a compiled catalogue (core/build.py), its ``meta`` stamped with the
  update's ``sequence`` and ``created`` time;
* ``update.json``: the header: format, sequence, created, **expires**, and the catalogue's size
  and SHA-256;
* ``update.sig``: the Ed25519 signature (base64) of the exact bytes of ``update.json``;
* for a package signed by a municipality's key: ``delegation.json`` and ``delegation.sig``, the
  central key's signed statement that this key may change the records of the municipalities it
  names (and nothing else), until a date.

So the signature covers the header, and the header pins the catalogue's digest: changing one
byte of either (a scam phone number slipped into the catalogue) breaks the check.

:func:`verify` refuses, with a message that says which, and changes nothing:
``not_a_pack`` (not an update file, or a ZIP this program does not open: encrypted members, other
compression), ``unsigned`` (no signature), ``wrong_key`` (signed with a key this site does not
trust), ``tampered`` (changed after signing), ``expired`` (past its expiry date: an old file is
never replayed), ``older`` (a sequence not newer than the catalogue in use), ``invalid`` (a
catalogue this program cannot read), ``scope`` (a municipality's key changing records outside
its municipalities), ``old_format`` (a package without an expiry, made by an older program).
:class:`UpdateError` carries the ``kind`` and the message.

Where updates live: the program folder is read-only, so :func:`apply_update` installs into
``<data folder>/updates/`` (the user's data folder, or the site's local-store folder, possibly a
shared drive): ``catalogue-<sequence>.sqlite`` with the signed header and signature beside it
(``catalogue-<sequence>.update.json`` / ``.update.sig``, plus the delegation when there is one).
``state.json`` names the installed file and the previous one; it is replaced atomically, so a
crash leaves the old state or the new one, never half.

Anyone who can write that folder can write every file in it, ``state.json`` included. So the
program never trusts ``state.json``: :func:`verified_catalogue` checks, at every start, the kept
signature against the site's trusted public keys and the catalogue's SHA-256 against the signed
header, and refuses (:class:`InstalledUpdateError`) a planted, unsigned, changed or damaged file;
the caller then falls back to the shipped catalogue and says so. :func:`effective_shipped_catalogue`
does that fallback (and logs a warning). :func:`rollback` goes back one step.

Keys: :func:`keygen` writes the private key (PEM, PKCS #8, file mode 0600) and the public key
(PEM); :func:`load_public_key` also reads the one-line base64 form (:func:`public_key_text`) a site
configuration can hold. :func:`delegate` writes a delegation. ``docs/updates.md`` is the
maintainer's how-to, key rotation included.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

__all__ = [
    "PACK_FORMAT", "DELEGATION_FORMAT", "DEFAULT_VALIDITY_DAYS", "UpdateError",
    "InstalledUpdateError", "PackInfo", "Delegation", "CatalogueInUse", "keygen",
    "load_private_key", "load_public_key", "public_key_text", "key_id", "pack", "delegate",
    "read_delegation", "parse_expires", "verify", "apply_update", "rollback", "installed",
    "verified_catalogue", "effective_shipped_catalogue", "catalogue_sequence", "file_sha256",
]

log = logging.getLogger(__name__)

PACK_FORMAT = "einclusie-update/2"
#: Formats of older programs: signed, but without an expiry (they could be replayed for ever).
OLD_FORMATS = ("einclusie-update/1",)
DELEGATION_FORMAT = "einclusie-delegation/1"
HEADER, SIGNATURE, PAYLOAD = "update.json", "update.sig", "catalogue.sqlite"
DELEGATION, DELEGATION_SIG = "delegation.json", "delegation.sig"
UPDATES_DIR = "updates"
STATE_FILE = "state.json"
#: An update packed without ``expires`` is valid this long after it was made.
DEFAULT_VALIDITY_DAYS = 90
#: A catalogue larger than this is not read from an update file (a guard, not a limit in use).
MAX_CATALOGUE_BYTES = 2 * 1024 ** 3
_INSTALLED_RE = re.compile(r"^catalogue-(\d{1,20})\.sqlite$")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


class UpdateError(RuntimeError):
    """An update refused (or a key file unusable). ``kind`` says which; the message says why."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class InstalledUpdateError(UpdateError):
    """The installed update cannot be used: :func:`verified_catalogue` refused it.

    ``kind``: ``unsigned`` (no kept signature beside it: planted, or installed by an older
    program), ``wrong_key`` (its signature is by no key this site trusts), ``tampered`` (its
    signed header or signature was changed), ``digest`` (the catalogue differs from the signed
    digest: changed or damaged since it was installed), ``missing`` (``state.json`` names a file
    that is not there, or a name that is no installed catalogue), ``damaged`` (``state.json``
    cannot be read), ``no_keys`` (this site trusts no key, so nothing can be checked).
    ``path``: the file refused (None when there is none)."""

    def __init__(self, kind: str, message: str, path: Path | None = None):
        super().__init__(kind, message)
        self.path = path


@dataclass(frozen=True)
class PackInfo:
    """What an update's (verified) header says.

    ``scope``: the REFNIS codes of the municipalities whose records the update may change (a
    municipality's delegated key); empty: the whole catalogue (a key the site trusts)."""

    sequence: int
    created: str
    sha256: str
    size: int
    services: int
    schema_version: int
    key_id: str
    note: str = ""
    expires: str = ""
    scope: tuple[str, ...] = ()
    scope_names: tuple[str, ...] = ()
    base_sha256: str = ""


@dataclass(frozen=True)
class Delegation:
    """The central key's word that ``key`` may change the records of these municipalities."""

    key: Ed25519PublicKey
    key_id: str
    refnis: tuple[str, ...]
    names: tuple[str, ...]
    created: str
    expires: str
    signed_by: str          # key id of the trusted key that signed it
    note: str = ""


@dataclass(frozen=True)
class CatalogueInUse:
    """The catalogue the program should open as "shipped" (:func:`verified_catalogue`).

    ``update``: the verified header of the installed update in use; None: the shipped file
    (no update installed, or the shipped file is newer)."""

    path: Path
    update: PackInfo | None = None


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


def _keys(trusted: Sequence[str | Path | Ed25519PublicKey]) -> list[Ed25519PublicKey]:
    keys = [load_public_key(k) for k in trusted]
    if not keys:
        raise UpdateError("no_keys", "No public key is trusted on this computer, so no update can "
                                     "be checked. The site configuration must name the central "
                                     "maintainer's public key.")
    return keys


def _signer(keys: Sequence[Ed25519PublicKey], signature: bytes,
            data: bytes) -> Ed25519PublicKey | None:
    for k in keys:
        try:
            k.verify(signature, data)
        except InvalidSignature:
            continue
        return k
    return None


# ---------------------------------------------------------------------------------------------
# Times


def _utc(moment: dt.datetime | None) -> dt.datetime:
    moment = moment or dt.datetime.now(dt.timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc)


def _iso(moment: dt.datetime) -> str:
    return _utc(moment).isoformat(timespec="seconds")


def _parse_time(text: Any) -> dt.datetime | None:
    if not isinstance(text, str) or len(text) > 40:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def parse_expires(text: str, now: dt.datetime | None = None) -> dt.datetime:
    """``--expires``: a date (``2027-03-31``: valid through that day, UTC), a moment in ISO form,
    or a number of days from now (``120``). Raises UpdateError("expires") otherwise."""
    t = (text or "").strip()
    now = _utc(now)
    if re.fullmatch(r"\d{1,5}", t):
        days = int(t)
        if days < 1:
            raise UpdateError("expires", "--expires: at least 1 day")
        return now + dt.timedelta(days=days)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
            day = dt.date.fromisoformat(t)
            moment = dt.datetime.combine(day, dt.time(23, 59, 59), dt.timezone.utc)
        else:
            moment = _utc(dt.datetime.fromisoformat(t))
    except ValueError:
        raise UpdateError("expires", f"--expires {t!r}: give a date (2027-03-31) or a number "
                                     "of days (120)") from None
    if moment <= now:
        raise UpdateError("expires", f"--expires {t!r} lies in the past")
    return moment


def _expired_message(what: str, expires: str, now: dt.datetime) -> str:
    return (f"{what} expired on {expires[:10]} (this computer's clock says "
            f"{_iso(now)[:16].replace('T', ' ')} UTC). An expired file is never applied, so that "
            "an old catalogue cannot be slipped in again. Ask the central maintainer for a "
            "current file; if the date above is wrong, set this computer's clock right.")


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


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read in 1 MB blocks (about 0.1 s for 100 MB on a desk PC)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


_sha256 = file_sha256


# ---------------------------------------------------------------------------------------------
# Delegations: a municipality's key, limited to its municipalities


def delegate(central: Path | Ed25519PrivateKey, public: str | Path | Ed25519PublicKey,
             municipalities: Sequence[str], out: Path, gazetteer,
             expires: dt.datetime | None = None, note: str = "",
             created: dt.datetime | None = None) -> Delegation:
    """Write ``out``: the central key's signed statement that ``public`` may sign updates that
    change only the records of ``municipalities`` (names or REFNIS codes the ``gazetteer`` knows),
    until ``expires`` (default: one year). The file goes into that key's update packages
    (:func:`pack` ``delegation=``); sites need no new configuration."""
    from .gazetteer import GazetteerError

    private = central if isinstance(central, Ed25519PrivateKey) else load_private_key(central)
    key = load_public_key(public)
    if key_id(key) == key_id(private.public_key()):
        raise UpdateError("delegation", "a key cannot be delegated to itself")
    refnis, names = [], []
    for m in municipalities:
        text = str(m).strip()
        try:
            if re.fullmatch(r"\d{5}", text):
                place = gazetteer.municipality(text)
                code, name = place.refnis, place.municipality_nl
            else:
                _kind, code = gazetteer.area(f"municipality:{text}")
                name = gazetteer.area_label(f"municipality:{text}")
        except (GazetteerError, KeyError):
            raise UpdateError("delegation", f"{text!r} is not a municipality (use its Dutch name "
                                            "or its REFNIS code)") from None
        if code not in refnis:
            refnis.append(code)
            names.append(name)
    if not refnis:
        raise UpdateError("delegation", "name at least one municipality")
    created_at = _utc(created)
    until = _utc(expires) if expires is not None else created_at + dt.timedelta(days=365)
    body = json.dumps({
        "format": DELEGATION_FORMAT, "key": public_key_text(key), "key_id": key_id(key),
        "municipalities": [{"refnis": c, "name": n} for c, n in zip(refnis, names)],
        "created": _iso(created_at), "expires": _iso(until), "note": note,
        "signed_by": key_id(private.public_key()),
    }, indent=2, sort_keys=True).encode() + b"\n"
    sig = base64.b64encode(private.sign(body)) + b"\n"
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_name(out.name + ".part")
    with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(DELEGATION, body)
        zf.writestr(DELEGATION_SIG, sig)
    os.replace(part, out)
    return Delegation(key, key_id(key), tuple(refnis), tuple(names), _iso(created_at),
                      _iso(until), key_id(private.public_key()), note)


def _signature(text: bytes, name: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except ValueError:
        raise UpdateError("tampered", f"{name} has been changed: {what} cannot be "
                                      "read.") from None


def _parse_delegation(body: bytes, sig_text: bytes, keys: Sequence[Ed25519PublicKey],
                      name: str, now: dt.datetime) -> Delegation:
    signature = _signature(sig_text, name, "its delegation's signature")
    signer = _signer(keys, signature, body)
    if signer is None:
        raise UpdateError("wrong_key", f"{name} is signed with a key this site does not trust, "
                                       "and its delegation is not signed by a trusted key either; "
                                       "it is refused and nothing changed.")
    data = _json(body, name, "delegation")
    try:
        if data["format"] != DELEGATION_FORMAT:
            raise ValueError
        key = load_public_key(str(data["key"]))
        munis = data["municipalities"]
        refnis = tuple(str(m["refnis"]) for m in munis)
        names = tuple(str(m["name"]) for m in munis)
        expires = str(data["expires"])
        until = _parse_time(expires)
        if until is None or not refnis:
            raise ValueError
    except (KeyError, TypeError, ValueError, UpdateError):
        raise UpdateError("not_a_pack", f"{name}: its delegation is signed but cannot be read; "
                                        "update the program.") from None
    if until < now:
        raise UpdateError("expired", _expired_message(f"{name}: the delegation of its key",
                                                      expires, now))
    return Delegation(key, key_id(key), refnis, names, str(data.get("created", "")), expires,
                      key_id(signer), str(data.get("note", "")))


def read_delegation(path: Path, trusted: Sequence[str | Path | Ed25519PublicKey],
                    now: dt.datetime | None = None) -> Delegation:
    """Check a delegation file against the trusted keys (what :func:`pack` does before using it)."""
    path = Path(path)
    keys = _keys(trusted)
    with _open_zip(path) as zf:
        names = set(zf.namelist())
        if DELEGATION not in names or DELEGATION_SIG not in names:
            raise UpdateError("not_a_pack", f"{path.name} is not a delegation file.")
        body = _read_member(zf, DELEGATION, 1 << 16, path.name)
        sig = _read_member(zf, DELEGATION_SIG, 1024, path.name)
    return _parse_delegation(body, sig, keys, path.name, _utc(now))


# ---------------------------------------------------------------------------------------------
# Making an update


def pack(catalogue: Path, key: Path | Ed25519PrivateKey, out: Path, sequence: int,
         note: str = "", created: dt.datetime | None = None,
         expires: dt.datetime | None = None, *, delegation: Path | None = None,
         base: Path | None = None) -> PackInfo:
    """Sign ``catalogue`` as update number ``sequence`` into the file ``out``.

    ``expires``: after this moment no counter applies it (default: :data:`DEFAULT_VALIDITY_DAYS`
    after ``created``). ``delegation`` (a file from :func:`delegate` naming this key) and
    ``base`` (the catalogue in use at the sites, which ``catalogue`` changes only in the
    delegation's municipalities): for a municipality's key."""
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 1:
        raise UpdateError("sequence", f"the sequence must be a whole number of at least 1, not "
                                      f"{sequence!r}")
    private = key if isinstance(key, Ed25519PrivateKey) else load_private_key(Path(key))
    created_at = _utc(created)
    until = _utc(expires) if expires is not None else \
        created_at + dt.timedelta(days=DEFAULT_VALIDITY_DAYS)
    if until <= created_at:
        raise UpdateError("expires", "an update must expire after it was made")
    delegation_files: tuple[bytes, bytes] | None = None
    scope: tuple[str, ...] = ()
    scope_names: tuple[str, ...] = ()
    base_sha = ""
    if delegation is not None:
        if base is None:
            raise UpdateError("delegation", "a delegated update needs the catalogue it changes "
                                            "(base)")
        with _open_zip(Path(delegation)) as zf:
            body = _read_member(zf, DELEGATION, 1 << 16, Path(delegation).name)
            sig = _read_member(zf, DELEGATION_SIG, 1024, Path(delegation).name)
        data = _json(body, Path(delegation).name, "delegation")
        if not isinstance(data, dict) or data.get("key_id") != key_id(private.public_key()):
            raise UpdateError("delegation", f"{Path(delegation).name} does not name the key "
                                            "this update is signed with")
        delegation_files = (body, sig)
        scope = tuple(str(m["refnis"]) for m in data["municipalities"])
        scope_names = tuple(str(m["name"]) for m in data["municipalities"])
        base_sha = file_sha256(Path(base))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        copy = Path(tmp) / PAYLOAD
        shutil.copyfile(catalogue, copy)
        _check_catalogue(copy)
        conn = sqlite3.connect(copy)
        try:
            conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                             [("sequence", str(sequence)), ("created", _iso(created_at))])
            if delegation_files is not None:
                # A municipality packs its merged view: at the sites these are plain records.
                conn.execute("UPDATE service SET origin = 'shipped' WHERE origin != 'shipped'")
            conn.commit()
        finally:
            conn.close()
        version, services = _check_catalogue(copy)
        if delegation_files is not None:
            _check_scope(Path(base), copy, scope, scope_names, out.name)
        info = PackInfo(sequence, _iso(created_at), file_sha256(copy), copy.stat().st_size,
                        services, version, key_id(private.public_key()), note, _iso(until),
                        scope, scope_names, base_sha)
        head: dict[str, Any] = {
            "format": PACK_FORMAT, "sequence": info.sequence, "created": info.created,
            "expires": info.expires, "note": note, "key_id": info.key_id,
            "catalogue": {"file": PAYLOAD, "sha256": info.sha256, "size": info.size,
                          "services": info.services, "schema_version": info.schema_version},
        }
        if base_sha:
            head["base"] = {"sha256": base_sha}
        header = json.dumps(head, indent=2, sort_keys=True).encode() + b"\n"
        signature = base64.b64encode(private.sign(header)) + b"\n"
        part = out.with_name(out.name + ".part")
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(HEADER, header)
            zf.writestr(SIGNATURE, signature)
            if delegation_files is not None:
                zf.writestr(DELEGATION, delegation_files[0])
                zf.writestr(DELEGATION_SIG, delegation_files[1])
            zf.write(copy, PAYLOAD)
        os.replace(part, out)
    return info


def pack_local_changes(workspace, key: Path | Ed25519PrivateKey, delegation: Path, out: Path,
                       sequence: int, note: str = "",
                       expires: dt.datetime | None = None) -> PackInfo:
    """A municipality's update: its merged view (the catalogue in use plus its local store,
    core/overlay.py), signed with its delegated key, checked against its municipalities.

    The view is compiled whole for it (the cached merged view is kept up to date record by
    record, core/merged.py: the same records, in another row order than a build makes)."""
    with tempfile.TemporaryDirectory(dir=Path(out).parent) as tmp:
        source = Path(workspace.shipped_path)
        if workspace.store.count():
            source = Path(tmp) / PAYLOAD
            workspace.build_merged(source)
        return pack(source, key, out, sequence, note, expires=expires, delegation=delegation,
                    base=workspace.shipped_path)


# ---------------------------------------------------------------------------------------------
# Checking an update


#: What reading a damaged ZIP raises (zlib's own error included: a bad deflate stream).
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError,
               NotImplementedError)


def _open_zip(path: Path) -> zipfile.ZipFile:
    """A ZIP this program will read: no encrypted members, only stored or deflated ones, no
    name twice. Anything else is ``not_a_pack`` (never a traceback)."""
    name = Path(path).name
    try:
        zf = zipfile.ZipFile(path)
    except _ZIP_ERRORS as exc:
        raise UpdateError("not_a_pack", f"{name} is not a catalogue update file "
                                        f"({getattr(exc, 'strerror', None) or exc}).") from None
    infos = zf.infolist()
    names = [i.filename for i in infos]
    problem = None
    if len(set(names)) != len(names):
        problem = "it holds a file twice"
    elif any(i.flag_bits & 0x1 for i in infos):
        problem = "it is encrypted"
    elif any(i.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for i in infos):
        problem = "it uses a compression this program does not read"
    if problem:
        zf.close()
        raise UpdateError("not_a_pack", f"{name} is not a catalogue update file as the program "
                                        f"makes them ({problem}); it is refused and nothing "
                                        "changed.")
    return zf


def _read_member(zf: zipfile.ZipFile, member: str, limit: int, name: str = "") -> bytes:
    info = zf.getinfo(member)
    if info.file_size > limit:
        raise UpdateError("tampered", f"{member} in {name or 'the update'} is larger than its "
                                      "header allows.")
    try:
        with zf.open(info) as fh:
            data = fh.read(limit + 1)
    except _ZIP_ERRORS as exc:
        raise UpdateError("tampered", f"{name or 'the update'} cannot be read whole "
                                      f"({member}: {exc}).") from None
    if len(data) > limit:
        raise UpdateError("tampered", f"{member} in {name or 'the update'} is larger than its "
                                      "header allows.")
    return data


def _json(data: bytes, name: str, what: str) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        raise UpdateError("tampered", f"{name} has been changed: its {what} cannot be "
                                      "read.") from None


def _header_info(header: Any, name: str, signer: str, scope: Delegation | None) -> PackInfo:
    """The signed header as a PackInfo; not_a_pack / old_format when it is not one."""
    if isinstance(header, dict) and header.get("format") in OLD_FORMATS:
        raise UpdateError("old_format", f"{name} was packed by an older program: it has no "
                                        "expiry date, so it could be slipped in again for ever. "
                                        "Ask the central maintainer for a new file.")
    try:
        if header["format"] != PACK_FORMAT:
            raise KeyError("format")
        cat = header["catalogue"]
        seq = header["sequence"]
        if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
            raise ValueError("sequence")
        sha = str(cat["sha256"])
        if not _SHA256_RE.match(sha):
            raise ValueError("sha256")
        if _parse_time(header["expires"]) is None:
            raise ValueError("expires")
        base = header.get("base")
        base_sha = str(base["sha256"]) if isinstance(base, dict) else ""
        info = PackInfo(seq, str(header["created"]), sha, int(cat["size"]),
                        int(cat["services"]), int(cat["schema_version"]), signer,
                        str(header.get("note", "")), str(header["expires"]),
                        scope.refnis if scope else (), scope.names if scope else (), base_sha)
    except (KeyError, TypeError, ValueError, OverflowError):
        raise UpdateError("not_a_pack", f"{name} is signed, but its header is not a "
                                        f"{PACK_FORMAT} header; update the program.") from None
    if scope is not None and not info.base_sha256:
        raise UpdateError("not_a_pack", f"{name} is signed with a delegated key but does not say "
                                        "which catalogue it changes.")
    return info


def _check_signed(header_bytes: bytes, signature_text: bytes, delegation: tuple[bytes, bytes] | None,
                  keys: Sequence[Ed25519PublicKey], name: str,
                  now: dt.datetime) -> PackInfo:
    """Signature (direct, or by a delegated key), header fields and expiry of the delegation."""
    if not signature_text.strip():
        raise UpdateError("unsigned", f"{name} is not signed (its signature is empty); an "
                                      "unsigned update is never applied.")
    header = _json(header_bytes, name, "header")
    signature = _signature(signature_text, name, "its signature")
    signer = _signer(keys, signature, header_bytes)
    scope = None
    if signer is None and delegation is not None:
        scope = _parse_delegation(delegation[0], delegation[1], keys, name, now)
        signer = _signer([scope.key], signature, header_bytes)
        if signer is None:
            raise UpdateError("tampered", f"{name} has been changed after it was signed; it is "
                                          "refused and nothing changed.")
    if signer is None:
        claimed = header.get("key_id") if isinstance(header, dict) else None
        if claimed in {key_id(k) for k in keys}:
            raise UpdateError("tampered", f"{name} has been changed after it was signed; "
                                          "it is refused and nothing changed.")
        trusted_ids = ", ".join(key_id(k) for k in keys)
        raise UpdateError("wrong_key", f"{name} is signed with a key this site does not "
                                       f"trust (key {str(claimed or 'unknown')[:16]}; trusted: "
                                       f"{trusted_ids}); it is refused and nothing changed.")
    return _header_info(header, name, key_id(signer), scope)


def verify(path: Path, trusted: Sequence[str | Path | Ed25519PublicKey],
           installed_sequence: int | None = None, *, payload_to: Path | None = None,
           now: dt.datetime | None = None) -> PackInfo:
    """Check an update file; raise :class:`UpdateError` (nothing changes) or return its header.

    ``trusted``: the public keys of the site configuration. ``installed_sequence``: the sequence
    of the catalogue in use; an update not newer than it is refused as ``older``. An update past
    its expiry (``now``: this computer's clock) is refused as ``expired``.
    ``payload_to``: also write the verified catalogue there.

    A delegated update is checked here for its signatures; what it changes is checked against
    the catalogue in use by :func:`apply_update`.
    """
    path = Path(path)
    keys = _keys(trusted)
    moment = _utc(now)
    name = path.name
    with _open_zip(path) as zf:
        names = set(zf.namelist())
        if HEADER not in names or PAYLOAD not in names:
            raise UpdateError("not_a_pack", f"{name} is not a catalogue update file (it has no "
                                            f"{HEADER} and {PAYLOAD}).")
        if SIGNATURE not in names:
            raise UpdateError("unsigned", f"{name} is not signed; an unsigned update is never "
                                          "applied. Ask the central maintainer for the signed "
                                          "file.")
        header_bytes = _read_member(zf, HEADER, 1 << 16, name)
        signature_text = _read_member(zf, SIGNATURE, 1024, name)
        delegation = None
        if DELEGATION in names and DELEGATION_SIG in names:
            delegation = (_read_member(zf, DELEGATION, 1 << 16, name),
                          _read_member(zf, DELEGATION_SIG, 1024, name))
        info = _check_signed(header_bytes, signature_text, delegation, keys, name, moment)
        expires = _parse_time(info.expires)
        if expires is not None and expires < moment:
            raise UpdateError("expired", _expired_message(name, info.expires, moment))
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
        except _ZIP_ERRORS as exc:
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
# What a municipality's key may change


def _within(resolved: dict, allowed: set[str], gazetteer) -> bool:
    """Whether a record (its resolved places) lies wholly in the allowed municipalities."""
    from .gazetteer import GazetteerError

    locations = resolved.get("locations") or []
    if not locations or any(loc.get("refnis") not in allowed for loc in locations):
        return False
    for area in resolved.get("areas") or []:
        try:
            kind, refnis = gazetteer.area(area.get("code"))
        except (GazetteerError, AttributeError):
            return False
        if kind != "municipality" or refnis not in allowed:
            return False
    return True


def _records(path: Path) -> dict[str, tuple[str, str]]:
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        return {i: (rec, res) for i, rec, res in conn.execute(
            "SELECT id, record, resolved FROM service")}
    finally:
        conn.close()


def _table_digests(path: Path) -> dict[str, str]:
    """Every table's rows (and the schema), hashed; ``meta`` without sequence and created."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        out = {}
        schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                              "ORDER BY type, name").fetchall()
        out["(schema)"] = hashlib.sha256(repr(schema).encode()).hexdigest()
        for kind, table, _tbl, sql in schema:
            if kind != "table" or (sql or "").upper().startswith("CREATE VIRTUAL"):
                continue
            h = hashlib.sha256()
            where = " WHERE key NOT IN ('sequence', 'created')" if table == "meta" else ""
            # WITHOUT ROWID tables (FTS5's index) come in primary-key order by themselves
            order = "" if "WITHOUT ROWID" in (sql or "").upper() else " ORDER BY rowid"
            for row in conn.execute(f'SELECT * FROM "{table}"{where}{order}'):
                h.update(repr(row).encode())
            out[table] = h.hexdigest()
        return out
    finally:
        conn.close()


def _check_scope(base: Path, new: Path, scope: Sequence[str], scope_names: Sequence[str],
                 name: str) -> None:
    """A delegated update may change only records of its municipalities, and its catalogue must
    be exactly what this program compiles from its records on ``base`` (so that no derived table
    hides a change). Raises UpdateError("scope" / "tampered")."""
    from .build import build_catalogue, inputs_from_catalogue
    from .catalogue import Catalogue
    from .validate import lenient_record
    from .record import RecordError, record_from_dict

    allowed = set(scope)
    old, now = _records(base), _records(new)
    cat = Catalogue(base)
    try:
        gaz = cat.gazetteer
        outside = []
        for rid in sorted(set(old) | set(now)):
            if old.get(rid, (None,))[0] == now.get(rid, (None,))[0]:
                continue
            for side in (old.get(rid), now.get(rid)):
                if side is not None and not _within(json.loads(side[1]), allowed, gaz):
                    outside.append(rid)
                    break
    finally:
        cat.close()
    if outside:
        shown = ", ".join(outside[:8]) + (f" and {len(outside) - 8} more" if len(outside) > 8
                                           else "")
        raise UpdateError("scope", f"{name} is signed with a municipality's key, which may change "
                                   f"only records in {', '.join(scope_names)}; it also changes "
                                   f"{shown}. It is refused and nothing changed.")
    records = []
    try:
        for rid in sorted(now):
            data = json.loads(now[rid][0])
            records.append(lenient_record(data) or record_from_dict(data, rid))
    except (ValueError, RecordError) as exc:
        raise UpdateError("invalid", f"{name}: a record in it cannot be read ({exc}).") from None
    with tempfile.TemporaryDirectory() as tmp:
        expected = Path(tmp) / "expected.sqlite"
        try:
            build_catalogue(inputs_from_catalogue(base, records), expected)
        except RecordError as exc:
            raise UpdateError("invalid", f"{name}: its records cannot be compiled on the "
                                         f"catalogue in use ({exc}).") from None
        want, got = _table_digests(expected), _table_digests(new)
    differ = sorted(t for t in set(want) | set(got) if want.get(t) != got.get(t))
    if differ:
        raise UpdateError("tampered", f"{name}: its catalogue is not what its records make on "
                                      f"the catalogue in use (tables {', '.join(differ[:5])} "
                                      "differ); it is refused and nothing changed.")


# ---------------------------------------------------------------------------------------------
# Installing, checking what is installed, rolling back


def _updates(data_dir: Path) -> Path:
    return Path(data_dir) / UPDATES_DIR


def _kept(name: str, suffix: str) -> str:
    """``catalogue-7.sqlite`` → ``catalogue-7.update.json`` (the kept signed files)."""
    return name[: -len(".sqlite")] + suffix


_KEPT_SUFFIXES = (".update.json", ".update.sig", ".delegation.json", ".delegation.sig")


def _read_state(data_dir: Path) -> dict:
    """``state.json``: ``{}`` when there is none; InstalledUpdateError("damaged") when it cannot
    be read."""
    state_path = _updates(data_dir) / STATE_FILE
    try:
        raw = state_path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise InstalledUpdateError("damaged", f"{state_path} cannot be read "
                                              f"({exc.strerror or exc}).", state_path) from None
    try:
        state = json.loads(raw[: 1 << 16])
    except (ValueError, RecursionError):
        state = None
    if not isinstance(state, dict) or not all(
            v is None or isinstance(v, str) for v in (state.get("current"),
                                                     state.get("previous"))):
        raise InstalledUpdateError("damaged", f"{state_path} is damaged (it is not the list of "
                                              "installed updates this program writes).",
                                   state_path)
    return {"current": state.get("current"), "previous": state.get("previous")}


def installed(data_dir: Path) -> dict:
    """``{"current": file or None, "previous": file or None}`` (None: the shipped catalogue).

    What ``state.json`` says, unchecked (an unreadable one reads as "nothing installed"): use
    :func:`verified_catalogue` for the catalogue to open."""
    try:
        state = _read_state(data_dir)
    except InstalledUpdateError:
        state = {}
    return {"current": state.get("current"), "previous": state.get("previous")}


def _write_state(data_dir: Path, state: dict) -> None:
    folder = _updates(data_dir)
    tmp = folder / (STATE_FILE + f".{os.getpid()}.part")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(state, fh, indent=2, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, folder / STATE_FILE)


def _clean(data_dir: Path, state: dict) -> None:
    keep = set()
    for k in (state.get("current"), state.get("previous")):
        if k:
            keep.add(k)
            keep |= {_kept(k, s) for s in _KEPT_SUFFIXES}
    for p in _updates(data_dir).glob("catalogue-*"):
        if p.name not in keep and not p.name.endswith(".part"):
            try:
                p.unlink()
            except OSError:
                pass  # still open somewhere (Windows): next time


def _clean_parts(folder: Path, older_than: float = 3600.0) -> None:
    """Half-written files of an apply that was killed (``*.part``), untouched for an hour."""
    import time

    for p in folder.glob("*.part"):
        try:
            if time.time() - p.stat().st_mtime > older_than:
                p.unlink()
        except OSError:
            pass


def _verify_installed(data_dir: Path, name: str, keys: Sequence[Ed25519PublicKey]) -> PackInfo:
    """Check one installed catalogue against its kept signed header: InstalledUpdateError."""
    folder = _updates(data_dir)
    if not _INSTALLED_RE.match(name or ""):
        raise InstalledUpdateError("missing", f"{folder / STATE_FILE} names {name!r}, which is "
                                              "not an installed catalogue; it is not used.",
                                   folder / STATE_FILE)
    path = folder / name
    if not path.is_file():
        raise InstalledUpdateError("missing", f"The installed update {path} is missing.", path)
    shown = f"The installed update {path}"

    def kept(suffix: str, limit: int) -> bytes | None:
        p = folder / _kept(name, suffix)
        try:
            with open(p, "rb") as fh:
                return fh.read(limit + 1)[:limit + 1]
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise InstalledUpdateError("damaged", f"{p} cannot be read ({exc.strerror}).",
                                       path) from None

    header, sig = kept(".update.json", 1 << 16), kept(".update.sig", 1024)
    if header is None or sig is None:
        raise InstalledUpdateError("unsigned", f"{shown} has no signature beside it: it was not "
                                               "installed by this program (planted, or applied by "
                                               "an older version). It is not used; apply the "
                                               "signed update file again.", path)
    d_body, d_sig = kept(".delegation.json", 1 << 16), kept(".delegation.sig", 1024)
    delegation = (d_body, d_sig) if d_body is not None and d_sig is not None else None
    try:
        # An installed update is used after its expiry (a site offline for long keeps working);
        # only applying an expired file is refused. A delegation is checked with no clock either.
        info = _check_signed(header, sig, delegation, keys, path.name,
                             dt.datetime.min.replace(tzinfo=dt.timezone.utc))
    except UpdateError as exc:
        kind = exc.kind if exc.kind in ("wrong_key", "unsigned") else "tampered"
        raise InstalledUpdateError(kind, f"{shown} is not used: {exc}", path) from None
    seq = int(_INSTALLED_RE.match(name)[1])
    if info.sequence != seq:
        raise InstalledUpdateError("tampered", f"{shown} is not used: its signed header is of "
                                               f"update {info.sequence}.", path)
    try:
        size = path.stat().st_size
        digest = file_sha256(path) if size == info.size else ""
    except OSError as exc:
        raise InstalledUpdateError("damaged", f"{shown} cannot be read ({exc.strerror}).",
                                   path) from None
    if digest != info.sha256:
        raise InstalledUpdateError("digest", f"{shown} differs from the catalogue that was signed "
                                             "(changed or damaged since it was installed); it is "
                                             "not used.", path)
    return info


def verified_catalogue(shipped_path: Path, data_dir: Path,
                       trusted: Sequence[str | Path | Ed25519PublicKey]) -> CatalogueInUse:
    """The catalogue the program should use as "shipped", checked now against ``trusted`` (the
    site's public keys); call it every time the program opens its catalogue.

    No update installed: the shipped file. An installed update whose kept signature verifies with
    a trusted key, whose catalogue has exactly the signed SHA-256, and whose sequence is higher
    than the shipped file's: that update. Otherwise raises :class:`InstalledUpdateError`
    (``kind`` and a message in plain words): the caller falls back to the shipped catalogue and
    says so loudly. ``state.json`` alone is never trusted. Hashing costs about 1 ms per MB.
    """
    shipped_path = Path(shipped_path)
    state = _read_state(data_dir)
    current = state.get("current")
    if not current:
        return CatalogueInUse(shipped_path)
    try:
        keys = _keys(trusted)
    except UpdateError as exc:
        raise InstalledUpdateError(exc.kind, f"An update is installed in {_updates(data_dir)}, "
                                             "but this site trusts no key, so it cannot be "
                                             "checked and is not used. The site configuration "
                                             "must name the central maintainer's public key.",
                                   _updates(data_dir) / str(current)) from None
    info = _verify_installed(data_dir, current, keys)
    if info.sequence > catalogue_sequence(shipped_path):
        return CatalogueInUse(_updates(data_dir) / current, info)
    return CatalogueInUse(shipped_path)


def _site_keys() -> tuple[str, ...]:
    from .site import load_site

    return load_site().trusted_keys


def effective_shipped_catalogue(shipped_path: Path, data_dir: Path,
                                trusted: Sequence[str | Path | Ed25519PublicKey] | None = None
                                ) -> Path:
    """The catalogue to use as "shipped": :func:`verified_catalogue`, and on a refusal the
    shipped file (the refusal is logged as a warning). ``trusted`` None: the site's keys
    (``site.toml``)."""
    keys = _site_keys() if trusted is None else trusted
    try:
        return verified_catalogue(shipped_path, data_dir, keys).path
    except InstalledUpdateError as exc:
        log.warning("%s Using the catalogue the program came with.", exc)
        return Path(shipped_path)


def _in_use(shipped_path: Path, data_dir: Path,
            keys: Sequence[Ed25519PublicKey]) -> tuple[Path, str]:
    """(catalogue in use, its SHA-256) for apply: a refused installed update counts as none."""
    try:
        use = verified_catalogue(shipped_path, data_dir, keys)
    except InstalledUpdateError as exc:
        log.warning("%s", exc)
        use = CatalogueInUse(Path(shipped_path))
    digest = use.update.sha256 if use.update is not None else ""
    return use.path, digest


def apply_update(path: Path, trusted: Sequence[str | Path | Ed25519PublicKey],
                 shipped_path: Path, data_dir: Path, *,
                 now: dt.datetime | None = None) -> PackInfo:
    """Verify an update and install it; the catalogue in use is kept for :func:`rollback`.

    Raises :class:`UpdateError` (nothing changed) when the file is refused."""
    keys = _keys(trusted)
    current, current_sha = _in_use(shipped_path, data_dir, keys)
    folder = _updates(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    _clean_parts(folder)
    part = folder / f"incoming.{os.getpid()}.part"
    try:
        info = verify(path, keys, catalogue_sequence(current), payload_to=part, now=now)
        version, services = _check_catalogue(part)
        if catalogue_sequence(part) != info.sequence:
            raise UpdateError("tampered", f"{Path(path).name}: the catalogue's own sequence "
                                          "differs from the signed header; nothing changed.")
        if info.scope:
            if info.base_sha256 != (current_sha or file_sha256(current)):
                raise UpdateError("scope", f"{Path(path).name} changes another catalogue than "
                                           "the one in use here; ask for a file made on "
                                           f"update {catalogue_sequence(current)}. Nothing "
                                           "changed.")
            _check_scope(current, part, info.scope, info.scope_names, Path(path).name)
        name = f"catalogue-{info.sequence}.sqlite"
        with _open_zip(Path(path)) as zf:
            kept = {".update.json": _read_member(zf, HEADER, 1 << 16),
                    ".update.sig": _read_member(zf, SIGNATURE, 1024)}
            if info.scope:
                kept[".delegation.json"] = _read_member(zf, DELEGATION, 1 << 16)
                kept[".delegation.sig"] = _read_member(zf, DELEGATION_SIG, 1024)
        for suffix in _KEPT_SUFFIXES:
            stale = folder / _kept(name, suffix)
            if suffix not in kept and stale.exists():
                stale.unlink()
        for suffix, data in kept.items():
            tmp = folder / (_kept(name, suffix) + ".part")
            tmp.write_bytes(data)
            os.replace(tmp, folder / _kept(name, suffix))
        os.replace(part, folder / name)
        in_use = current.name if current != Path(shipped_path) else None
        new_state = {"current": name, "previous": in_use}
        _write_state(data_dir, new_state)
        _clean(data_dir, new_state)
        return info
    finally:
        if part.exists():
            part.unlink()


def rollback(shipped_path: Path, data_dir: Path,
             trusted: Sequence[str | Path | Ed25519PublicKey] | None = None) -> Path:
    """Go back to the catalogue in use before the last update; returns the one now in use."""
    state = installed(data_dir)
    if not state["current"]:
        raise UpdateError("nothing", "No update is installed: the program already uses the "
                                     "catalogue it came with.")
    new_state = {"current": state["previous"], "previous": None}
    _write_state(data_dir, new_state)
    _clean(data_dir, new_state)
    return effective_shipped_catalogue(shipped_path, data_dir, trusted)
