#!/usr/bin/env bash
# The installed-binary test (issue 17): builds the Debian package and the
# tarball, installs the .deb with apt into a fresh Debian 12 root (made with
# mmdebstrap from Debian's packages, run with chroot), and there, from an empty
# folder, checks a copy of the bundled data. Passes when the findings equal the
# build tree's on the same copy, the installed binary names no folder of the
# build machine, and the citation check is active on the installed texts.
# The unpacked tarball is run the same way on this machine, and the image
# built from the Containerfile with podman (ci/test-image.sh).
#
# Usage: ci/test-install.sh            (as root: chroot and apt need it)
# Environment: BUILD_DIR (default build), GRANSKA_CACHE_DIR (default
#   ~/.cache/granska: the Debian root tarball and the downloaded packages, so
#   a repeated run downloads nothing), AS_OF (default 2026-11-22).
# Runtime: the first run makes the root (about 2–4 minutes, network bound);
#   later runs take about a minute beyond the build, and the image test 3–4
#   minutes more (podman's vfs storage copies the root twice).
# Exit status: 0 passed, 1 a check failed, 2 set-up problem (not root, no
#   mirror reachable, build failed).
set -euo pipefail
cd "$(dirname "$0")/.."
source_root="$(pwd)"
build="${BUILD_DIR:-build}"
as_of="${AS_OF:-2026-11-22}"
cache="${GRANSKA_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/granska}"
root_tar="$cache/debian12-root.tar"
say() { echo "test-install: $*" >&2; }
fail() { say "FEL: $*"; exit 1; }

[[ "$(id -u)" -eq 0 ]] || { say "kör som root (chroot och apt kräver det)"; exit 2; }
need=()
command -v mmdebstrap >/dev/null || need+=(mmdebstrap)
command -v dpkg-shlibdeps >/dev/null || need+=(dpkg-dev)
command -v python3 >/dev/null || need+=(python3)
if ((${#need[@]})); then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
    || { say "kunde inte installera ${need[*]}"; exit 2; }
fi

# --- The packages -----------------------------------------------------------
ci/build.sh "$build" >&2 || { say "bygget misslyckades"; exit 2; }
rm -f "$build"/granska_*.deb "$build"/granska-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" >/dev/null) || { say "cpack misslyckades"; exit 2; }
deb="$(ls "$build"/granska_*.deb)"
tgz="$(ls "$build"/granska-*.tar.gz)"
say "paket: $deb, $tgz"
dpkg-deb -f "$deb" Depends | grep -q libspdlog || fail "$deb anger inte sina beroenden: $(dpkg-deb -f "$deb" Depends)"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/granska-install-XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

# --- The build tree's findings on a copy of the bundled data -----------------
# Each run checks data/* from a folder of its own, so the paths in both
# results read the same.
findings() { python3 "$source_root/ci/findings.py" "$1"; }
mkdir -p "$scratch/built"
cp -r policies "$scratch/built/data"
(cd "$scratch/built" && "$source_root/$build/checker/granska" check data/* --as-of "$as_of" --format json \
  >result.json) && status=0 || status=$?
[[ $status -eq 1 ]] || fail "byggträdets granska gav status $status (väntat 1)"
findings "$scratch/built/result.json" >"$scratch/built.txt"

# --- The tarball, unpacked anywhere ------------------------------------------
mkdir -p "$scratch/tgz" "$scratch/tgz-run"
tar -xzf "$tgz" -C "$scratch/tgz" --strip-components=1
cp -r "$scratch/tgz/share/granska/policies" "$scratch/tgz-run/data"
(cd "$scratch/tgz-run" && env -u GRANSKA_RULES -u GRANSKA_POLICIES "$scratch/tgz/bin/granska" check data/* \
  --as-of "$as_of" --format json >result.json) && status=0 || status=$?
[[ $status -eq 1 ]] || fail "tarbollens granska gav status $status (väntat 1)"
findings "$scratch/tgz-run/result.json" | diff -u "$scratch/built.txt" - >&2 \
  || fail "tarbollens fynd skiljer sig från byggträdets"
say "tarbollen: samma fynd som byggträdet"

# --- A fresh Debian 12 root ----------------------------------------------------
mkdir -p "$cache/apt-archives"
if [[ ! -f "$root_tar" ]]; then
  say "skapar en ny Debian 12-rot med mmdebstrap (en gång; sparas i $root_tar)"
  rm -f "$root_tar.partial.tar"
  if ! mmdebstrap --variant=apt --skip=cleanup/apt/lists bookworm "$root_tar.partial.tar" >"$cache/mmdebstrap.log" 2>&1; then
    tail -5 "$cache/mmdebstrap.log" >&2
    say "kunde inte hämta Debian 12 från paketförrådet (se $cache/mmdebstrap.log); testet kan inte köras utan det"
    exit 2
  fi
  mv "$root_tar.partial.tar" "$root_tar"
fi
root="$scratch/root"
mkdir -p "$root"
tar -xf "$root_tar" -C "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
cp "$cache"/apt-archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
# Each command in the root gets its own /proc (a private mount and PID
# namespace, gone when it ends): granska finds its data through /proc/self/exe.
in_root() {
  unshare --fork --pid --mount-proc="$root/proc" \
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
}
install_deb() {
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >"$scratch/apt.log" 2>&1
}
if ! install_deb; then
  # The root's package lists may be older than the mirror: refresh once.
  in_root apt-get update -qq >>"$scratch/apt.log" 2>&1 \
    || { tail -5 "$scratch/apt.log" >&2; say "paketförrådet svarar inte"; exit 2; }
  install_deb || { tail -20 "$scratch/apt.log" >&2; fail "apt install ./$(basename "$deb") misslyckades"; }
fi
cp "$root"/var/cache/apt/archives/*.deb "$cache/apt-archives/" 2>/dev/null || true
say "installerat i en ny Debian 12-rot: $(in_root granska --version | tr '\n' ' ')"

# --- Checks in the root ----------------------------------------------------------
[[ "$(in_root sh -c 'command -v granska')" == /usr/bin/granska ]] || fail "granska ligger inte i /usr/bin"
in_root granska --version | grep -qx 'data: /usr/share/granska (installerad bredvid programmet)' \
  || fail "granska --version anger inte /usr/share/granska: $(in_root granska --version)"
in_root man -w granska >/dev/null 2>&1 || [[ -f "$root/usr/share/man/man1/granska.1.gz" || -f "$root/usr/share/man/man1/granska.1" ]] \
  || fail "manualsidan saknas"
if grep -qaF "$source_root" "$root/usr/bin/granska"; then fail "det installerade programmet nämner källträdet $source_root"; fi
[[ -e "$root/usr/bin/granska-data-dir" ]] && fail "byggträdets markörfil installerades"
in_root sh -c "mkdir /srv/empty && cd /srv/empty && cp -r /usr/share/granska/policies data && \
  granska check data/* --as-of $as_of --format json >result.json" && status=0 || status=$?
[[ $status -eq 1 ]] || fail "det installerade granska gav status $status (väntat 1)"
findings "$root/srv/empty/result.json" | diff -u "$scratch/built.txt" - >&2 \
  || fail "det installerade programmets fynd skiljer sig från byggträdets"
say "Debian 12-roten: samma fynd som byggträdet ($(grep -c -v '^summary\|^errors' "$scratch/built.txt") fynd)"

# The citation check is active on the installed texts: a changed word in the
# installed Herrljunga text stops every run with citation drift.
sed -i 's/ta fram 1-2 mål/ta fram 1-3 mål/' "$root/usr/share/granska/rules/herrljunga/policy.txt"
in_root sh -c "cd /srv/empty && granska check data/herrljunga --as-of $as_of" >"$scratch/drift.out" 2>&1 \
  && status=0 || status=$?
[[ $status -eq 2 ]] || fail "en ändrad installerad policytext gav status $status (väntat 2)"
grep -q 'citatdrift: HER-01 citerar' "$scratch/drift.out" || fail "ingen citatdrift rapporterades: $(cat "$scratch/drift.out")"
grep -q '/usr/share/granska/rules/herrljunga/policy.txt' "$scratch/drift.out" \
  || fail "citatdriften nämner inte den installerade texten"
say "citatkontrollen är aktiv på de installerade texterna"

# --- The runtime image (Containerfile), built and run with podman --------------
ci/test-image.sh "$deb" "$root_tar" "$scratch/built/data" "$scratch/built.txt" && status=0 || status=$?
case $status in
  0) ;;
  3) say "avbildstestet hoppades över: podman kan inte köras här (skälet står ovan)" ;;
  *) fail "avbildstestet misslyckades" ;;
esac
say "klart: paketet installeras, körs och ger byggträdets fynd"
