#!/bin/sh
# Bring the database up to date, optionally add demo data, then run the given command.
set -e

flask db upgrade

if [ "${SEED_DEMO:-0}" = "1" ]; then
    flask seed-demo --if-empty
fi

# Fill Meilisearch from the database (quick; later changes go through the outbox).
# If Meilisearch is not reachable yet, search uses the database until it is.
if [ -n "${MEILISEARCH_URL}" ]; then
    flask search reindex || echo "Meilisearch is not ready; search uses the database meanwhile." >&2
fi

exec "$@"
