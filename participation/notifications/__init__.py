"""Notifications: in the app and by e-mail, immediately or as daily/weekly digests."""
