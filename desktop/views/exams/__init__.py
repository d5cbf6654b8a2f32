"""The exam organiser's screens: sessions, the panel, candidates and their scores, the protocol."""
