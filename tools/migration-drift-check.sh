#!/usr/bin/env bash
# Fails when the entities describe a schema the migrations do not create: runs every migration on
# an empty database, then asks TypeORM to generate a migration; anything generated is drift.
# Uses DRIFT_DATABASE_URL's server (default: the local PostgreSQL on 127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."
server=${DRIFT_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db=sce_drift_check_$$
admin() { node -e '
  const { Client } = require("pg");
  const c = new Client({ connectionString: process.argv[1] });
  c.connect().then(() => c.query(process.argv[2])).then(() => c.end(), (e) => { console.error(e.message); process.exit(1); });
' "$server" "$1"; }
url=$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$server" "$db")
admin "CREATE DATABASE \"$db\""
trap 'admin "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"' EXIT
DATABASE_URL=$url npm run --silent typeorm -- migration:run >/dev/null
if DATABASE_URL=$url npm run --silent typeorm -- migration:generate --dryrun --check migrations/drift; then
  echo "migration drift check: the migrations match the entities"
else
  echo "migration drift check FAILED: the entities differ from the migrations (see the queries above); generate a migration with npm run migration:generate -- migrations/<verb>-<object>"
  exit 1
fi
