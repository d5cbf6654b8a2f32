"""Moved to desktop.views.action_gate (it serves every page, not the contingent only); the names stay importable
here for the pages that still import them from this place."""
from desktop.views.action_gate import ActionGate, Reason, may_discard, search_box, with_keys

__all__ = ["ActionGate", "Reason", "may_discard", "search_box", "with_keys"]
