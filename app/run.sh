#!/usr/bin/env bash
# Builds Matchline (Release) and opens it on the bundled sample report, or on the file given.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/app/setup.sh" "$here/build-release" Release
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "matchline: no display; running under xvfb-run (use --screenshot OUT.png to see it)" >&2
    exec xvfb-run -a "$here/build-release/app/matchline" "$@"
fi
exec "$here/build-release/app/matchline" "$@"
