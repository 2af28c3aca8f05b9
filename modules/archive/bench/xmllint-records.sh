#!/usr/bin/env bash
# Times xmllint validating every record.xml of an archive bag folder against the archival-record XSD; prints
# "xmllint_ms=<ms> validates=<records that validate>". Shared by the archive benchmarks.
#   modules/archive/bench/xmllint-records.sh <bag folder> <log file>
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
bag="$1"
log="$2"
echo "xmllint over every record ..." >&2
sync
start=$(date +%s%N)
find "$bag/data" -name record.xml -print0 \
  | xargs -0 -n 2000 xmllint --noout --nonet --schema "$root/schemas/archive/v1/archival-record.xsd" 2> "$log"
xmllint_ms=$(( ($(date +%s%N) - start) / 1000000 ))
valid=$(grep -c ' validates$' "$log" || true)
echo "xmllint_ms=$xmllint_ms validates=$valid"
