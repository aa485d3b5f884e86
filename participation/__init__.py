"""Mitwirken: citizen participation and idea platform for municipalities."""
