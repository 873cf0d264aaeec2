#!/usr/bin/env bash
# The image test (issue 17), called by ci/test-install.sh: builds the
# Containerfile with podman (no daemon: --isolation chroot, storage in a
# scratch folder) and runs the image the way the Containerfile's comment and
# the README show (`podman run --rm -v "$PWD:/work" IMAGE check data/*`) on
# a copy of the bundled data. Passes when the image's findings equal the
# build tree's, its entrypoint is granska and its working folder /work, and
# `granska --version` in it names /usr/share/granska.
#
# The base image is Docker Hub's debian:12-slim when the registry answers;
# otherwise the Debian 12 root that test-install.sh made with mmdebstrap from
# Debian's packages, imported as a local image and put in place of the
# Containerfile's FROM with `--from` (the Containerfile itself is unchanged).
#
# Usage: ci/test-image.sh DEB ROOT_TAR DATA BUILT_FINDINGS   (as root)
#   DEB the granska .deb; ROOT_TAR a Debian 12 root as a tarball; DATA the
#   bundled data to check (a folder of cases); BUILT_FINDINGS the build tree's
#   findings on DATA (ci/findings.py, run from a folder where DATA is data/).
# Environment: AS_OF (default 2026-11-22).
# Exit status: 0 passed, 1 a check failed, 3 podman cannot be installed or
#   cannot start a container on this machine (the reason is printed).
set -euo pipefail
cd "$(dirname "$0")/.."
source_root="$(pwd)"
deb="$1" root_tar="$2" data="$3" built="$4"
as_of="${AS_OF:-2026-11-22}"
say() { echo "test-image: $*" >&2; }
fail() { say "FEL: $*"; exit 1; }
cannot() { say "kan inte köras här: $*"; exit 3; }

# podman builds with buildah's code and needs no daemon; runc rather than
# crun, which refuses the hybrid cgroup layout of some machines.
need=()
command -v podman >/dev/null || need+=(podman)
command -v runc >/dev/null || need+=(runc)
if ((${#need[@]})); then
  say "installerar ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || cannot "${need[*]} kunde inte installeras"
fi

scratch="$(mktemp -d "${TMPDIR:-/tmp}/granska-image-XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
podman_cmd=(podman --root "$scratch/storage" --runroot "$scratch/run" --storage-driver vfs
            --cgroup-manager cgroupfs --runtime runc)
pod() { "${podman_cmd[@]}" "$@"; }
# podman's default limits for root (1048576 open files, 32768 processes)
# exceed what a root without CAP_SYS_RESOURCE may set: stay within ours.
limits=(--ulimit "nofile=$(($(ulimit -Hn) < 1048576 ? $(ulimit -Hn) : 1048576))"
        --ulimit "nproc=$(($(ulimit -Hu) < 32768 ? $(ulimit -Hu) : 32768))")

# --- The base image -------------------------------------------------------------
from=()
if timeout 120 "${podman_cmd[@]}" pull -q docker.io/library/debian:12-slim >"$scratch/pull.log" 2>&1; then
  base=docker.io/library/debian:12-slim
else
  say "Docker Hub svarar inte ($(tail -1 "$scratch/pull.log")); basen blir Debian 12-roten från mmdebstrap"
  pod import -q "$root_tar" localhost/granska-test-base:debian12 >/dev/null 2>"$scratch/import.log" \
    || cannot "podman kan inte läsa in roten: $(tail -1 "$scratch/import.log")"
  base=localhost/granska-test-base:debian12
  from=(--from "$base")
fi
# A failure here is the machine's (no namespaces, no chroot), not the image's.
pod run --rm "${limits[@]}" --network none "$base" true >"$scratch/probe.log" 2>&1 \
  || cannot "podman kan inte starta en behållare: $(tail -1 "$scratch/probe.log")"

# --- The image, built from the Containerfile ----------------------------------
mkdir -p "$scratch/context"
cp "$deb" "$scratch/context/"
image=localhost/granska:image-test
if ! pod build --isolation chroot --network host --pull=never "${from[@]}" \
     -f "$source_root/Containerfile" -t "$image" "$scratch/context" >"$scratch/build.log" 2>&1; then
  tail -20 "$scratch/build.log" >&2
  fail "Containerfile kunde inte byggas"
fi
[[ "$(pod image inspect --format '{{.Config.Entrypoint}}' "$image")" == "[granska]" ]] \
  || fail "avbildens ingång är inte granska: $(pod image inspect --format '{{.Config.Entrypoint}}' "$image")"
[[ "$(pod image inspect --format '{{.Config.WorkingDir}}' "$image")" == /work ]] \
  || fail "avbildens arbetsmapp är inte /work"
size="$(pod image inspect --format '{{.Size}}' "$image")"
say "byggd från $base: $((size / 1000000)) MB"

run_image() { pod run --rm "${limits[@]}" --network none "$@"; }
run_image "$image" --version | grep -qx 'data: /usr/share/granska (installerad bredvid programmet)' \
  || fail "granska --version i avbilden anger inte /usr/share/granska: $(run_image "$image" --version 2>&1)"

# --- Checks in the image, on the data mounted as the working folder -------------
mkdir -p "$scratch/work"
cp -r "$data" "$scratch/work/data"
cases=()
for c in "$scratch/work/data"/*; do cases+=("data/$(basename "$c")"); done
run_image -v "$scratch/work:/work" "$image" check "${cases[@]}" --as-of "$as_of" --format json \
  --output result.json && status=0 || status=$?
[[ $status -eq 1 ]] || fail "granska i avbilden gav status $status (väntat 1)"
python3 "$source_root/ci/findings.py" "$scratch/work/result.json" | diff -u "$built" - >&2 \
  || fail "avbildens fynd skiljer sig från byggträdets"
say "avbilden: samma fynd som byggträdet ($(grep -c -v '^summary\|^errors' "$built") fynd)"
