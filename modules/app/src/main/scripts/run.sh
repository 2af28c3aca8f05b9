#!/usr/bin/env bash
# Starts the pilot system on Payara Micro from the built artefacts:
#   modules/app/target/payara-micro.jar and modules/app/target/pilot.war (mvn -pl modules/app -am package)
#
# Configuration (environment):
#   PILOT_DATA_DIR      data directory (default ./data): embedded database, Payara's runtime directory
#   PILOT_HTTP_PORT     HTTP port (default 8080)
#   PILOT_SITE_ROLE     MUNICIPAL (default) | RECOMMENDER;  PILOT_SITE_CODE  310000 (default)
#   PILOT_DB_URL / PILOT_DB_USER / PILOT_DB_PASSWORD   e.g. jdbc:postgresql://127.0.0.1:5432/pilot (default: embedded H2)
#   PILOT_ADMIN_PASSWORD  first administrator's password (default: generated, printed once in the log)
#   PILOT_JAVA_OPTS     extra JVM options (default -Xmx768m)
#   PILOT_CLOCK_FIXED   test/demo only: business clock starts at this ISO date-time, e.g. 2023-05-10T10:00:00+08:00
set -euo pipefail

APP_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"   # modules/app
JAR="$APP_DIR/target/payara-micro.jar"
WAR="$APP_DIR/target/pilot.war"
for f in "$JAR" "$WAR"; do
  if [[ ! -f "$f" ]]; then
    echo "run.sh: $f is missing; build first: mvn -B -pl modules/app -am package -DskipTests" >&2
    exit 2
  fi
done

PILOT_DATA_DIR="${PILOT_DATA_DIR:-./data}"
mkdir -p "$PILOT_DATA_DIR"
PILOT_DATA_DIR="$(cd "$PILOT_DATA_DIR" && pwd)"        # absolute, so the app and Payara agree on it
PILOT_HTTP_PORT="${PILOT_HTTP_PORT:-8080}"
export PILOT_DATA_DIR PILOT_HTTP_PORT
mkdir -p "$PILOT_DATA_DIR/payara" "$PILOT_DATA_DIR/db"
# Payara remembers the last deployment in its runtime directory and would start that old copy first, then
# redeploy: forget it, so exactly the WAR given below runs. Databases (ours, Payara's batch/timer store) stay.
rm -rf "$PILOT_DATA_DIR/payara/applications" "$PILOT_DATA_DIR/payara/generated" "$PILOT_DATA_DIR/payara/config/domain.xml"

DB_SHOWN="$(printf '%s' "${PILOT_DB_URL:-embedded H2}" | sed -E 's/(password=)[^&;]*/\1***/I')"
echo "run.sh: data in $PILOT_DATA_DIR, console at http://localhost:$PILOT_HTTP_PORT/ (database: $DB_SHOWN)"
# shellcheck disable=SC2086
exec java ${PILOT_JAVA_OPTS:--Xmx768m} -Dfile.encoding=UTF-8 \
  -jar "$JAR" \
  --deploy "$WAR" \
  --contextroot / \
  --port "$PILOT_HTTP_PORT" \
  --rootDir "$PILOT_DATA_DIR/payara" \
  --nocluster
