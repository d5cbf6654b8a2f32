"""The Final grades page: a group's grade grid and its reconciliation, the grading scale, the register of issued
diplomas and supplements, and the printing of supplements."""
