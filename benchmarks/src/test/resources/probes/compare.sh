#!/usr/bin/env bash
# Interleaved timing of probe programs under two Specula jars, generic VM (--no-specialize), with
# the launcher's JVM flags. Usage: compare.sh RUNS BEFORE.jar AFTER.jar prog.py...
# Prints, per program and jar, the median wall time and the median CPU time (user + sys, which
# is less disturbed than wall time by other processes competing for the cores), in ms.
set -euo pipefail
runs=$1; a=$2; b=$3; shift 3
J="java -XX:+UseSerialGC -XX:-DontCompileHugeMethods -XX:-TieredCompilation -Xss8m -jar"
tmp=$(mktemp)
t() { /usr/bin/time -o "$tmp" -f '%e %U %S' $J "$1" --no-specialize "$2" >/dev/null
      awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$tmp"; }
med() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }
for p in "$@"; do
  wa=(); wb=(); ca=(); cb=()
  for ((i = 0; i < runs; i++)); do
    read -r w c < <(t "$a" "$p"); wa+=("$w"); ca+=("$c")
    read -r w c < <(t "$b" "$p"); wb+=("$w"); cb+=("$c")
  done
  printf '%-16s wall before %5d after %5d | cpu before %5d after %5d   (wall %s / %s)\n' "$(basename "$p")" \
    "$(printf '%s\n' "${wa[@]}" | med)" "$(printf '%s\n' "${wb[@]}" | med)" \
    "$(printf '%s\n' "${ca[@]}" | med)" "$(printf '%s\n' "${cb[@]}" | med)" "${wa[*]}" "${wb[*]}"
done
rm -f "$tmp"
