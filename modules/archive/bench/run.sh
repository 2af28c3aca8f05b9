#!/usr/bin/env bash
# Benchmark (not a test): export 10,000 generated projects (-Xmx256m), verify the bag offline
# (-Xmx256m), and time xmllint validating every exported record against the XSD. Appends (or
# replaces) the "Archive export" section of docs/benchmarks.md; other sections are kept.
#
#   modules/archive/bench/run.sh [projects, default 10000] [work-dir, default /tmp/pilot-archive-bench]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
n="${1:-10000}"
work="${2:-/tmp/pilot-archive-bench}"
module="$root/modules/archive"

cd "$root"
mvn -q -f modules/archive/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")"
main=cn.sh.pilot.archive.bench.ArchiveBenchmark

rm -rf "$work"
echo "exporting $n projects to $work/bag (-Xmx256m) ..."
export_out=$(java -Xmx256m -cp "$cp" "$main" export "$work" "$n")
echo "$export_out"
echo "verifying (-Xmx256m) ..."
verify_out=$(java -Xmx256m -cp "$cp" "$main" verify "$work")
echo "$verify_out"

lint_out=$("$root/modules/archive/bench/xmllint-records.sh" "$work/bag" "$work/xmllint.log")
echo "$lint_out"
xmllint_ms=$(printf '%s\n' "$lint_out" | sed -n 's/^xmllint_ms=\([0-9]*\).*/\1/p')
valid=$(printf '%s\n' "$lint_out" | sed -n 's/.* validates=//p')

get() { printf '%s\n%s\n' "$export_out" "$verify_out" | sed -n "s/^$1=//p"; }
bag_mib=$(du -sm "$work/bag" | cut -f1)
files=$(get payload_oxum | cut -d. -f2)
cpu=$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)
mem=$(free -g | awk '/^Mem:/ { print $2 " GiB" }')
jv=$(java -version 2>&1 | head -1)

section=$(cat <<MD
## Archive export (archive)

Exporting **$(get records) generated projects** (three in four approved with two signed originals, one
in four rejected with one; one archival record each) as a signed BagIt bag of ${bag_mib} MiB
(${files} payload files), then verifying it offline, each in a JVM limited to **-Xmx256m**, next to
\`xmllint\` validating the same records. Measured $(date -u +%Y-%m-%d) on: ${cpu:-unknown CPU},
$(nproc) cores (shared with other builds), ${mem} RAM, ${jv}.

| what | time | peak heap |
|---|---|---|
| \`ArchiveExport.export\` (map, marshal + XSD-validate each record, copy + SHA-256 originals, manifests, sign) | $(get export_ms) ms | $(get peak_heap_mib | head -1) MiB of 256 MiB max |
| \`ArchiveVerifier.verify\` (tag files, municipal signature, every digest, every record against the XSD, every original's signature) | $(get verify_ms) ms | $(get peak_heap_mib | tail -1) MiB of 256 MiB max |
| \`xmllint --noout --nonet --schema archival-record.xsd\` over the ${n} records | ${xmllint_ms} ms | – |

Verdicts: verification passed = $(get passed); xmllint: ${valid} of $(get records) records validate.
Peak heap is the sum of the heap pools' peaks (an upper bound). Memory does not grow with the number
of projects: one project is held at a time (the streaming test exports the same 10,000 projects with
-Xmx64m). Command: \`modules/archive/bench/run.sh ${n}\`.
MD
)

doc="$root/docs/benchmarks.md"
python3 "$root/modules/archive/bench/record-section.py" "$doc" "$section"
echo "recorded in $doc"
