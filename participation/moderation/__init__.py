"""Moderation: reports by users, hiding content."""
