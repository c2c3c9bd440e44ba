#!/usr/bin/env bash
# Builds the engine and runs the benchmarks; each prints its figures.
#   bench/run.sh                 all, at their default sizes (10M events)
#   bench/run.sh import 2000000  one benchmark with its arguments (import EVENTS | detection EVENTS | collect SECONDS SENDERS [RATE])
#   bench/run.sh page 10000000   report pages and API: engine time, then the real server over HTTP
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [[ -z "${JAVA_HOME:-}" ]]; then
  for dir in /usr/lib/jvm/*; do
    [[ -x "$dir/bin/java" ]] || continue   # a directory of sources only, such as openjdk-17 with its src.zip
    v="$("$dir/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
    [[ "${v%%.*}" =~ ^[0-9]+$ ]] && (( ${v%%.*} >= 21 )) && export JAVA_HOME="$dir" && break
  done
fi
./mvnw -q -B -DskipTests install >&2
cp="bench/target/outward-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)"
run() { "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx12g -cp "$cp" "$@"; }

which="${1:-all}"; shift || true
case "$which" in
  import)    run dev.outward.bench.ImportBenchmark "$@" ;;
  detection) run dev.outward.bench.DetectionBenchmark "$@" ;;
  collect)   run dev.outward.bench.CollectBenchmark outward-app/target/outward.jar "$@" ;;
  page)      events="${1:-10000000}"; work="${2:-$(mktemp -d)}"
             run dev.outward.bench.PageBenchmark "$events" "$work" outward-app/target/outward.jar ;;
  all)       run dev.outward.bench.ImportBenchmark
             run dev.outward.bench.DetectionBenchmark
             run dev.outward.bench.CollectBenchmark outward-app/target/outward.jar
             run dev.outward.bench.PageBenchmark 10000000 "$(mktemp -d)" outward-app/target/outward.jar ;;
  *) echo "unknown benchmark: $which (import, detection, collect, page, all)" >&2; exit 2 ;;
esac
