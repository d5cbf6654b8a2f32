"""Files in and out. Readers parse and check everything first and return rows with every problem."""
