"""Fixtures of the document tests: pdftotext, installed when missing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def pdftotext() -> str:
    """The pdftotext program; installed from Debian when missing, skipped only if that fails."""
    found = shutil.which("pdftotext")
    if found is None and shutil.which("apt-get"):
        for command in (["apt-get", "install", "-y", "poppler-utils"], ["apt-get", "update"],
                        ["apt-get", "install", "-y", "poppler-utils"]):
            subprocess.run(command, capture_output=True, timeout=600, check=False)
            found = shutil.which("pdftotext")
            if found:
                break
    if found is None:
        pytest.skip("pdftotext (Debian poppler-utils) is missing and could not be installed")
    return found


@pytest.fixture
def pdf_text(pdftotext: str, tmp_path: Path):
    """The text of a PDF as pdftotext reads it, one string per page."""
    def read(pdf: bytes) -> list[str]:
        path = tmp_path / "doc.pdf"
        path.write_bytes(pdf)
        out = subprocess.run([pdftotext, "-enc", "UTF-8", str(path), "-"], check=True,
                             capture_output=True, timeout=30).stdout.decode("utf-8")
        return out.split("\f")[:-1] if "\f" in out else [out]

    return read
