#!/usr/bin/env bash
# Interleaved timing of probe programs under two Specula jars (generic VM, --no-specialize).
# Usage: compare.sh RUNS BEFORE.jar AFTER.jar prog.py...   Prints the median wall time per jar.
set -euo pipefail
runs=$1; a=$2; b=$3; shift 3
J="java -XX:+UseSerialGC -XX:-DontCompileHugeMethods -Xss8m -jar"
t() { local s e; s=$(date +%s%N); $J "$1" --no-specialize "$2" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
med() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }
for p in "$@"; do
  ta=(); tb=()
  for ((i = 0; i < runs; i++)); do ta+=("$(t "$a" "$p")"); tb+=("$(t "$b" "$p")"); done
  ma=$(printf '%s\n' "${ta[@]}" | med); mb=$(printf '%s\n' "${tb[@]}" | med)
  printf '%-16s before %6d ms  after %6d ms  (%s / %s)\n' "$(basename "$p")" "$ma" "$mb" "${ta[*]}" "${tb[*]}"
done
