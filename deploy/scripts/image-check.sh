#!/usr/bin/env bash
# Build the container image with podman and prove it serves, without pulling
# anything from a registry:
#
#   1. a local base image: Debian bookworm minbase + python3 + python3-venv,
#      made with debootstrap and `podman import` (kept for later runs);
#   2. `podman build --isolation=chroot` of ./Dockerfile with that base
#      (pip in the build stage installs from PyPI);
#   3. the image as built: its layers start with BASE_IMAGE's, the build
#      stage's tree and any compiler stayed behind, CMD is exec-form gunicorn
#      with this checkout's gunicorn.conf.py, the user is numeric, non-root and
#      the one deploy/k8s runs as, EXPOSE matches PORT, the HEALTHCHECK is
#      exec-form, the database is where DATABASE_PATH says and read-only, and
#      every package pinned in constraints.txt is installed at its pin;
#   4. the image's own CMD, Env, User and WorkingDir, run in a chroot of a
#      container made from the image, bound to a loopback port: /readyz must
#      answer 200, the image's HEALTHCHECK command must pass (and fail once the
#      server has stopped), the server must run as the image's non-root user,
#      and a bad setting must be refused in one line.
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
podman image inspect --format '{{json .RootFS.Layers}}' "$IMAGE" >"$WORK/layers.json"
podman image inspect --format '{{json .RootFS.Layers}}' "$BASE_IMAGE" >"$WORK/base-layers.json"
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

# The image as built: what the Dockerfile is meant to produce, read from the
# image's configuration and filesystem rather than from the Dockerfile's text.
python3 - "$WORK/config.json" "$WORK/healthcheck.json" "$root" "$WORK/base-layers.json" "$WORK/layers.json" <<'PY'
import glob, json, os, re, sys
from importlib.metadata import distributions

config_path, healthcheck_path, root, base_layers_path, layers_path = sys.argv[1:]
config = json.load(open(config_path))
healthcheck = config.get("Healthcheck") or json.load(open(healthcheck_path)) or {}
env = dict(item.split("=", 1) for item in config.get("Env") or [])
problems = []


def check(ok, problem):
    if not ok:
        problems.append(problem)


def name(text):
    return re.sub(r"[-_.]+", "-", text).lower()


# Multi-stage on BASE_IMAGE: the final image is the base image's layers plus its
# own, and the build stage's tree stays behind.
base_layers, layers = json.load(open(base_layers_path)), json.load(open(layers_path))
check(layers[: len(base_layers)] == base_layers, "the final stage is not built FROM the BASE_IMAGE build argument")
check(not os.path.exists(f"{root}/src"), "the build stage's /src is in the final image")

# Exec-form gunicorn (PID 1, so it gets SIGTERM), with the same gunicorn.conf.py as `make run`.
command = (config.get("Entrypoint") or []) + (config.get("Cmd") or [])
check(command[:1] == ["gunicorn"], f"the command is not gunicorn in exec form: {command}")
if "--config" in command[:-1]:
    conf = os.path.join(config.get("WorkingDir") or "/", command[command.index("--config") + 1])
    check(
        os.path.isfile(root + conf) and open(root + conf, "rb").read() == open("gunicorn.conf.py", "rb").read(),
        f"{conf} in the image is not this checkout's gunicorn.conf.py",
    )
else:
    problems.append(f"the command names no --config: {command}")

# A numeric non-root user (Kubernetes' runAsNonRoot can only verify a numeric
# one), the same the Deployment runs as.
uid, _, gid = (config.get("User") or "").partition(":")
check(uid.isdigit() and int(uid) != 0, f"the image's user is not a numeric non-root uid: {config.get('User')!r}")
deployment = open("deploy/k8s/deployment.yaml").read()
for key, expected in (("runAsUser", uid), ("runAsGroup", gid)):
    found = set(re.findall(rf"^\s*{key}:\s*(\S+)", deployment, re.MULTILINE))
    check(found == {expected}, f"deploy/k8s/deployment.yaml {key} {sorted(found)}, the image's {expected!r}")

check(
    set(config.get("ExposedPorts") or {}) == {f"{env.get('PORT')}/tcp"},
    f"exposed ports {sorted(config.get('ExposedPorts') or {})} are not PORT={env.get('PORT')}",
)
check((healthcheck.get("Test") or [])[:1] == ["CMD"], f"the HEALTHCHECK is not in exec form: {healthcheck}")

# The database was built into the image, where DATABASE_PATH says, read-only.
database = root + env.get("DATABASE_PATH", "/nonexistent")
check(os.path.isfile(database), f"no database at DATABASE_PATH={env.get('DATABASE_PATH')}")
check(os.path.isfile(database) and not os.stat(database).st_mode & 0o222, "the database is writable")

# pip honoured constraints.txt: every pinned package is installed at its pin.
pins = {}
for line in open("constraints.txt"):
    requirement = line.split("#", 1)[0].strip()
    if "==" in requirement:
        package, version = requirement.split("==", 1)
        pins[name(package)] = version.strip()
python_dirs = [d for d in env.get("PATH", "").split(":") if os.path.exists(f"{root}{d}/python")]
site = glob.glob(f"{root}{python_dirs[0]}/../lib/python3*/site-packages") if python_dirs else []
installed = {name(d.metadata["Name"]): d.version for d in distributions(path=site)}
check(installed, "no Python packages found next to the image's python")
off_pin = {package: (version, pins[package]) for package, version in installed.items() if pins.get(package, version) != version}
check(not off_pin, f"installed (version, pin) differ from constraints.txt: {off_pin}")
project = name(re.search(r'^name = "(.+)"', open("pyproject.toml").read(), re.MULTILINE).group(1))
unpinned = sorted(set(installed) - set(pins) - {project, "pip", "setuptools", "wheel"})

if problems:
    print("image-check: " + "\nimage-check: ".join(problems), file=sys.stderr)
    sys.exit(1)
print(
    f"image: on BASE_IMAGE, exec-form {command[0]}, user {config['User']} (as the Deployment), "
    f"port {env['PORT']}, read-only database, {len(installed)} packages at their pins"
    + (f" (not in constraints.txt: {', '.join(unpinned)})" if unpinned else "")
)
PY

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
if in_image "${image_health[@]}" 2>/dev/null; then
    echo "image-check: the HEALTHCHECK command passes with the server stopped" >&2
    exit 1
fi
echo "HEALTHCHECK command: fails once the server has stopped"
phase "checks and shutdown"

total=$(echo "$(date +%s.%N) - $started" | bc)
say "image-check passed: $IMAGE ($(($(cat "$WORK/size") / 1000000)) MB)"
printf '%s\n' "${timings[@]}"
printf '%-28s %6.1f s\n' "total" "$total"
