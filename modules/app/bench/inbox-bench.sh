#!/usr/bin/env bash
# Benchmark of the municipal inbox (issue 5): import time of a 10,000-item recommendation batch on the real server,
# on embedded H2 and on PostgreSQL, next to `xmllint --schema` over the same payload and a PostgreSQL COPY of the
# same review rows. Not a test. Needs: mvn -B -pl modules/app -am package -DskipTests && mvn -pl modules/app test-compile,
# xmllint (libxml2-utils), psql/createdb, PostgreSQL on 127.0.0.1:5432 (trust).
#   modules/app/bench/inbox-bench.sh [runs] [items]
set -euo pipefail
RUNS="${1:-3}"
ITEMS="${2:-10000}"
APP="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$APP/../.." && pwd)"
OUT="$APP/target/inbox-bench"
rm -rf "$OUT" && mkdir -p "$OUT"
(cd "$ROOT" && mvn -q -o -pl modules/app dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test)
CP="$APP/target/test-classes:$APP/target/classes:$(cat "$OUT/cp.txt")"
bench() {  # label, db url (empty = H2)
  echo "== $1"
  PILOT_DB_URL="$2" java -cp "$CP" -Dpilot.app.dir="$APP" cn.sh.pilot.app.inbox.InboxBenchmark "$OUT/$1" "$RUNS" "$ITEMS"
}
bench h2 ""
PGDB=pilot_inbox_bench
dropdb -h 127.0.0.1 -U postgres --if-exists "$PGDB"
createdb -h 127.0.0.1 -U postgres "$PGDB"
bench postgresql "jdbc:postgresql://127.0.0.1:5432/$PGDB?user=postgres"

echo "== xmllint --schema over the last payload ($ITEMS items)"
/usr/bin/time -f "xmllint: %e s, max RSS %M KB" xmllint --noout --nonet \
  --schema "$ROOT/schemas/batch/v1/recommendation-batch.xsd" "$OUT/postgresql/payload.xml" 2>&1 | tail -2

echo "== PostgreSQL COPY of the same review rows"
BATCH="$(sed -n 's/.*batch \([0-9a-f-]*\)$/\1/p' "$OUT/postgresql/results.txt" | tail -1)"
psql -q -h 127.0.0.1 -U postgres -d "$PGDB" -v ON_ERROR_STOP=1 <<SQL
\copy (SELECT * FROM review_item WHERE batch_id = '$BATCH') TO '$OUT/rows.csv' WITH (FORMAT csv)
CREATE TABLE bench_copy (LIKE review_item INCLUDING ALL);
\timing on
\copy bench_copy FROM '$OUT/rows.csv' WITH (FORMAT csv)
\timing off
SELECT count(*) AS copied FROM bench_copy;
SQL
dropdb -h 127.0.0.1 -U postgres "$PGDB"
