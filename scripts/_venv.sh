# Sourced by scripts/run and scripts/test: make .venv with Daftar installed, up to date.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Daftar needs Python 3.11 or newer as '$PYTHON' (set PYTHON=/path/to/python3.11)." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml | "$PYTHON" -c 'import hashlib,sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest()[:16])')-${1:-run}
if [ ! -e "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
  if [ "${1:-run}" = test ]; then
    .venv/bin/python -m pip install --quiet -e '.[test]'
  else
    .venv/bin/python -m pip install --quiet -e '.[server]'
  fi
  touch "$stamp"
fi
# Qt translations are compiled from their .ts sources at install time (and again when edited).
for ts in resources/translations/daftar_*.ts; do
  [ -e "$ts" ] || continue
  if [ ! -e "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
    .venv/bin/python -m app.ui.i18n >/dev/null
    break
  fi
done
