"""What the notifications feature connects at start-up: its listeners to the domain signals,
and the outbox handler that turns immediate notifications into e-mails."""

from flask import Flask

from participation.core import outbox
from participation.notifications.fanout import FANOUT_TOPIC
from participation.notifications.listeners import SIGNALS
from participation.notifications.mails import send_immediate


def register(_app: Flask) -> None:
    for signal, listener in SIGNALS:
        signal.connect(listener)
    outbox.register_handler(FANOUT_TOPIC, send_immediate)
