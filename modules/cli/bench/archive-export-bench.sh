#!/usr/bin/env bash
# Benchmark (not a test) of issue 8: archive export from the site's database. A real municipal site (run.sh) imports
# DISTRICTS × BATCHES signed recommendation batches of ITEMS items through its drop folders (chained per district,
# each answered with a signed receipt) and stops; then `pilot archive export` (in a JVM with -Xmx256m) exports every
# application from that database and data directory as a BagIt folder, `pilot archive verify` (-Xmx256m) checks it,
# and xmllint validates every record. Replaces the "Archive export from the database" section of docs/benchmarks.md.
# Embedded H2 unless PILOT_DB_URL names a (fresh) PostgreSQL database.
#
#   modules/cli/bench/archive-export-bench.sh [districts=10] [batches per district=10] [items per batch=100] [work]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
districts="${1:-10}"
batches="${2:-10}"
items="${3:-100}"
work="${4:-/tmp/pilot-archive-db-bench}"
n=$(( districts * batches * items ))

cd "$root"
# one reactor (nothing is installed): build, then each module's test class path into its target/bench.classpath
mvn -B -q -o -pl modules/cli -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
app_cp="$root/modules/app/target/test-classes:$root/modules/app/target/classes:$(cat modules/app/target/bench.classpath)"
cli_cp="$root/modules/cli/target/test-classes:$root/modules/cli/target/classes:$(cat modules/cli/target/bench.classpath)"

rm -rf "$work" && mkdir -p "$work"
data="$work/data"
echo "populating: $districts districts × $batches batches × $items items through the real inbox ..."
populate_out=$(java -cp "$app_cp" -Dpilot.app.dir="$root/modules/app" cn.sh.pilot.app.archive.ArchivePopulation \
  "$data" "$districts" "$batches" "$items")
echo "$populate_out"

db_url="${PILOT_DB_URL:-jdbc:h2:file:$data/db/pilot}"
pw=$(cat "$data/demo-keys/keystore-password.txt")
echo "exporting from $db_url (-Xmx256m) ..."
export_out=$(java -Xmx256m -cp "$cli_cp" cn.sh.pilot.cli.archive.ArchiveCommandBenchmark export archive export \
  "$work/bag" --db-url "$db_url" --data-dir "$data" --keystore "$data/demo-keys/keys/310000.p12" --password "$pw" \
  --exporter bench 2>/dev/null)
echo "$export_out"
echo "exporting the same again as a ZIP with -Xmx64m ..."
export64_out=$(java -Xmx64m -cp "$cli_cp" cn.sh.pilot.cli.archive.ArchiveCommandBenchmark export64 archive export \
  "$work/bag64.zip" --db-url "$db_url" --data-dir "$data" --keystore "$data/demo-keys/keys/310000.p12" --password "$pw" \
  --exporter bench 2>/dev/null | tail -4)
echo "$export64_out"
echo "verifying (-Xmx256m) ..."
verify_out=$(java -Xmx256m -cp "$cli_cp" cn.sh.pilot.cli.archive.ArchiveCommandBenchmark verify archive verify \
  "$work/bag" --trust "$data/demo-keys/trust" 2>/dev/null | tail -12)
echo "$verify_out"

lint_out=$("$root/modules/archive/bench/xmllint-records.sh" "$work/bag" "$work/xmllint.log")
echo "$lint_out"
xmllint_ms=$(printf '%s\n' "$lint_out" | sed -n 's/^xmllint_ms=\([0-9]*\).*/\1/p')
valid=$(printf '%s\n' "$lint_out" | sed -n 's/.* validates=//p')

get() { printf '%s\n%s\n%s\n%s\n' "$populate_out" "$export_out" "$export64_out" "$verify_out" | sed -n "s/^$1=//p" | head -1; }
records=$(printf '%s\n' "$export_out" | sed -n 's/^已导出 \/ exported: \([0-9]*\) .*/\1/p')
oxum=$(printf '%s\n' "$export_out" | sed -n 's/^  Payload-Oxum: //p')
bag_mib=$(du -sm "$work/bag" | cut -f1)
verdict=$(printf '%s\n' "$verify_out" | grep -o 'VERIFIED\|NOT VERIFIED' | tail -1)
cpu=$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)
mem=$(free -g | awk '/^Mem:/ { print $2 " GiB" }')
jv=$(java -version 2>&1 | head -1)
db=$([[ "$db_url" == jdbc:postgresql* ]] && echo "PostgreSQL" || echo "embedded H2")

section=$(cat <<MD
## Archive export from the database (cli, issue 8)

**${records} applications imported through the real inbox** (${districts} districts × ${batches} chained, signed
batches of ${items} items, each answered with a signed receipt; populated in $(get populate_ms) ms by the real
server) exported by \`pilot archive export\` from the site's ${db} database and data directory — the app's
\`DatabaseHistorySource\` over review's \`ArchiveFeed\` (a JDBC cursor, fetch size 200), the write-once package
store, the inbox ledger, the receipts and the audit log — as a signed BagIt folder of ${bag_mib} MiB (Payload-Oxum
${oxum}: per application its record, its batch package and its receipt), then verified offline, each in a JVM
limited to **-Xmx256m**, next to \`xmllint\` validating the same records. Measured $(date -u +%Y-%m-%d) on:
${cpu:-unknown CPU}, $(nproc) cores (shared with other engineers' builds), ${mem} RAM, ${jv}.

| what | time | peak heap |
|---|---|---|
| \`pilot archive export\` (read, map, marshal + XSD-validate each record, copy + SHA-256 originals, manifests, sign) | $(get export_ms) ms | $(get export_peak_heap_mib) MiB of $(get export_max_heap_mib) MiB max |
| the same export as a ZIP in a JVM limited to **-Xmx64m** (exit $(get export64_exit)) | $(get export64_ms) ms | JVM limit 64 MiB (pools' peak sum $(get export64_peak_heap_mib) MiB overstates) |
| \`pilot archive verify\` (tag files, signature, every digest, every record against the XSD, every original's signature) | $(get verify_ms) ms | $(get verify_peak_heap_mib) MiB of $(get verify_max_heap_mib) MiB max |
| \`xmllint --noout --nonet --schema archival-record.xsd\` over the ${records} records | ${xmllint_ms} ms | – |

Verdicts: export exit $(get export_exit), verify ${verdict} (exit $(get verify_exit)); xmllint: ${valid} of ${records}
records validate. Peak heap is the sum of the heap pools' peaks (an upper bound): with 256 MiB the JVM simply uses
what it is given; the -Xmx64m run shows that the export's memory does not grow with the number of projects. A batch package is copied into
each of its applications' folders (every folder stands on its own), so the bag grows with items × package size:
keep batches small for such exports. Command: \`modules/cli/bench/archive-export-bench.sh ${districts} ${batches} ${items}\`.
MD
)

doc="$root/docs/benchmarks.md"
python3 "$root/modules/archive/bench/record-section.py" "$doc" "$section"
echo "recorded in $doc"
