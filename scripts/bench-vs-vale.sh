#!/usr/bin/env bash
# Side-by-side benchmark of scrapelint and Vale on the same generated corpora
# (issue 5). Both tools lint the same folders, in alternating order, and the
# script prints Markdown tables ready for BENCHMARKS.md.
#
#   scripts/bench-vs-vale.sh                  full run (about 7 minutes on an idle 2-core machine)
#   RUNS=1 SIZES=1000 BIG_MB=0 scripts/bench-vs-vale.sh   quick check
#
# Environment (defaults in brackets):
#   RUNS [3]            timed runs of each tool on each corpus
#   SIZES ["1000 10000"] corpus sizes in files
#   SEED [42]           corpus seed
#   PY_CORPUS [auto]    also time the shared Python generator's corpora
#                       (auto: when ../shared/bench/make-corpus.sh and python3 exist; 0: never)
#   BIG_MB [50]         sizes in MiB of the single-file runs, scrapelint only
#                       (a list such as "2 8 50" shows how the cost grows; 0: skip)
#   BIG_TIMEOUT [600]   seconds after which a single-file run is stopped and
#                       reported as not finished (no further runs of that size)
#   SMALL_RUNS [50]     runs on one 5 KB article, both tools (0: skip)
#   WORK [/tmp/scrapelint-bench]  scratch folder for corpora, binaries and results
#   SCRAPELINT_ARGS ["lint --isolated --format jsonl"]
#   TABLES_ONLY         print the tables of the last run in $WORK again, measuring nothing
#
# Output: progress on stderr; the tables on stdout and in $WORK/results.md;
# every run in $WORK/runs.tsv. MB are 10^6 bytes. Peak RSS is the maximum
# over the runs, from /usr/bin/time -v (or /proc when that is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

RUNS=${RUNS:-3}
SIZES=${SIZES:-"1000 10000"}
SEED=${SEED:-42}
PY_CORPUS=${PY_CORPUS:-auto}
BIG_MB=${BIG_MB:-50}
BIG_TIMEOUT=${BIG_TIMEOUT:-600}
SMALL_RUNS=${SMALL_RUNS:-50}
WORK=${WORK:-/tmp/scrapelint-bench}
read -r -a sl_args <<<"${SCRAPELINT_ARGS:-lint --isolated --format jsonl}"
VALE_VERSION=v3.22.0
vale_ini="$root/bench/vale-style/.vale.ini"
shared_gen="$root/../shared/bench/make-corpus.sh"

log() { echo "bench: $*" >&2; }
mkdir -p "$WORK"
runs_tsv="$WORK/runs.tsv"
measuring=1
if [ -n "${TABLES_ONLY:-}" ]; then measuring=0; fi
gopath=$(go env GOPATH)
export PATH="$PATH:$gopath/bin"

# --- tools -----------------------------------------------------------------
if [ "$measuring" = 1 ]; then
  if ! command -v vale >/dev/null || ! go version -m "$(command -v vale)" 2>/dev/null | grep -q "vale/v3[[:space:]]*$VALE_VERSION"; then
    log "installing vale $VALE_VERSION"
    go install "github.com/vale-cli/vale/v3/cmd/vale@$VALE_VERSION"
  fi
  vale_bin=$(command -v vale)
  apt_install() {
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      log "installing $*"
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; } >/dev/null 2>&1 || true
    fi
  }
  [ -x /usr/bin/time ] || apt_install time
  command -v hyperfine >/dev/null || [ "$SMALL_RUNS" = 0 ] || apt_install hyperfine

  log "building scrapelint"
  go build -o "$WORK/scrapelint" ./cmd/scrapelint
  sl_bin="$WORK/scrapelint"
  go build -o "$WORK/gencorpus" ./cmd/gencorpus
  sl_rev=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [ -n "$(git status --porcelain -- ':!BENCHMARKS.md' 2>/dev/null)" ]; then sl_rev="$sl_rev + uncommitted changes"; fi
fi

# --- measuring -------------------------------------------------------------
[ "$measuring" = 1 ] && printf 'corpus\ttool\trun\twall_s\tpeak_rss_kb\tuser_s\tsys_s\texit\n' >"$runs_tsv"

# measure CORPUS TOOL RUN OUTFILE CMD... : runs CMD once, appends a line to
# runs.tsv and sets last_rc. Exit codes 0 and 1 (findings) are success for
# both tools; with MEASURE_TIMEOUT set, 124 means it was stopped then.
measure() {
  local corpus=$1 tool=$2 run=$3 out=$4
  shift 4
  if [ -n "${MEASURE_TIMEOUT:-}" ]; then set -- timeout "$MEASURE_TIMEOUT" "$@"; fi
  local t0 t1 rc rss=0 usr=0 sys=0
  t0=$EPOCHREALTIME
  if [ -x /usr/bin/time ]; then
    set +e
    /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$out" 2>"$WORK/stderr.txt"
    rc=$?
    set -e
    t1=$EPOCHREALTIME
    rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$WORK/time.txt")
    usr=$(awk -F': ' '/User time/{print $2}' "$WORK/time.txt")
    sys=$(awk -F': ' '/System time/{print $2}' "$WORK/time.txt")
  else
    # VmHWM only grows, so its last reading is the peak (to 10 ms).
    "$@" >"$out" 2>"$WORK/stderr.txt" &
    local pid=$! v
    while kill -0 "$pid" 2>/dev/null; do
      v=$(awk '/^VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [ -n "$v" ] && rss=$v
      sleep 0.01
    done
    set +e
    wait "$pid"
    rc=$?
    set -e
    t1=$EPOCHREALTIME
  fi
  last_rc=$rc
  if [ "$rc" = 124 ] && [ -n "${MEASURE_TIMEOUT:-}" ]; then
    log "  $corpus $tool run $run: stopped after ${MEASURE_TIMEOUT}s"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$corpus" "$tool" "$run" "$MEASURE_TIMEOUT" "$rss" "$usr" "$sys" "$rc" >>"$runs_tsv"
    return
  fi
  if [ "$rc" -gt 1 ]; then
    log "$tool failed on $corpus (exit $rc):"
    head -20 "$WORK/stderr.txt" >&2
    exit 1
  fi
  local wall
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", b-a}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$corpus" "$tool" "$run" "$wall" "$rss" "$usr" "$sys" "$rc" >>"$runs_tsv"
  log "  $corpus $tool run $run: ${wall}s, $((rss / 1024)) MB peak RSS, exit $rc"
}

# stats CORPUS TOOL -> "median_wall min_wall max_rss_kb median_cpu"
stats() {
  awk -F'\t' -v c="$1" -v t="$2" '
    function median(a, n,   i, j, x) {  # insertion sort: any awk, few runs
      for (i = 2; i <= n; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j+1] = a[j]; a[j+1] = x }
      return (n % 2) ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2
    }
    $1==c && $2==t {n++; w[n]=$4; cpu[n]=$6+$7; if ($5+0 > r) r=$5+0}
    END {
      if (n == 0) { print "0 0 0 0"; exit }
      mw = median(w, n); mc = median(cpu, n)
      printf "%.3f %.3f %d %.3f\n", mw, w[1], r, mc
    }' "$runs_tsv"
}

corpus_files() { find "$1" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' \) | wc -l; }
corpus_bytes() { find "$1" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' \) -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }

if [ "$measuring" = 1 ]; then
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)

  # --- corpora ---------------------------------------------------------------
  corpora=()
  for n in $SIZES; do
    dir="$WORK/go-$n"
    log "generating $n articles with corpus/ (seed $SEED)"
    rm -rf "$dir"
    "$WORK/gencorpus" -seed "$SEED" -n "$n" -out "$dir" >/dev/null
    corpora+=("go-$n")
  done
  use_py=0
  if [ "$PY_CORPUS" != 0 ] && [ -f "$shared_gen" ] && command -v python3 >/dev/null; then use_py=1; fi
  if [ "$use_py" = 1 ]; then
    for n in $SIZES; do
      dir="$WORK/py-$n"
      log "generating $n articles with shared/bench/make-corpus.sh (seed $SEED)"
      rm -rf "$dir"
      SEED=$SEED bash "$shared_gen" "$dir" "$n" >/dev/null
      corpora+=("py-$n")
    done
  fi

  # --- corpus runs: both tools, alternating ----------------------------------
  declare -A files bytes sl_findings vale_alerts
  for c in "${corpora[@]}"; do
    dir="$WORK/$c"
    files[$c]=$(corpus_files "$dir")
    bytes[$c]=$(corpus_bytes "$dir")
    log "corpus $c: ${files[$c]} files, ${bytes[$c]} bytes"
    find "$dir" -type f -exec cat {} + >/dev/null # page cache
    for r in $(seq 1 "$RUNS"); do
      # The last run keeps the output, to count what each tool reported
      # without spending a run on it.
      sl_out=/dev/null va_out=/dev/null
      if [ "$r" = "$RUNS" ]; then sl_out="$WORK/out.scrapelint" va_out="$WORK/out.vale"; fi
      sl=(measure "$c" scrapelint "$r" "$sl_out" "$sl_bin" "${sl_args[@]}" "$dir")
      va=(measure "$c" vale "$r" "$va_out" "$vale_bin" --config "$vale_ini" --output=line "--glob=*.{md,txt,html}" "$dir")
      if [ $((r % 2)) = 1 ]; then "${sl[@]}"; "${va[@]}"; else "${va[@]}"; "${sl[@]}"; fi
    done
    sl_findings[$c]=$(wc -l <"$WORK/out.scrapelint")
    vale_alerts[$c]=$(wc -l <"$WORK/out.vale")
  done

  # --- one large file, scrapelint only ---------------------------------------
  bigs=()
  declare -A big_timeout
  if [ "$BIG_MB" != 0 ]; then
    for mb in $BIG_MB; do
      big="$WORK/big-$mb.txt"
      log "generating one $mb MiB file"
      "$WORK/gencorpus" -seed "$SEED" -big "$mb" -out "$big" >/dev/null
      cat "$big" >/dev/null
      bigs+=("$mb")
      for r in $(seq 1 "$RUNS"); do
        MEASURE_TIMEOUT=$BIG_TIMEOUT measure "big-$mb" scrapelint "$r" /dev/null "$sl_bin" "${sl_args[@]}" --max-file-size 1GB "$big"
        if [ "$last_rc" = 124 ]; then big_timeout[$mb]=1; break; fi
      done
    done
  fi

  # --- one 5 KB article, whole process ----------------------------------------
  small=""
  small_sl="" small_vale="" small_how=""
  if [ "$SMALL_RUNS" != 0 ]; then
    small=$(find "$WORK/${corpora[0]}" -name '*.md' -size +4900c -size -5300c | sort | head -1)
    log "one small article: $small ($(wc -c <"$small") bytes)"
    if command -v hyperfine >/dev/null; then
      hyperfine -N -i --warmup 5 --runs "$SMALL_RUNS" --export-json "$WORK/small.json" \
        -n scrapelint "$sl_bin ${sl_args[*]} $small" \
        -n vale "$vale_bin --config $vale_ini --output=line $small" >&2
      small_sl=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print("%.1f %.1f" % (r[0]["median"]*1000, r[0]["min"]*1000))' "$WORK/small.json" 2>/dev/null || true)
      small_vale=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print("%.1f %.1f" % (r[1]["median"]*1000, r[1]["min"]*1000))' "$WORK/small.json" 2>/dev/null || true)
      small_how="hyperfine, $SMALL_RUNS runs after 5 warm-up runs"
    fi
    if [ -z "$small_sl" ]; then
      for r in $(seq 1 "$SMALL_RUNS"); do
        measure small scrapelint "$r" /dev/null "$sl_bin" "${sl_args[@]}" "$small"
        measure small vale "$r" /dev/null "$vale_bin" --config "$vale_ini" --output=line "$small"
      done
      read -r m mn _ _ < <(stats small scrapelint)
      small_sl=$(awk -v a="$m" -v b="$mn" 'BEGIN{printf "%.1f %.1f", a*1000, b*1000}')
      read -r m mn _ _ < <(stats small vale)
      small_vale=$(awk -v a="$m" -v b="$mn" 'BEGIN{printf "%.1f %.1f", a*1000, b*1000}')
      small_how="a loop of $SMALL_RUNS runs alternating the tools"
    fi
    # Peak RSS of one small run.
    measure small-rss scrapelint 1 /dev/null "$sl_bin" "${sl_args[@]}" "$small"
  fi
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  measured_at=$(date -u '+%Y-%m-%d %H:%M UTC')
  # What the tables need, so that TABLES_ONLY=1 can print them again.
  declare -p files bytes sl_findings vale_alerts corpora bigs big_timeout small small_sl small_vale \
    small_how sl_rev load_before load_after measured_at vale_bin sl_args RUNS SEED SIZES BIG_TIMEOUT >"$WORK/meta.sh"
else
  # shellcheck source=/dev/null
  source "$WORK/meta.sh"
fi

# --- tables ----------------------------------------------------------------
cpu_model() { awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo; }
{
  echo "Measured $measured_at by \`scripts/bench-vs-vale.sh\` (RUNS=$RUNS, seed $SEED)."
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| machine | $(nproc) cores, $(cpu_model), $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM |"
  echo "| load average before / after | $load_before / $load_after |"
  echo "| Go | $(go env GOVERSION) |"
  echo "| Vale | $VALE_VERSION (\`go install\`, $(go version "$vale_bin" | awk '{print $2}')) |"
  echo "| scrapelint | $sl_rev, \`scrapelint ${sl_args[*]} DIR > /dev/null\` |"
  echo "| Vale command | \`vale --config bench/vale-style/.vale.ini --output=line --glob='*.{md,txt,html}' DIR > /dev/null\` |"
  echo
  echo "### Corpora, both tools"
  echo
  echo "| corpus | files | MB | tool | median s (min) | files/s | MB/s | peak RSS MB | CPU s | findings | scrapelint ÷ Vale |"
  echo "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|"
  for c in "${corpora[@]}"; do
    read -r sm smin srss scpu < <(stats "$c" scrapelint)
    read -r vm vmin vrss vcpu < <(stats "$c" vale)
    case $c in go-*) gen="corpus/" ;; *) gen="shared make-corpus.sh" ;; esac
    mb=$(awk -v b="${bytes[$c]}" 'BEGIN{printf "%.1f", b/1e6}')
    for tool in scrapelint vale; do
      if [ $tool = scrapelint ]; then m=$sm mn=$smin rss=$srss cpu=$scpu fnd=${sl_findings[$c]}; else m=$vm mn=$vmin rss=$vrss cpu=$vcpu fnd=${vale_alerts[$c]}; fi
      ratio=""
      # On a shared machine wall time depends on the load; the CPU-time
      # ratio is steadier, so both are shown.
      [ $tool = scrapelint ] && ratio=$(awk -v s="$sm" -v v="$vm" -v sc="$scpu" -v vc="$vcpu" 'BEGIN{printf "**%.1f×** (CPU %.1f×)", v/s, vc/sc}')
      awk -v c="$c ($gen)" -v f="${files[$c]}" -v mb="$mb" -v t="$tool" -v m="$m" -v mn="$mn" -v rss="$rss" -v cpu="$cpu" -v fnd="$fnd" -v ratio="$ratio" -v b="${bytes[$c]}" \
        'BEGIN{printf "| %s | %d | %s | %s | %.2f (%.2f) | %.0f | %.2f | %.0f | %.2f | %d | %s |\n", c, f, mb, t, m, mn, f/m, b/1e6/m, rss/1024, cpu, fnd, ratio}'
    done
  done
  echo
  for pfx in go py; do
    read -r -a sz <<<"$SIZES"
    [ ${#sz[@]} -ge 2 ] || break
    a=${sz[0]} b=${sz[-1]}
    if [ -z "${files[$pfx-$a]:-}" ] || [ -z "${files[$pfx-$b]:-}" ]; then continue; fi
    read -r s1 _ _ c1 < <(stats "$pfx-$a" scrapelint)
    read -r s2 _ _ c2 < <(stats "$pfx-$b" scrapelint)
    awk -v a="$a" -v b="$b" -v s1="$s1" -v s2="$s2" -v c1="$c1" -v c2="$c2" -v p="$pfx" -v b1="${bytes[$pfx-$a]}" -v b2="${bytes[$pfx-$b]}" \
      'BEGIN{printf "Scaling (%s corpus, scrapelint, %d → %d files, %.2f× the bytes): %.2f× the CPU time (%+.0f%% from linear), %.2f× the wall time (%+.0f%%).\n\n", p, a, b, b2/b1, c2/c1, (c2/c1/(b2/b1)-1)*100, s2/s1, (s2/s1/(b2/b1)-1)*100}'
  done
  if [ ${#bigs[@]} -gt 0 ]; then
    echo "### One large file"
    echo
    echo "| single file (corpus/ -big, plain text) | MB | tool | median s (min) | MB/s | peak RSS MB | CPU s |"
    echo "|---|---:|---|---:|---:|---:|---:|"
    for mb in "${bigs[@]}"; do
      bb=$(wc -c <"$WORK/big-$mb.txt")
      if [ -n "${big_timeout[$mb]:-}" ]; then
        awk -v mb="$mb" -v b="$bb" -v t="$BIG_TIMEOUT" \
          'BEGIN{printf "| %s MiB | %.1f | scrapelint | did not finish in %d s | < %.2f | | |\n", mb, b/1e6, t, b/1e6/t}'
        continue
      fi
      read -r bm bmin brss bcpu < <(stats "big-$mb" scrapelint)
      awk -v mb="$mb" -v b="$bb" -v m="$bm" -v mn="$bmin" -v rss="$brss" -v cpu="$bcpu" \
        'BEGIN{printf "| %s MiB | %.1f | scrapelint | %.2f (%.2f) | %.2f | %.0f | %.2f |\n", mb, b/1e6, m, mn, b/1e6/m, rss/1024, cpu}'
    done
    echo
  fi
  if [ -n "$small" ]; then
    read -r _ _ srss _ < <(stats small-rss scrapelint)
    echo "### One small article"
    echo
    echo "| one $(wc -c <"$small")-byte article, whole process | median ms | min ms |"
    echo "|---|---:|---:|"
    read -r a b <<<"$small_sl"
    echo "| scrapelint (peak RSS $((srss / 1024)) MB) | $a | $b |"
    read -r a b <<<"$small_vale"
    echo "| vale | $a | $b |"
    echo
    echo "Small-file timing: $small_how."
  fi
} >"$WORK/results.md"
cat "$WORK/results.md"
log "raw runs: $runs_tsv; tables: $WORK/results.md"
