"""Ideas: categories, submission, editing, status history, support and following."""
