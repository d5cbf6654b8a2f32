"""The registrar's screens: students, groups, movement orders, imports, and the NEDB page."""
