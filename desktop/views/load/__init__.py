"""The Teacher load page (issue #18): the distribution of the curricula's hours over the teachers, the staff, the hours
taught and the load documents."""
