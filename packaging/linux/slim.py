"""Slimming the Linux bundle: keep only the shared libraries something kept links to, and a
smaller ICU data library. Used by build.spec (Linux only) and by tests/test_bundle.py.

**Libraries no kept file links to.** PyInstaller collects a plugin's libraries while it
analyses the plugin; build.spec then leaves plugins out (the GTK theme, the CUPS printer
plugin's TLS stack...), but their libraries would stay. :func:`prune` keeps a library only when
a kept file names it (``DT_NEEDED``), following the chain from the roots: Python and its
extension modules, and Qt's plugins. A library that is loaded with ``dlopen`` is not seen this
way; in this bundle that would be Qt's optional ones (libthai, libpipewire, libGL), none of
which PyInstaller collects. The Linux bundle was checked by starting it (``--self-test``, the
window under Xvfb, a handout, reading aloud), see bench/README.md.

**ICU data.** PySide6's Qt on Linux is linked to ICU (``libicuuc``, ``libicui18n``,
``libicudata``); ``libicudata.so.73`` is 30.5 MiB of data for every locale of the world
(currency, unit, language and zone names, break dictionaries for Chinese and Khmer, 200 legacy
character sets...). The loader needs the library (Qt Core names it), but Qt reads from it only
what the program asks: here the collation of the results table (``QSortFilterProxyModel`` with
``setSortLocaleAware``, ``QCollator``) and of the file dialog, in the staff interface's
language. Which items are read was measured: ICU looks for each item in the folder ``ICU_DATA``
names before it looks in the library, so with ``ICU_DATA`` pointing at an empty folder,
``strace -e trace=stat,openat`` shows every item asked for. The whole test suite asks for none;
sorting the results and the file dialog ask for ``coll/ucadata.icu``, ``coll/root.res`` and
``coll/<language>.res``. With no data at all Qt warns "Could not create collator" and sorts
by code point ("Zeebrugge" before "apple", "École" last), so ICU cannot go entirely.

ICU's data library holds one "common data" package (format ``CmnD``: a header, a table of item
names and offsets, the items) exported as the symbol ``icudtNN_dat``. :func:`reduce_icu_data`
reads that package out of the wheel's library, keeps the listed items unchanged, writes a new
package with the same header (with every item kept, the bytes are identical to the original),
and assembles it into a library with the same soname with GNU ``as`` and ``ld`` (binutils, which
PyInstaller needs on Linux anyway). An item that is not there is, for ICU, a locale without
data: it falls back to the parent locale or the root; it never fails.

Windows has no ICU in PySide6's Qt (Qt Core uses the ICU of Windows 10 itself, icuuc.dll in
System32), and PyInstaller collects only linked DLLs there: all of this is Linux-only.

    python packaging/linux/slim.py icu LIBICUDATA --list
    python packaging/linux/slim.py icu LIBICUDATA --keep 'coll/root.res' ... --out FILE
    python packaging/linux/slim.py check dist/einclusie     # unneeded / unresolved libraries
"""

from __future__ import annotations

import argparse
import fnmatch
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

#: Libraries the bundle takes from the system, never from the build machine, with the Debian
#: package that has them. The C library and the OpenGL loaders (PyInstaller never collects
#: those: they must match the running system and its graphics driver); the client libraries of
#: services that only work when the service is installed, which then brings its own copy:
#: printing (CUPS), sound (PulseAudio or PipeWire's pulse server), speech (speech-dispatcher);
#: and libxcb and Wayland's, which PyInstaller leaves to the system (its own exclusion list:
#: every X11 or Wayland desktop has them, in the version its display server speaks).
SYSTEM_LIBRARIES = {
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6", "librt.so.1": "libc6", "libresolv.so.2": "libc6",
    "libutil.so.1": "libc6", "ld-linux-x86-64.so.2": "libc6",
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libxcb.so.1": "libxcb1",
    "libcups.so.2": "libcups2",
    "libpulse.so.0": "libpulse0",
    "libspeechd.so.2": "libspeechd2",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

_SHT_PROGBITS, _SHT_DYNAMIC, _SHT_DYNSYM = 1, 6, 11
_DT_NEEDED, _DT_SONAME = 1, 14
_ALIGN = 16


# --- ELF ---------------------------------------------------------------------------------

def is_elf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def _sections(data: bytes) -> list[tuple[int, int, int, int, int, int]]:
    """(type, address, offset, size, link, entry size) of each section of a 64-bit
    little-endian ELF file."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    out = []
    for i in range(shnum):
        (_name, sh_type, _flags, addr, offset, size, link, _info, _align,
         entsize) = struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
        out.append((sh_type, addr, offset, size, link, entsize))
    return out


def _cstr(data: bytes, at: int) -> str:
    return data[at:data.index(b"\0", at)].decode()


def dynamic_names(path: Path) -> tuple[list[str], str | None]:
    """(the libraries ``path`` links to (``DT_NEEDED``), its own soname or None)."""
    data = Path(path).read_bytes()
    sections = _sections(data)
    needed, soname = [], None
    for sh_type, _addr, offset, size, link, _entsize in sections:
        if sh_type != _SHT_DYNAMIC:
            continue
        strtab = sections[link][2]
        for j in range(size // 16):
            tag, val = struct.unpack_from("<qQ", data, offset + 16 * j)
            if tag == _DT_NEEDED:
                needed.append(_cstr(data, strtab + val))
            elif tag == _DT_SONAME:
                soname = _cstr(data, strtab + val)
            elif tag == 0:
                break
    return needed, soname


def _elf_symbol(data: bytes, pattern: str) -> tuple[str, bytes]:
    """The name and bytes of the one dynamic symbol whose name matches ``pattern``."""
    sections = _sections(data)
    found = []
    for sh_type, _addr, offset, size, link, entsize in sections:
        if sh_type != _SHT_DYNSYM:
            continue
        strtab = sections[link][2]
        for j in range(size // entsize):
            st_name, _info, _other, _shndx, value, st_size = struct.unpack_from(
                "<IBBHQQ", data, offset + j * entsize)
            name = _cstr(data, strtab + st_name)
            if re.fullmatch(pattern, name):
                found.append((name, value, st_size))
    if len(found) != 1:
        raise ValueError(f"expected one symbol matching {pattern}, found {found}")
    name, value, st_size = found[0]
    for sh_type, addr, offset, size, _link, _entsize in sections:
        if sh_type == _SHT_PROGBITS and addr <= value and value + st_size <= addr + size:
            start = offset + value - addr
            return name, data[start:start + st_size]
    raise ValueError(f"symbol {name} is not in a section with data")


# --- libraries nothing needs ------------------------------------------------------------

def _is_root(dest: str, typecode: str) -> bool:
    """Files loaded by name at run time: Python, its extension modules, Qt's plugins."""
    d = dest.replace("\\", "/")
    name = d.rsplit("/", 1)[-1]
    return typecode == "EXTENSION" or "/plugins/" in f"/{d}" or name.startswith("libpython")


def _reachable(roots, links: dict, by_name: dict) -> set:
    """Everything the roots link to, directly or through others: ``links`` maps a node to the
    library names it links (DT_NEEDED), ``by_name`` maps a name to the node that has it."""
    todo, seen = list(roots), set()
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(by_name[n] for n in links.get(node, ()) if n in by_name)
    return seen


def prune(binaries: list[tuple[str, str, str]]) -> tuple[list, list]:
    """Split PyInstaller's binaries (dest, source, typecode) into (kept, dropped): a library is
    kept when a root, or a kept library, links to it."""
    by_name: dict[str, int] = {}
    links: dict[int, list[str]] = {}
    for i, (dest, src, _typecode) in enumerate(binaries):
        if not is_elf(Path(src)):
            continue
        needed, soname = dynamic_names(Path(src))
        links[i] = needed
        by_name.setdefault(dest.replace("\\", "/").rsplit("/", 1)[-1], i)
        if soname:
            by_name.setdefault(soname, i)
    keep = _reachable([i for i, (dest, _src, typecode) in enumerate(binaries)
                       if i not in links or _is_root(dest, typecode)], links, by_name)
    kept = [b for i, b in enumerate(binaries) if i in keep]
    dropped = [b for i, b in enumerate(binaries) if i not in keep]
    return kept, dropped


def check_bundle(bundle: Path) -> tuple[list[str], dict[str, list[str]]]:
    """For a built onedir bundle: (libraries no kept file links to, {library name that is
    neither in the bundle nor in SYSTEM_LIBRARIES: the files that need it})."""
    bundle = bundle.resolve()
    files = [p for p in sorted(bundle.rglob("*")) if p.is_file() and not p.is_symlink()
             and is_elf(p)]
    names: dict[str, Path] = {}
    for p in bundle.rglob("*"):
        if p.is_symlink() and p.resolve().is_file():
            names.setdefault(p.name, p.resolve())
    info = {}
    for p in files:
        needed, soname = dynamic_names(p)
        info[p] = needed
        names.setdefault(p.name, p)
        if soname:
            names.setdefault(soname, p)

    def library(p: Path) -> bool:
        rel = p.relative_to(bundle).as_posix()
        return (re.fullmatch(r"lib.*\.so(\.\d+)*", p.name) is not None
                and "/plugins/" not in rel and not p.name.startswith("libpython"))

    seen = _reachable([p for p in files if not library(p)], info, names)
    unneeded = [p.relative_to(bundle).as_posix() for p in files if p not in seen]
    unresolved: dict[str, list[str]] = {}
    for p in files:
        for n in info[p]:
            if n not in names and n not in SYSTEM_LIBRARIES:
                unresolved.setdefault(n, []).append(p.relative_to(bundle).as_posix())
    return unneeded, unresolved


# --- ICU data ---------------------------------------------------------------------------

def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)]) of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (CmnD)")
    if blob[8] != 0:
        raise ValueError("big-endian ICU data is not supported")
    toc = header_size
    count, = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(blob) - toc
        items.append((_cstr(blob, toc + name_off), blob[toc + data_off:toc + end]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common data package of ``items``, which must be sorted by name (ICU finds an
    item by binary search)."""
    if sorted(name for name, _ in items) != [name for name, _ in items]:
        raise ValueError("items must be sorted by name")
    count = len(items)
    name_base = 4 + 8 * count
    name_offsets, strings = [], bytearray()
    for name, _ in items:
        name_offsets.append(name_base + len(strings))
        strings += name.encode("ascii") + b"\0"
    body = bytearray(name_base) + strings
    data_offsets = []
    for _, data in items:
        body += b"\xaa" * (-(len(header) + len(body)) % _ALIGN)   # 16-byte aligned, as ICU pads
        data_offsets.append(len(body))
        body += data
    struct.pack_into("<I", body, 0, count)
    for i in range(count):
        struct.pack_into("<II", body, 4 + 8 * i, name_offsets[i], data_offsets[i])
    return bytes(header) + bytes(body)


def _short(name: str) -> str:
    """An item's name without the package folder: ``icudt73l/coll/root.res`` → ``coll/root.res``."""
    return name.split("/", 1)[1] if "/" in name else name


def reduce_icu_data(source: Path, patterns: list[str], out: Path) -> list[str]:
    """Write ``out``: the ICU data library ``source`` with only the items matching
    ``patterns`` (fnmatch, without the package folder). Returns the kept item names."""
    symbol, blob = _elf_symbol(source.read_bytes(), r"icudt\d+_dat")
    header, items = read_package(blob)
    kept = [(n, d) for n, d in items if any(fnmatch.fnmatchcase(_short(n), p) for p in patterns)]
    missing = [p for p in patterns if not any(fnmatch.fnmatchcase(_short(n), p) for n, _ in items)]
    if missing:
        raise ValueError(f"{source} has no ICU data item {missing}: another ICU version? "
                         "Measure again (see packaging/linux/slim.py)")
    _, soname = dynamic_names(source)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        dat, asm, obj = (Path(tmp) / n for n in ("data.dat", "data.s", "data.o"))
        dat.write_bytes(write_package(header, kept))
        asm.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{dat}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        subprocess.run(["as", "-o", str(obj), str(asm)], check=True)
        subprocess.run(["ld", "-shared", "-soname", soname or source.name, "-z", "noexecstack",
                        "-o", str(out), str(obj)], check=True)
    return [n for n, _ in kept]


def with_small_icu(binaries: list[tuple[str, str, str]], patterns: list[str],
                   workdir: Path) -> list[tuple[str, str, str]]:
    """PyInstaller's binaries with libicudata.so.NN replaced by one holding ``patterns``."""
    out = []
    for dest, src, typecode in binaries:
        name = dest.replace("\\", "/").rsplit("/", 1)[-1]
        if re.fullmatch(r"libicudata\.so\.\d+", name):
            small = workdir / name
            reduce_icu_data(Path(src), patterns, small)
            src = str(small)
        out.append((dest, src, typecode))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    icu = sub.add_parser("icu", help="list or reduce an ICU data library")
    icu.add_argument("library", type=Path)
    icu.add_argument("--list", action="store_true", help="every item with its size")
    icu.add_argument("--keep", nargs="*", default=[])
    icu.add_argument("--out", type=Path)
    check = sub.add_parser("check", help="unneeded and unresolved libraries of a bundle")
    check.add_argument("bundle", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "check":
        unneeded, unresolved = check_bundle(args.bundle)
        for p in unneeded:
            print(f"not needed: {p}")
        for name, users in sorted(unresolved.items()):
            print(f"not found: {name} (needed by {', '.join(users)})")
        return 1 if unneeded or unresolved else 0
    if args.list:
        _, blob = _elf_symbol(args.library.read_bytes(), r"icudt\d+_dat")
        for name, data in read_package(blob)[1]:
            print(f"{len(data):9d} {_short(name)}")
        return 0
    if not args.out:
        ap.error("--out is needed to build a library")
    kept = reduce_icu_data(args.library, args.keep, args.out)
    print(f"{args.out}: {len(kept)} items, {args.out.stat().st_size / 2**20:.2f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
