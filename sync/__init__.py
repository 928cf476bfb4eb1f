"""Replication: the local replica, the wire protocol, the sync client and the central API.

Knows nothing of elections or schools: records are collections of named fields.
"""

SCHEMA_VERSION = 1
