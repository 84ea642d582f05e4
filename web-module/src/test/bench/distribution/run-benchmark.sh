#!/usr/bin/env bash
# R22 benchmark: POST /api/v1/distribution with batches of 1,000 ids against 1,000,000 items and
# 100,000 in-force demotions in PostgreSQL, and, in the same server run, a bare JAX-RS endpoint that
# answers the same-shaped payload from memory. See docs/benchmarks.md ("Distribution answers").
#
#   web-module/src/test/bench/distribution/run-benchmark.sh [WAR] [LABEL]
#
# WAR defaults to web-module/target/veracity.war. The script copies it, adds the bare endpoint
# (org.veracity.bench.BareDistributionResource, compiled here) to the copy only, starts Payara Micro
# on 127.0.0.1:$BENCH_PORT against the database $BENCH_DB, loads the data set when the database is new,
# issues a token, warms up, measures both endpoints with wrk, prints RESULT lines and stops the server.
#
# Settings (environment): BENCH_DB (veracity_dist_bench), BENCH_PORT (8383), BENCH_FRESH=1 (drop and reload the
# database), BENCH_CONNECTIONS (8), BENCH_THREADS (2), BENCH_WARMUP (30 s), BENCH_DURATION (60 s),
# BENCH_WORK (/tmp/veracity-bench), BENCH_HEAP (2g), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres),
# BENCH_JAVA_OPTS (extra JVM options of the server), BENCH_PARTITIONS (31, the grid's), BENCH_GRID_PORT (5950),
# BENCH_TWO=0 (skip the run with a second instance), BENCH_SERVE=1 (start, load and issue the token, then keep
# serving instead of measuring).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../../.." && pwd)
WAR=$(realpath "${1:-$ROOT/web-module/target/veracity.war}")
LABEL=${2:-current}
DB=${BENCH_DB:-veracity_dist_bench}
PORT=${BENCH_PORT:-8383}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
THREADS=${BENCH_THREADS:-2}
WARMUP=${BENCH_WARMUP:-30}
DURATION=${BENCH_DURATION:-60}
WORK=${BENCH_WORK:-/tmp/veracity-bench}/$LABEL
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
M2=${MAVEN_REPO:-$HOME/.m2/repository}
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$ROOT/pom.xml")
PG_VERSION=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$ROOT/pom.xml")
MICRO=$M2/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar
PG_JAR=$M2/org/postgresql/postgresql/$PG_VERSION/postgresql-$PG_VERSION.jar
EE_API=$M2/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar
BASE=http://127.0.0.1:$PORT

say() { printf '\033[1m[bench %s] %s\033[0m\n' "$(date +%T)" "$*"; }
for f in "$WAR" "$MICRO" "$PG_JAR" "$EE_API"; do [ -f "$f" ] || { echo "missing $f" >&2; exit 1; }; done
command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)" >&2; exit 1; }
case "$DB" in veracity_it) echo "refusing to use the integration tests' database" >&2; exit 1;; esac
if curl -s -o /dev/null "$BASE/" 2>/dev/null; then echo "port $PORT is in use" >&2; exit 1; fi

rm -rf "$WORK" && mkdir -p "$WORK/classes" "$WORK/war"

say "bench WAR: $WAR + BareDistributionResource (copy in $WORK)"
(cd "$WORK/war" && unzip -q "$WAR" 'WEB-INF/classes/*' 'WEB-INF/lib/ejb-module-*.jar')
javac --release 17 -nowarn -d "$WORK/classes" \
  -cp "$EE_API:$WORK/war/WEB-INF/classes:$(ls "$WORK"/war/WEB-INF/lib/ejb-module-*.jar)" \
  "$ROOT/web-module/src/test/java/org/veracity/bench/BareDistributionResource.java" \
  "$ROOT/web-module/src/test/java/org/veracity/bench/ProjectionBenchResource.java"
cp "$WAR" "$WORK/bench.war"
mkdir -p "$WORK/add/WEB-INF" && mv "$WORK/classes" "$WORK/add/WEB-INF/classes"
(cd "$WORK/add" && jar uf "$WORK/bench.war" WEB-INF/classes/org/veracity/bench/*.class)

if [ "${BENCH_FRESH:-0}" = 1 ] || ! psql -qAtX -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  say "fresh database $DB"
  psql -qX -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  LOAD=1
else
  LOAD=0
fi

sed -e "s/@PG_HOST@/$PGHOST/" -e "s/@PG_PORT@/$PGPORT/" -e "s/@PG_DATABASE@/$DB/" -e "s/@PG_USER@/$PGUSER/" \
  "$ROOT/config/micro/post-boot-postgresql.asadmin" > "$WORK/post-boot.asadmin"
cat "$HERE/post-boot-bench.asadmin" >> "$WORK/post-boot.asadmin"

say "starting Payara Micro on $BASE (log $WORK/server.log)"
GRID_PORT=${BENCH_GRID_PORT:-5950}
java -Xms${BENCH_HEAP:-2g} -Xmx${BENCH_HEAP:-2g} -Dhazelcast.socket.bind.any=false -Dhazelcast.partition.count=${BENCH_PARTITIONS:-31} \
  ${BENCH_JAVA_OPTS:-} -jar "$MICRO" \
  --clustermode "tcpip:127.0.0.1:$GRID_PORT" --interfaces 127.0.0.1 --startport "$GRID_PORT" --clustername "bench-$PORT" \
  --nohostaware --disablephonehome --port "$PORT" \
  --prebootcommandfile "$ROOT/config/micro/pre-boot.asadmin" --postbootcommandfile "$WORK/post-boot.asadmin" \
  --addlibs "$PG_JAR" --deploy "$WORK/bench.war" --contextroot / > "$WORK/server.log" 2>&1 &
SERVER=$!
echo "$SERVER" > "$WORK/server.pid"
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  kill -0 "$SERVER" 2>/dev/null || { tail -50 "$WORK/server.log"; echo "Payara Micro stopped" >&2; exit 1; }
  curl -fs "$BASE/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/health/ready" >/dev/null || { echo "not ready after 180 s" >&2; exit 1; }
say "ready; schema $(psql -qAtX -d "$DB" -c 'SELECT max(version) FROM flyway_schema_history WHERE success')"

if [ "$LOAD" = 1 ]; then
  say "loading the data set (load-data.sql)"
  psql -qX -d "$DB" -f "$HERE/load-data.sql"
fi

# The data set went in behind the server's back: the projection is rebuilt from it, timed, and its size reported.
say "distribution projection: $(curl -fsS -X POST "$BASE/api/bench/projection/rebuild")"
# The start-up rebuild may still hold the rebuild: wait until the projection is complete.
for _ in $(seq 1 600); do curl -fsS "$BASE/api/bench/projection" | grep -q 'complete=true' && break; sleep 1; done
say "distribution projection: $(curl -fsS "$BASE/api/bench/projection"); server heap after a full GC: $(jcmd "$SERVER" GC.run >/dev/null; jcmd "$SERVER" GC.heap_info | sed -n 's/.*used \([0-9]*K\).*/\1/p' | head -1)"

# A token for this run only: vrc_ + 43 base64url characters; the database keeps its SHA-256 (TokenSecret).
SECRET=vrc_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
HASH=$(printf %s "$SECRET" | sha256sum | cut -d' ' -f1)
psql -qX -d "$DB" -v ON_ERROR_STOP=1 -v name="bench-$LABEL-$(date +%s)" -v hash="$HASH" <<'SQL'
WITH t AS (INSERT INTO api_token (name, owner_name, secret_hash, issued_at, expires_at, demo)
           VALUES (:'name', 'benchmark', :'hash', now(), now() + interval '1 day', false) RETURNING id)
INSERT INTO api_token_scope (token_id, scope) SELECT id, 'DISTRIBUTION_READ' FROM t;
SQL
export BENCH_TOKEN=$SECRET

say "data: $(psql -qAtX -d "$DB" -F ' ' -c "SELECT (SELECT count(*) FROM content_item) || ' items,', (SELECT count(*) FROM demotion WHERE starts_at <= now() AND (ends_at IS NULL OR ends_at > now()) AND (lifted_at IS NULL OR lifted_at > now())) || ' demotions in force'")"
SAMPLE='{"ids":["post_1000000000010","post_1000000000400","post_1000000000207","post_1000000250000","post_1000000000001","post_2000000000001"]}'
for path in api/v1/distribution api/bench/bare-distribution; do
  echo "--- sample answer of /$path"
  curl -fsS -H "Authorization: Bearer $SECRET" -H 'Content-Type: application/json' -d "$SAMPLE" "$BASE/$path"
  echo
done

if [ "${BENCH_SERVE:-0}" = 1 ]; then
  echo "$SECRET" > "$WORK/token"
  say "serving (BENCH_SERVE=1): token in $WORK/token, server pid $SERVER; stop it with: kill $SERVER"
  wait "$SERVER" || true
  exit 0
fi

cpu_ticks() { # jiffies: server, PostgreSQL backends serving $DB, whole machine, machine idle
  local s p=0
  s=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
  for pid in $(pgrep -f "postgres: .*$PGUSER $DB " || true); do
    p=$((p + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$s $p $(awk '/^cpu /{print $2+$3+$4+$5+$6+$7+$8+$9, $5+$6}' /proc/stat)"
}

run() { # label path seconds
  local before after
  before=$(cpu_ticks)
  BENCH_LABEL=$1 /usr/bin/time -f 'wrk_cpu_s=%U+%S' -o "$WORK/wrk-$1.time" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3}s" --timeout 10s -s "$HERE/distribution.lua" "$BASE/$2" > "$WORK/wrk-$1.txt"
  after=$(cpu_ticks)
  grep '^RESULT' "$WORK/wrk-$1.txt" | tr -d '\n'
  printf ' wrk_cpu=%.0f%%' "$(awk -v d="$3" -F'[=+]' '/wrk_cpu_s/ {print 100 * ($2 + $3) / d}' "$WORK/wrk-$1.time")"
  # CPU while wrk ran, in % of one core (the machine has $(nproc) cores): wrk itself, the server JVM, the
  # PostgreSQL backends of $DB, and the whole machine busy (all of these plus anything else running).
  awk -v b="$before" -v a="$after" -v cores="$(nproc)" -v n="$(sed -n 's/.* batches=\([0-9]*\).*/\1/p' "$WORK/wrk-$1.txt")" \
      -v hz="$(getconf CLK_TCK)" 'BEGIN { split(b, x, " "); split(a, y, " ");
      total = y[3] - x[3]; if (total <= 0) total = 1; if (n <= 0) n = 1;
      printf " cpu_server=%.0f%% cpu_postgres=%.0f%% cpu_machine_busy=%.0f%% (of %d00%%) server_cpu_ms_per_batch=%.1f postgres_cpu_ms_per_batch=%.1f\n",
        100 * cores * (y[1] - x[1]) / total, 100 * cores * (y[2] - x[2]) / total,
        100 * cores * (total - (y[4] - x[4])) / total, cores,
        1000 * (y[1] - x[1]) / hz / n, 1000 * (y[2] - x[2]) / hz / n }'
}

say "load before measuring: $(cut -d' ' -f1-3 /proc/loadavg); java processes besides this server: $(( $(pgrep -c java) - 1 ))"
# Warm-ups and measurements send the same 2 x 256 batches (about 460,000 distinct known ids), so each instance's
# local copy holds what the measurement asks; a run with other ids shows what ids read for the first time cost.
export BENCH_SEED=$(date +%s)
say "warm-up ${WARMUP}s each ($CONNECTIONS connections, $THREADS wrk threads)"
run warmup-veracity api/v1/distribution "$WARMUP" >/dev/null
run warmup-bare api/bench/bare-distribution "$WARMUP" >/dev/null
say "measuring ${DURATION}s each: from the projection, from the database (projection set aside), bare"
run "veracity-grid-$LABEL" api/v1/distribution "$DURATION" | tee -a "$WORK/results.txt"
say "distribution projection: $(curl -fsS "$BASE/api/bench/projection"); server heap after a full GC: $(jcmd "$SERVER" GC.run >/dev/null; jcmd "$SERVER" GC.heap_info | sed -n 's/.*used \([0-9]*K\).*/\1/p' | head -1)"
BENCH_SEED=$((BENCH_SEED + 1)) run "veracity-grid-new-ids-$LABEL" api/v1/distribution "$DURATION" | tee -a "$WORK/results.txt"
curl -fsS -X POST "$BASE/api/bench/projection/complete?value=false" >/dev/null
run warmup-database api/v1/distribution "$WARMUP" >/dev/null
run "veracity-database-$LABEL" api/v1/distribution "$DURATION" | tee -a "$WORK/results.txt"
curl -fsS -X POST "$BASE/api/bench/projection/complete?value=true" >/dev/null
run "bare-$LABEL" api/bench/bare-distribution "$DURATION" | tee -a "$WORK/results.txt"
if [ "${BENCH_TWO:-1}" = 1 ]; then
  # A second instance on the same machine, same database, joined to the first one's grid (TCP on loopback); then
  # both are measured at once, each by its own wrk with the same number of connections.
  PORT2=$((PORT + 1))
  say "starting a second instance on 127.0.0.1:$PORT2 (log $WORK/server2.log)"
  java -Xms${BENCH_HEAP:-2g} -Xmx${BENCH_HEAP:-2g} -Dhazelcast.socket.bind.any=false -Dhazelcast.partition.count=${BENCH_PARTITIONS:-31} \
    ${BENCH_JAVA_OPTS:-} -jar "$MICRO" \
    --clustermode "tcpip:127.0.0.1:$GRID_PORT,127.0.0.1:$((GRID_PORT + 1))" --interfaces 127.0.0.1 \
    --startport "$((GRID_PORT + 1))" --clustername "bench-$PORT" --nohostaware --disablephonehome --port "$PORT2" \
    --prebootcommandfile "$ROOT/config/micro/pre-boot.asadmin" --postbootcommandfile "$WORK/post-boot.asadmin" \
    --addlibs "$PG_JAR" --deploy "$WORK/bench.war" --contextroot / > "$WORK/server2.log" 2>&1 &
  SERVER2=$!
  trap 'kill "$SERVER" "$SERVER2" 2>/dev/null; wait "$SERVER" "$SERVER2" 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT2/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  say "second instance: $(curl -fsS "http://127.0.0.1:$PORT2/api/bench/projection")"
  say "first instance: $(curl -fsS "$BASE/api/bench/projection")"
  BENCH_LABEL=warmup2 wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s "$HERE/distribution.lua" \
    "http://127.0.0.1:$PORT2/api/v1/distribution" > /dev/null
  say "measuring both instances at once, ${DURATION}s"
  BENCH_LABEL="two-instances-a-$LABEL" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s \
    -s "$HERE/distribution.lua" "$BASE/api/v1/distribution" > "$WORK/wrk-two-a.txt" &
  WRK_A=$!
  BENCH_LABEL="two-instances-b-$LABEL" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s \
    -s "$HERE/distribution.lua" "http://127.0.0.1:$PORT2/api/v1/distribution" > "$WORK/wrk-two-b.txt"
  wait "$WRK_A"
  grep -h '^RESULT' "$WORK/wrk-two-a.txt" "$WORK/wrk-two-b.txt" | tee -a "$WORK/results.txt"
fi
say "load after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -c 'SEVERE' "$WORK/server.log" | sed 's/^/SEVERE lines in server log: /'
say "results in $WORK/results.txt; stopping the server"
