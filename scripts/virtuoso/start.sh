#!/usr/bin/env bash
# Starts Virtuoso open source (Debian's virtuoso-minimal) on loopback with a scratch database,
# for the integration tests. Idempotent: installs the package when it is missing, reuses a
# server of ours that already answers with the expected login, and otherwise restarts cleanly.
#   VIRTUOSO_DIR (/tmp/akhbar-virtuoso)  VIRTUOSO_HTTP_PORT (8890)  VIRTUOSO_SQL_PORT (1111)
#   VIRTUOSO_PASSWORD (akhbar-test): the dba password of this throwaway, loopback-only database
#   VIRTUOSO_BUFFERS (10000): 8 KB pages of cache; a corpus load wants more (100000: about 800 MB)
#   VIRTUOSO_KEEP_DB (unset): 1 starts on the database already in $VIRTUOSO_DIR/db (a server that
#     stopped or crashed comes back with what it had checkpointed) instead of a fresh one
# The server reads bulk-load files only from folders its ini allows (DirsAllowed): $VIRTUOSO_DIR/bulk
# is one, for `akhbar load --bulk --bulk-dir`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${VIRTUOSO_DIR:-/tmp/akhbar-virtuoso}"
http_port="${VIRTUOSO_HTTP_PORT:-8890}"
sql_port="${VIRTUOSO_SQL_PORT:-1111}"
password="${VIRTUOSO_PASSWORD:-akhbar-test}"
buffers="${VIRTUOSO_BUFFERS:-10000}"
base="http://127.0.0.1:${http_port}"
log() { echo "virtuoso: $*"; }

# HTTP status of a request, 000 when nothing answers (node is there on every Akhbar machine).
status() { node -e 'fetch(process.argv[1], { method: process.argv[2] ?? "GET", signal: AbortSignal.timeout(5000) }).then((r) => console.log(r.status), () => console.log("000"))' "$@"; }
# Ours only if the pid file names a live virtuoso-t (a pid can be reused by another program).
running() { [[ -f "$dir/pid" ]] && grep -q virtuoso-t "/proc/$(cat "$dir/pid")/cmdline" 2>/dev/null; }
login_ok() { isql-vt "127.0.0.1:${sql_port}" dba "$password" exec="select 1;" >/dev/null 2>&1; }

if ! command -v virtuoso-t >/dev/null || ! command -v isql-vt >/dev/null; then
  log "installing virtuoso-minimal from Debian"
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends virtuoso-minimal >/dev/null
fi

# A server started from our configuration whose pid file was lost is ours too.
if ! running; then
  for proc in /proc/[0-9]*; do
    if grep -q virtuoso-t "$proc/cmdline" 2>/dev/null && grep -q "$dir/virtuoso.ini" "$proc/cmdline" 2>/dev/null; then
      mkdir -p "$dir" && echo "${proc#/proc/}" > "$dir/pid"
    fi
  done
fi

if running && [[ $(status "$base/sparql?query=ASK%7B%7D") == 200 ]] && login_ok; then
  log "already running at $base (pid $(cat "$dir/pid")), reused"
  exit 0
fi
if running; then
  log "restarting pid $(cat "$dir/pid"), which does not answer as expected"
  kill "$(cat "$dir/pid")"
  for _ in $(seq 1 100); do running || break; sleep 0.2; done
  running && kill -9 "$(cat "$dir/pid")"
fi
if [[ $(status "$base/sparql") != 000 ]]; then
  echo "virtuoso: port ${http_port} is taken by a server this script did not start; stop it or set VIRTUOSO_HTTP_PORT" >&2
  exit 1
fi

fresh=1
if [[ "${VIRTUOSO_KEEP_DB:-}" == 1 && -f "$dir/db/virtuoso.db" ]]; then
  log "starting on the database in $dir/db"
  fresh=0
else
  rm -rf "$dir/db" "$dir/bulk"
fi
mkdir -p "$dir/db" "$dir/bulk"
sed -e "s|@DIR@|$dir|g" -e "s|@SQL_PORT@|$sql_port|g" -e "s|@HTTP_PORT@|$http_port|g" \
  -e "s|@BUFFERS@|$buffers|g" -e "s|@DIRTY_BUFFERS@|$((buffers * 3 / 4))|g" "$here/virtuoso.ini" > "$dir/virtuoso.ini"
virtuoso-t +configfile "$dir/virtuoso.ini" +foreground > "$dir/stdout.log" 2>&1 &
echo $! > "$dir/pid"
for _ in $(seq 1 300); do
  [[ $(status "$base/sparql?query=ASK%7B%7D") == 200 ]] && break
  running || { cat "$dir/stdout.log" >&2; echo "virtuoso: the server stopped while starting" >&2; exit 1; }
  sleep 0.2
done
[[ $(status "$base/sparql?query=ASK%7B%7D") == 200 ]] || { tail "$dir/stdout.log" >&2; echo "virtuoso: /sparql did not answer within 60 s" >&2; exit 1; }

# A fresh database has the login dba/dba: give it the test password.
[[ $fresh == 0 ]] || isql-vt "127.0.0.1:${sql_port}" dba dba exec="USER_SET_PASSWORD('dba', '${password}');" >/dev/null
login_ok || { echo "virtuoso: could not set the dba password" >&2; exit 1; }
log "running at $base (pid $(cat "$dir/pid")), SPARQL $base/sparql, Graph Store $base/sparql-graph-crud-auth (Digest, user dba), SQL 127.0.0.1:${sql_port}, bulk-load folder $dir/bulk"
