"""Use cases: each owns its transaction and returns frozen dataclasses, never ORM rows."""
