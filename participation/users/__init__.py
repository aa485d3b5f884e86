"""Accounts, roles and authentication."""
