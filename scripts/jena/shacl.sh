#!/usr/bin/env bash
# Apache Jena's `shacl` command with the classpath that scripts/jena/setup.sh builds, e.g.
#   bash scripts/jena/shacl.sh validate --shapes shapes/akhbar.ttl --data output/alaska-summit.ttl
# It exits 0 whether or not the data conforms: read sh:conforms in the report it prints.
set -euo pipefail
cp="$(bash "$(dirname "$0")/setup.sh")"
exec java -cp "$cp" shacl.shacl "$@"
