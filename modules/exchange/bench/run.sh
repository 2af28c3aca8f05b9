#!/usr/bin/env bash
# Benchmark (not a test): build a ~1 GiB signed package (mostly incompressible attachments),
# verify it with -Xmx256m, time sha256sum over the same file, and record the numbers in
# docs/benchmarks.md (the "Package verification" section is replaced, other sections are kept).
#
#   modules/exchange/bench/run.sh [size-MiB, default 1024] [work-dir, default /tmp/pilot-bench]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
size="${1:-1024}"
work="${2:-/tmp/pilot-bench}"
module="$root/modules/exchange"

cd "$root"
mvn -q -f modules/exchange/pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")"
main=cn.sh.pilot.exchange.bench.LargePackageBenchmark

echo "building a ${size} MiB package in $work ..."
build=$(java -cp "$cp" "$main" build "$work" "$size")
echo "$build"
echo "verifying with -Xmx256m ..."
verify=$(java -Xmx256m -cp "$cp" "$main" verify "$work")
echo "$verify"
sync
start=$(date +%s%N)
sha=$(sha256sum "$work/package.zip" | cut -c1-16)
sha_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "sha256sum_ms=$sha_ms"

get() { printf '%s\n%s\n' "$build" "$verify" | sed -n "s/^$1=//p"; }
bytes=$(get package_bytes)
mib=$(( bytes / 1048576 ))
sha_rate=$(awk -v b="$bytes" -v ms="$sha_ms" 'BEGIN { printf "%.1f", b / 1048576 / (ms / 1000) }')
cpu=$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)
mem=$(free -g | awk '/^Mem:/ { print $2 " GiB" }')
jv=$(java -version 2>&1 | head -1)

section=$(cat <<MD
## Package verification (exchange)

Verifying one signed package of **${mib} MiB** ($(get attachments) attachments of random bytes, like
scanned PDFs; deflated) with \`PackageVerifier\` in a JVM limited to **-Xmx256m**, next to
\`sha256sum\` over the same bytes. Measured $(date -u +%Y-%m-%d) on: ${cpu:-unknown CPU}, $(nproc) cores
(shared with other builds), ${mem} RAM, ${jv}.

| what | time | throughput | peak heap |
|---|---|---|---|
| \`PackageVerifier.verify\` (inflate + SHA-256 every entry, XMLDSig, trust checks) | $(get verify_ms) ms | $(get verify_mib_per_s) MiB/s | $(get peak_heap_mib) MiB of $(get max_heap_mib) MiB max |
| \`sha256sum package.zip\` | ${sha_ms} ms | ${sha_rate} MiB/s | – |
| building it (\`PackageBuilder\`, deflate) | $(get build_ms) ms | | |
| signing it (\`PackageSigner\`: re-read, digest, copy) | $(get sign_ms) ms | | |

Verdict: accepted = $(get accepted). Peak heap is the sum of the heap pools' peaks after a GC
(an upper bound); it does not grow with the package because entries are digested as they
stream by. Command: \`modules/exchange/bench/run.sh ${size}\`.
MD
)

doc="$root/docs/benchmarks.md"
if [ ! -f "$doc" ]; then
  printf '# Benchmarks\n\nMeasured numbers, each section with its machine and the command that produced it.\n' > "$doc"
fi
python3 - "$doc" "$section" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
pattern = re.compile(r"## Package verification \(exchange\)\n.*?(?=\n## |\Z)", re.S)
if pattern.search(text):
    text = pattern.sub(lambda m: section.rstrip() + "\n", text)
else:
    text = text.rstrip() + "\n\n" + section.rstrip() + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
echo "recorded in $doc"
