"""Zhospar: planning and records for Kazakhstan's TVET colleges."""

__version__ = "0.1.0"
