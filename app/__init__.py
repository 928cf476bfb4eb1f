"""Daftar: the product — domain core, desktop client, documents and command line."""

__version__ = "0.1.0"
