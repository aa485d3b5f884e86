"""Start page, legal pages and the language switch."""
