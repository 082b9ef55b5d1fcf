#!/usr/bin/env bash
# Akhbar over a corpus in N shards with GNU parallel: on this machine, or on several with
# -S host1,host2 (each with the same checkout at the same path, and CORPUS and OUT on a shared
# file system). Shard K writes OUT/all.shard-K-of-N.nq.gz; a shard run again resumes. Every shard
# runs to its end; the exit status is the number of shards that failed (an article refused counts).
#
#   deploy/gnu-parallel.sh CORPUS OUT N [parallel options…]
set -euo pipefail
corpus="${1:?usage: gnu-parallel.sh CORPUS OUT N [parallel options]}"; out="${2:?}"; n="${3:?}"; shift 3
cd "$(dirname "$0")/.."
parallel --jobs "$n" --wd "$PWD" "$@" \
  node dist/cli/bin.js run "$corpus" --out "$out" --gzip --quiet --jobs 1 --shard {}/"$n" ::: $(seq 0 $((n - 1)))
