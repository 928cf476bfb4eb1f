#!/usr/bin/env bash
# Builds the Linux (or macOS) bundles: installs PyInstaller into .venv (the `package`
# extra), then packaging/build.py — both bundles, archives, SHA256SUMS, their frozen
# selftest offscreen, start figures; the last line of standard output is one JSON object.
# Arguments go to build.py, e.g.  packaging/build.sh --flavour client --skip-start
source "$(dirname "$0")/../scripts/_venv.sh" run
.venv/bin/python -m pip install --quiet -e '.[package]'
exec .venv/bin/python packaging/build.py "$@"
