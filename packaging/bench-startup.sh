#!/usr/bin/env bash
# Startup benchmark: in one run, on one virtual display, times a bare JavaFX window and the app, several runs
# each, interleaved, and prints the medians of "first frame" and "data loaded" (both from process start, as
# --startup-report measures them). Target: the app's first frame within 1.3x the bare window's. The fastest run
# is printed too: on a machine shared with other work it is the best estimate of the uncontended time.
#
# usage: packaging/bench-startup.sh [RUNS]      (default 9 runs per variant, after one warm-up run each)
#   builds what is missing: the runnable jar (mvn package) and the app-image (mvn -Ppackage package)
#   needs: JDK 17+, Maven, Xvfb (apt-get install -y --no-install-recommends xvfb libgtk-3-0 libxtst6)
#
# variants
#   bare window       src/bench/java BareWindow, JavaFX from the runnable jar, the JDK's default CDS archive
#   jar               java -jar target/python-adoption-explorer-<version>.jar, the JDK's default CDS archive
#   packaged + CDS    the jpackage app-image, with the CDS archive trained on the app (as installed by the .deb)
#   packaged, no CDS  the same app-image with -Xshare:off, to show what the archive is worth
#   bare, packaged    the bare window on the app-image's runtime (its CDS archive covers the window's classes),
#                     to show what the app itself costs on top of JavaFX
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}

version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -n 1)
jar=target/python-adoption-explorer-$version.jar
image=target/packaging/dist/python-adoption-explorer/bin/python-adoption-explorer
image_java=target/packaging/dist/python-adoption-explorer/lib/runtime/bin/java
image_jar=target/packaging/dist/python-adoption-explorer/lib/app/python-adoption-explorer-$version.jar
bench_jar=target/bench/bare-window.jar

[ -f "$jar" ] || mvn -B package -DskipTests
[ -x "$image" ] || mvn -B -Ppackage package -DskipTests

rm -rf target/bench/classes && mkdir -p target/bench/classes
javac --release 17 -cp "$jar" -d target/bench/classes $(find src/bench/java -name '*.java')
jar --create --file "$bench_jar" -C target/bench/classes .

# one virtual display for all runs
n=90; while [ -e /tmp/.X$n-lock ] || [ -e /tmp/.X11-unix/X$n ]; do n=$((n + 1)); done
export DISPLAY=:$n
Xvfb "$DISPLAY" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
sleep 1

variants=("bare window" "jar" "packaged + CDS" "packaged, no CDS" "bare, packaged")
# every variant gets the same JVM option the same way: preferences in target/bench, not the user's
prefs="-Djava.util.prefs.userRoot=$PWD/target/bench/prefs"
run_variant() {
  case "$1" in
    "bare window") JAVA_TOOL_OPTIONS=$prefs java -cp "$bench_jar:$jar" org.pyadoption.explorer.bench.BareWindow --startup-report ;;
    "jar") JAVA_TOOL_OPTIONS=$prefs java -jar "$jar" --startup-report ;;
    "packaged + CDS") JAVA_TOOL_OPTIONS=$prefs "$image" --startup-report ;;
    "packaged, no CDS") JAVA_TOOL_OPTIONS="$prefs -Xshare:off" "$image" --startup-report ;;
    "bare, packaged") JAVA_TOOL_OPTIONS=$prefs "$image_java" -cp "$bench_jar:$image_jar" \
                        org.pyadoption.explorer.bench.BareWindow --startup-report ;;
  esac
}

results=$(mktemp)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 0 "$runs"); do   # round 0 warms the disk cache and is not counted
  for v in "${variants[@]}"; do
    out=$(run_variant "$v" 2>/dev/null) || { echo "bench: '$v' failed" >&2; exit 1; }
    [ "$round" -eq 0 ] && continue
    frame=$(sed -n 's/^first frame: \([0-9]*\) ms$/\1/p' <<<"$out")
    data=$(sed -n 's/^data loaded: \([0-9]*\) ms$/\1/p' <<<"$out")
    printf '%s\t%s\t%s\n' "$v" "$frame" "$data" >>"$results"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
minimum() { sort -n | head -n 1; }
column_of() { awk -F'\t' -v v="$1" -v c="$2" '$1 == v { print $c }' "$results"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }

echo "startup in ms from process start, $runs runs each ($(java -version 2>&1 | head -n 1); $(nproc) cores;" \
  "load before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-17s %13s %13s %9s %9s %9s   %s\n' variant "first frame" "data loaded" "vs bare" "min frame" "vs bare" "all first frames"
printf '%-17s %13s %13s %9s %9s %9s\n' "" median median "" "" ""
bare_median=$(column_of "bare window" 2 | median)
bare_min=$(column_of "bare window" 2 | minimum)
for v in "${variants[@]}"; do
  frame=$(column_of "$v" 2 | median)
  data=$(column_of "$v" 3 | median)
  low=$(column_of "$v" 2 | minimum)
  printf '%-17s %13s %13s %9s %9s %9s   %s\n' "$v" "$frame" "$data" "$(ratio "$frame" "$bare_median")" \
    "$low" "$(ratio "$low" "$bare_min")" "$(column_of "$v" 2 | tr '\n' ' ')"
done
rm -f "$results"
