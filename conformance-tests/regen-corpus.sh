#!/usr/bin/env bash
# Regenerates the golden files (X.stdout, X.stderr, X.status) of every corpus program X.py by
# running it under CPython 3.11 exactly as `python3 /abs/path/X.py` from the corpus directory.
# The only normalisation: in stderr, the absolute corpus directory is replaced by `<corpus>`.
#
# Usage: conformance-tests/regen-corpus.sh [NNN_name.py ...]   (default: all programs)
set -euo pipefail

PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' 2>/dev/null; then
    echo "regen-corpus.sh: refusing to run: '$PY' is not CPython 3.11 ($("$PY" --version 2>&1 || true))" >&2
    exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
corpus="$here/src/test/resources/corpus"
cd "$corpus"

if [ "$#" -gt 0 ]; then
    programs=("$@")
else
    programs=([0-9][0-9][0-9]_*.py)
fi

export PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS PYTHONHASHSEED || true

for prog in "${programs[@]}"; do
    prog="$(basename "$prog")"
    base="${prog%.py}"
    status=0
    timeout 60 "$PY" "$corpus/$prog" >"$base.stdout" 2>"$base.stderr.raw" || status=$?
    "$PY" - "$corpus" "$base.stderr.raw" "$base.stderr" <<'PYEOF'
import sys
corpus, src, dst = sys.argv[1:4]
with open(src, encoding="utf-8", newline="") as f:
    text = f.read()
with open(dst, "w", encoding="utf-8", newline="") as f:
    f.write(text.replace(corpus, "<corpus>"))
PYEOF
    rm -f "$base.stderr.raw"
    echo "$status" >"$base.status"
    echo "$prog: status $status"
done
