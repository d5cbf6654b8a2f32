"""Printed documents (reportlab), built from dataclasses, in Kazakh or Russian."""
