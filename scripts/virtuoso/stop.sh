#!/usr/bin/env bash
# Stops the Virtuoso that scripts/virtuoso/start.sh started, and removes its scratch database.
set -euo pipefail
dir="${VIRTUOSO_DIR:-/tmp/akhbar-virtuoso}"
if [[ -f "$dir/pid" ]] && grep -q virtuoso-t "/proc/$(cat "$dir/pid")/cmdline" 2>/dev/null; then
  kill "$(cat "$dir/pid")"
  for _ in $(seq 1 100); do kill -0 "$(cat "$dir/pid")" 2>/dev/null || break; sleep 0.2; done
fi
rm -rf "$dir"
echo "virtuoso: stopped"
