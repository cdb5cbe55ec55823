#!/usr/bin/env bash
# Measure gunicorn worker classes and keep-alive against /v1/projects on
# loopback: gunicorn pinned to one core, wrk to another (taskset), short
# bounded runs. Prints one markdown table row per configuration.
#
#   deploy/scripts/bench-workers.sh [DATABASE] [SECONDS]
#
# Needs wrk (Debian package `wrk`) and util-linux's taskset; at least 2 CPUs.
set -euo pipefail
cd "$(dirname "$0")/../.."
DATABASE=${1:-build/data.db}
SECONDS_PER_RUN=${2:-5}
CONNECTIONS=${CONNECTIONS:-16}
URL_PATH=${URL_PATH:-/v1/projects}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
PYTHON=${PYTHON:-.venv/bin/python}
PORT=${BENCH_PORT:-$($PYTHON -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }
[ "$(nproc)" -ge 2 ] || { echo "needs 2 CPUs to pin server and client apart" >&2; exit 1; }

server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; server=""; }
trap cleanup EXIT

run() {  # label, client keep-alive (yes/no), then environment assignments for the server
    local label=$1 client_keepalive=$2; shift 2
    env HOST=127.0.0.1 PORT="$PORT" DATABASE_PATH="$DATABASE" RATE_LIMIT_ENABLED=false "$@" \
        taskset -c "$SERVER_CPU" "$PYTHON" -m gunicorn --config gunicorn.conf.py 'api:create_app()' >/dev/null 2>&1 &
    server=$!
    for _ in $(seq 100); do
        curl -fs -o /dev/null "http://127.0.0.1:$PORT/readyz" 2>/dev/null && break
        python3 -c 'import time; time.sleep(0.1)'
    done
    local header=()
    [ "$client_keepalive" = no ] && header=(-H "Connection: close")
    # warm every worker's response cache, then measure
    taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d1s "${header[@]}" "http://127.0.0.1:$PORT$URL_PATH" >/dev/null
    local out
    out=$(taskset -c "$CLIENT_CPU" wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "${header[@]}" \
        "http://127.0.0.1:$PORT$URL_PATH")
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errors=$(awk '/Socket errors|Non-2xx/ {printf "%s ", $0}' <<<"$out")
    printf '| %s | %s | %s | %s | %s | %s |\n' "$label" "$client_keepalive" "$rps" "$p50" "$p99" "${errors:-none}"
    cleanup
}

echo "| server (pinned to CPU $SERVER_CPU) | client keep-alive | req/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|"
for w in 1 2 3; do
    run "sync, $w workers" no WORKER_CLASS=sync WEB_CONCURRENCY=$w
done
run "sync, 2 workers" yes WORKER_CLASS=sync WEB_CONCURRENCY=2
for w in 1 2 3; do
    run "gevent, $w workers, keepalive 5 s" yes WORKER_CLASS=gevent KEEPALIVE=5 WEB_CONCURRENCY=$w
done
run "gevent, 2 workers, keepalive 5 s" no WORKER_CLASS=gevent KEEPALIVE=5 WEB_CONCURRENCY=2
run "gevent, 3 workers, no response cache" yes WORKER_CLASS=gevent KEEPALIVE=5 WEB_CONCURRENCY=3 RESPONSE_CACHE_SIZE=0
for w in 1 2 3; do
    run "gthread, $w workers x 2 threads, keepalive 5 s" yes WORKER_CLASS=gthread THREADS=2 KEEPALIVE=5 WEB_CONCURRENCY=$w
done
for t in 1 4; do
    run "gthread, 2 workers x $t threads, keepalive 5 s" yes WORKER_CLASS=gthread THREADS=$t KEEPALIVE=5 WEB_CONCURRENCY=2
done
run "gthread, 2 workers x 2 threads, keepalive 5 s" no WORKER_CLASS=gthread THREADS=2 KEEPALIVE=5 WEB_CONCURRENCY=2
run "gthread, 2 workers x 2 threads, keepalive off" yes WORKER_CLASS=gthread THREADS=2 KEEPALIVE=0 WEB_CONCURRENCY=2
run "gthread, 3 workers x 2 threads, no response cache" yes WORKER_CLASS=gthread THREADS=2 KEEPALIVE=5 WEB_CONCURRENCY=3 RESPONSE_CACHE_SIZE=0
run "sync, 3 workers, no response cache" no WORKER_CLASS=sync WEB_CONCURRENCY=3 RESPONSE_CACHE_SIZE=0
