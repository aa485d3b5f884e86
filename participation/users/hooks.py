"""What features above the accounts add to registration and login (see core/hooks.py)."""

from participation.core.hooks import Hook

# A new account was registered with the form (its terms checkbox ticked): record the consent.
registered = Hook("registered", lambda _user: None)
# Someone logged in (password or provider): e.g. ask again for terms that changed materially.
logged_in = Hook("logged_in", lambda _user: None)
