"""Qt only: windows, pages, dialogs, table models. Data comes and goes through desktop.services."""
