#!/usr/bin/env bash
# Build the container image with podman and prove it serves, without pulling
# anything from a registry:
#
#   1. a local base image: Debian bookworm minbase + python3 + python3-venv,
#      made with debootstrap and `podman import` (kept for later runs);
#   2. `podman build --isolation=chroot` of ./Dockerfile with that base
#      (pip in the build stage installs from PyPI);
#   3. the image's own CMD, Env, User and WorkingDir, run in a chroot of a
#      container made from the image, bound to a loopback port: /readyz must
#      answer 200, the image's HEALTHCHECK command must pass, the server must
#      run as the image's non-root user, a bad setting must be refused in one
#      line, and the final stage must hold no compiler.
#
# Run as root (debootstrap, podman's storage, chroot): `make image-check`.
# Environment: IMAGE, BASE_IMAGE, DEBIAN_MIRROR, IMAGE_CHECK_DIR, REBUILD_BASE=1.
set -euo pipefail
cd "$(dirname "$0")/../.."

IMAGE=${IMAGE:-localhost/shanghai-investment-api:check}
BASE_IMAGE=${BASE_IMAGE:-localhost/shanghai-investment-api-base:bookworm}
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
WORK=${IMAGE_CHECK_DIR:-/var/tmp/shanghai-investment-api-image-check}
CA_BUNDLE=${CA_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}

started=$(date +%s.%N)
last=$started
timings=()
phase() {  # record how long the phase that just ended took
    local now
    now=$(date +%s.%N)
    timings+=("$(printf '%-28s %6.1f s' "$1" "$(echo "$now - $last" | bc)")")
    last=$now
}
say() { printf '\n== %s\n' "$*"; }

[ "$(id -u)" -eq 0 ] || { echo "image-check: run as root (debootstrap, podman storage, chroot)" >&2; exit 1; }
for tool in podman debootstrap chroot bc python3; do
    command -v "$tool" >/dev/null || { echo "image-check: $tool is missing (make image-deps)" >&2; exit 1; }
done
mkdir -p "$WORK"

container=""
server=""
cleanup() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        kill -TERM "$server" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server" 2>/dev/null || true
    fi
    if [ -n "$container" ]; then
        podman umount "$container" >/dev/null 2>&1 || true
        podman rm -f "$container" >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

# --- 1. The base image --------------------------------------------------------
if [ "${REBUILD_BASE:-0}" = 1 ] || ! podman image exists "$BASE_IMAGE"; then
    say "base image $BASE_IMAGE: debootstrap bookworm (minbase + python3 + python3-venv)"
    rootfs="$WORK/rootfs"
    rm -rf "$rootfs"
    debootstrap --variant=minbase --include=python3,python3-venv bookworm "$rootfs" "$DEBIAN_MIRROR" \
        >"$WORK/debootstrap.log" 2>&1 || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
    rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/usr/share/doc/* \
        "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/*
    tar --numeric-owner -C "$rootfs" -c . |
        podman import --quiet --change 'CMD ["/usr/bin/python3"]' - "$BASE_IMAGE" >/dev/null
    rm -rf "$rootfs"
    phase "base image (debootstrap)"
else
    say "base image $BASE_IMAGE: present"
    phase "base image (cached)"
fi

# --- 2. The build -----------------------------------------------------------
say "podman build $IMAGE"
secret=()
if [ -s "$CA_BUNDLE" ]; then
    secret=(--secret "id=ca,src=$CA_BUNDLE")  # for pip behind a TLS-intercepting proxy; not stored in the image
fi
previous=$(podman image inspect --format '{{.Id}}' "$IMAGE" 2>/dev/null || true)
podman build --isolation=chroot --format docker "${secret[@]}" \
    --build-arg "BASE_IMAGE=$BASE_IMAGE" -t "$IMAGE" -f Dockerfile . >"$WORK/build.log" 2>&1 ||
    { tail -40 "$WORK/build.log" >&2; exit 1; }
if [ -n "$previous" ] && [ "$previous" != "$(podman image inspect --format '{{.Id}}' "$IMAGE")" ]; then
    podman rmi "$previous" >/dev/null 2>&1 || true  # the image this run replaced
fi
podman image inspect --format '{{json .Config}}' "$IMAGE" >"$WORK/config.json"
podman image inspect --format '{{json .HealthCheck}}' "$IMAGE" >"$WORK/healthcheck.json"
podman image inspect --format '{{.Size}}' "$IMAGE" >"$WORK/size"
phase "podman build"

# --- 3. Run the image's command on its filesystem -------------------------------
say "run the image's CMD in a chroot of its filesystem"
container=$(podman create "$IMAGE")
root=$(podman mount "$container")

# What the image says to run, as shell words.
eval "$(python3 - "$WORK/config.json" "$WORK/healthcheck.json" <<'PY'
import json, shlex, sys
config = json.load(open(sys.argv[1]))
config["Healthcheck"] = config.get("Healthcheck") or json.load(open(sys.argv[2]))
def words(name, values):
    print(f"{name}=({' '.join(shlex.quote(v) for v in values)})")
words("image_cmd", (config.get("Entrypoint") or []) + (config.get("Cmd") or []))
words("image_env", config.get("Env") or [])
test = (config.get("Healthcheck") or {}).get("Test") or []
words("image_health", test[1:] if test[:1] == ["CMD"] else (["/bin/sh", "-c", test[1]] if test[:1] == ["CMD-SHELL"] else []))
print(f"image_user={shlex.quote(config.get('User') or '')}")
print(f"image_workdir={shlex.quote(config.get('WorkingDir') or '/')}")
PY
)"

[ -n "$image_user" ] && [ "${image_user%%:*}" != 0 ] && [ "${image_user%%:*}" != root ] ||
    { echo "image-check: the image runs as root (User=$image_user)" >&2; exit 1; }
[ "${#image_health[@]}" -gt 0 ] || { echo "image-check: the image has no HEALTHCHECK" >&2; exit 1; }
for tool in gcc cc c++ g++ make ld; do
    if [ -e "$root/usr/bin/$tool" ] || [ -e "$root/usr/local/bin/$tool" ]; then
        echo "image-check: build tool $tool in the final image" >&2
        exit 1
    fi
done

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
in_image() {  # run a command as the image would: its user, environment and working directory (loopback only)
    chroot --userspec="$image_user" "$root" /usr/bin/env -i "${image_env[@]}" HOST=127.0.0.1 PORT="$port" "$@"
}

# A bad setting is refused before anything starts, in one line.
set +e
in_image /bin/sh -c 'cd "$0" && exec "$@"' "$image_workdir" env CACHE_MAX_AGE=soon "${image_cmd[@]}" \
    >"$WORK/refusal.out" 2>"$WORK/refusal.err"
refused=$?
set -e
if [ "$refused" -eq 0 ] || [ "$(wc -l <"$WORK/refusal.err")" -ne 1 ] || ! grep -q CACHE_MAX_AGE "$WORK/refusal.err" ||
    grep -q Traceback "$WORK/refusal.err"; then
    echo "image-check: a bad setting was not refused in one line:" >&2
    cat "$WORK/refusal.err" >&2
    exit 1
fi
echo "refused a bad setting (exit $refused): $(cat "$WORK/refusal.err")"

# (exec: $! is then the server's master itself, not a subshell)
(exec chroot --userspec="$image_user" "$root" /usr/bin/env -i "${image_env[@]}" HOST=127.0.0.1 PORT="$port" \
    /bin/sh -c 'cd "$0" && exec "$@"' "$image_workdir" "${image_cmd[@]}" \
    >"$WORK/server.out" 2>"$WORK/server.err") &
server=$!
ready=""
for _ in $(seq 300); do
    if status=$(python3 -c "import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:$port/readyz', timeout=1).status)" 2>/dev/null); then
        ready=$status
        break
    fi
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
done
if [ "$ready" != 200 ]; then
    echo "image-check: /readyz did not answer 200" >&2
    tail -20 "$WORK/server.out" "$WORK/server.err" >&2
    exit 1
fi
phase "start and /readyz 200"
echo "/readyz: 200 on 127.0.0.1:$port"

in_image "${image_health[@]}" || { echo "image-check: the HEALTHCHECK command failed" >&2; exit 1; }
echo "HEALTHCHECK command: passes"

uid=$(awk '/^Uid:/ {print $2}' "/proc/$server/status")
[ "$uid" = "${image_user%%:*}" ] || { echo "image-check: server runs as uid $uid, not $image_user" >&2; exit 1; }
echo "server runs as uid $uid"
if [ -s "$WORK/server.err" ]; then
    echo "image-check: the server wrote to stderr:" >&2
    cat "$WORK/server.err" >&2
    exit 1
fi
python3 - "$WORK/server.out" <<'PY'
import json, sys
lines = [line for line in open(sys.argv[1]) if line.strip()]
records = [json.loads(line) for line in lines]  # every log line is JSON
print(f"{len(records)} log lines, all JSON; last: {lines[-1].strip()}")
PY

kill -TERM "$server"
for _ in $(seq 300); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$server" 2>/dev/null; then
    echo "image-check: the server did not stop on SIGTERM" >&2
    exit 1
fi
server=""
phase "checks and shutdown"

total=$(echo "$(date +%s.%N) - $started" | bc)
say "image-check passed: $IMAGE ($(($(cat "$WORK/size") / 1000000)) MB)"
printf '%s\n' "${timings[@]}"
printf '%-28s %6.1f s\n' "total" "$total"
