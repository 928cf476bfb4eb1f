"""The central API (ASGI)."""
