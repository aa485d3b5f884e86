"""The floor: the smallest Flask app, served exactly like the platform.

Every figure in the result table is read against it: what the machine, gunicorn and wrk
manage at best in the same run.
"""

from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello() -> str:
    return "Hallo Welt"
