#!/usr/bin/env bash
# Installs (if missing) and starts Debian's PostgreSQL for the storage tests, listening on
# 127.0.0.1 only, with a role and a database for them. Idempotent; runs as root.
# Prints the one line to evaluate, so:  eval "$(.ci/postgres.sh)"
# Progress goes to standard error.
set -euo pipefail

role=${VENDORSCORE_TEST_PG_ROLE:-vendorscore_test}
database=${VENDORSCORE_TEST_PG_DATABASE:-vendorscore_test}
password=${VENDORSCORE_TEST_PG_PASSWORD:-vendorscore-test-only}

say() { echo "postgres.sh: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    say "installing Debian's postgresql"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

# The newest installed major version, not a hard-coded one.
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
    say "creating cluster $version/main"
    pg_createcluster "$version" main >&2
fi

# Loopback only: tests need nothing else, and nothing else should reach this server.
conf=/etc/postgresql/$version/main/conf.d/vendorscore-test.conf
wanted="listen_addresses = '127.0.0.1'"
changed=no
if [ "$(cat "$conf" 2>/dev/null)" != "$wanted" ]; then
    mkdir -p "$(dirname "$conf")"
    echo "$wanted" > "$conf"
    changed=yes
fi

status=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }')
if [ "$status" != "online" ]; then
    say "starting cluster $version/main"
    pg_ctlcluster "$version" main start >&2
elif [ "$changed" = yes ]; then
    say "restarting cluster $version/main to listen on 127.0.0.1 only"
    pg_ctlcluster "$version" main restart >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')

psql_admin() { runuser -u postgres -- psql --port "$port" --no-psqlrc --quiet -v ON_ERROR_STOP=1 "$@"; }

# CREATEDB: Benchmarks/workspace-http.sh gives each run a scratch database of its own.
psql_admin -v role="$role" -v password="$password" >&2 <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password')
    WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'password') \gexec
SQL
psql_admin -v role="$role" -v database="$database" >&2 <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'role')
    WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') \gexec
SQL

say "PostgreSQL $version on 127.0.0.1:$port, database $database, role $role"
echo "export VENDORSCORE_TEST_POSTGRES_URL=postgresql://$role:$password@127.0.0.1:$port/$database"
