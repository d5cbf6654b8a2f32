"""Pure rules of the field: no Qt, no database, no file formats (a test keeps it so)."""
