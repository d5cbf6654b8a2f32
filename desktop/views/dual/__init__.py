"""The dual-training coordinator's screens: contracts with their appendix, enterprises, mentors, partnerships."""
