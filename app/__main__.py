"""``python -m app`` is the ``daftar`` command."""

from app.cli import main

raise SystemExit(main())
