#!/usr/bin/env bash
# Install Debian packages whose command is missing, without starting any of
# their services (nginx's package would otherwise start a server on port 80).
#
#   deploy/scripts/apt-install-missing.sh nginx:nginx wrk:wrk ...   (command:package)
set -euo pipefail
missing=()
for pair in "$@"; do
    command=${pair%%:*}
    package=${pair#*:}
    command -v "$command" >/dev/null 2>&1 || [ -x "/usr/sbin/$command" ] || missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "apt-install-missing: root needed to install ${missing[*]} (sudo $0 $*)" >&2
    exit 1
fi
echo "installing ${missing[*]}"
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"  # "action forbidden": invoke-rc.d starts nothing
    chmod 755 "$policy"
    trap 'rm -f "$policy"' EXIT
fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=300 update -qq
apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
