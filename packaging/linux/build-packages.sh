#!/usr/bin/env bash
# Wrap the onedir bundle (dist/einclusie) into a .tar.gz and a .deb for Debian/Ubuntu PCs.
#   packaging/linux/build-packages.sh VERSION
# The .deb installs the program under /opt/einclusie (read-only for users), a desktop entry and
# an icon, and /usr/bin/einclusie. It needs no network and writes nothing at install time.
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${1:?version}"
arch="$(dpkg --print-architecture 2>/dev/null || echo amd64)"
bundle=dist/einclusie
[ -x "$bundle/einclusie" ] || { echo "build the bundle first: make dist" >&2; exit 1; }

tar -C dist -czf "dist/einclusie-$version-linux-$arch.tar.gz" einclusie

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/einclusie"
cp -a "$bundle" "$root/opt/einclusie"
ln -s /opt/einclusie/einclusie-console "$root/usr/bin/einclusie"
cp packaging/linux/einclusie.desktop "$root/usr/share/applications/einclusie.desktop"
cp packaging/linux/einclusie.svg "$root/usr/share/icons/hicolor/scalable/apps/einclusie.svg"
cp docs/site-settings.md "$root/usr/share/doc/einclusie/" 2>/dev/null || true
cp docs/examples/site.toml "$root/usr/share/doc/einclusie/site.toml.example" 2>/dev/null || true
size="$(du -sk "$root" | cut -f1)"
# What the bundle takes from the system (packaging/linux/slim.py, SYSTEM_LIBRARIES): the C
# library in at least the version the bundled libraries were built against, the OpenGL loaders
# and libxcb (PyInstaller never bundles those), and the services the program uses when the PC
# has them: printing (CUPS), reading aloud (speech-dispatcher, which brings libpulse0).
glibc="$( { find "$bundle" -type f -exec objdump -T {} + 2>/dev/null || true; } \
         | { grep -o 'GLIBC_[0-9][0-9.]*' || true; } | sed 's/GLIBC_//' | sort -uV | tail -1)"
[ -n "$glibc" ] || { echo "could not read the C library version the bundle needs" >&2; exit 1; }
cat > "$root/DEBIAN/control" <<CONTROL
Package: einclusie-wegwijzer
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Installed-Size: $size
Depends: libc6 (>= $glibc), libgl1, libegl1, libxcb1
Recommends: libcups2, libpulse0, speech-dispatcher
Maintainer: E-inclusie Wegwijzer maintainers <maintainers@users.noreply.r-seed-dd4a97b0.example>
Description: find digital help for a client at the counter, offline
 For welfare desks and library digipunten in Flanders and Brussels: finds digipunten,
 device-loan schemes, helplines and courses near a client, shows them in the client's
 language and prints a bilingual page to take home. Works without internet.
CONTROL
find "$root/opt" -type d -exec chmod 755 {} +
chmod -R go-w "$root/opt/einclusie"
dpkg-deb --root-owner-group --build "$root" "dist/einclusie-wegwijzer_${version}_${arch}.deb" >/dev/null
ls -1 dist/*.tar.gz dist/*.deb
