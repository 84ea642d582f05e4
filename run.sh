#!/usr/bin/env bash
# Runs Veracity on Payara Micro with an embedded H2 database and demo data.
#   ./run.sh            build if needed, start on http://localhost:8080, print URLs and demo logins
# Ctrl-C stops it; the data stays in $VERACITY_DATA_DIR (default ./.veracity-data) for the next start.
# Settings: VERACITY_PORT (8080), VERACITY_GRID_PORT (5900, the data grid's), VERACITY_DATA_DIR,
# VERACITY_READY_TIMEOUT (seconds, 900), VERACITY_JAVA_OPTS (replaces the JVM options below), and any veracity.* key
# as an environment variable.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
PORT=${VERACITY_PORT:-8080}
GRID_PORT=${VERACITY_GRID_PORT:-5900}
DATA_DIR=$(mkdir -p "${VERACITY_DATA_DIR:-$ROOT/.veracity-data}" && cd "${VERACITY_DATA_DIR:-$ROOT/.veracity-data}" && pwd)
WAR=$ROOT/web-module/target/veracity.war
# The WAR as Maven's war plugin leaves it unpacked next to it: deployed as it is, so Payara does not copy and unpack
# 158 MB (the semantic RFH tier's ONNX Runtime, tokenizer and model) on every start (docs/benchmarks.md).
WEBAPP=$ROOT/web-module/target/veracity
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
MICRO=$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar

say() { printf '\033[1m%s\033[0m\n' "$*"; }

if [ ! -f "$WAR" ] || [ ! -f "$WEBAPP/WEB-INF/web.xml" ] || [ -n "$(find pom.xml ejb-module batch-module web-module -newer "$WAR" -type f -not -path '*/target/*' -print -quit)" ]; then
  say "Building Veracity (first run downloads dependencies; a few minutes) ..."
  mvn -q -B -DskipTests -pl web-module -am package
fi
if [ ! -f "$MICRO" ]; then
  say "Fetching Payara Micro $PAYARA_VERSION ..."
  mvn -q -B dependency:get -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION"
fi

mkdir -p "$DATA_DIR/runtime"
sed "s#@DATA_DIR@#$DATA_DIR#g" config/micro/post-boot-h2.asadmin > "$DATA_DIR/runtime/post-boot.asadmin"
# One demo password per data directory, made on the first start and kept with the data.
if [ ! -s "$DATA_DIR/demo-password" ]; then
  (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' | cut -c1-20 > "$DATA_DIR/demo-password")
fi
# One audit key per data directory too (docs/operations.md, "The audit key"): it seals the audit chain of
# this demo's database, so it lives and dies with that data. A key set in the environment wins.
if [ -z "${VERACITY_AUDIT_KEY:-}" ]; then
  if [ ! -s "$DATA_DIR/audit-key" ]; then
    (umask 077; head -c 32 /dev/urandom | base64 > "$DATA_DIR/audit-key")
  fi
  VERACITY_AUDIT_KEY=$(cat "$DATA_DIR/audit-key")
  export VERACITY_AUDIT_KEY VERACITY_AUDIT_KEY_ID=demo
fi
CREDENTIALS=$DATA_DIR/demo-credentials.properties
rm -f "$CREDENTIALS"

export VERACITY_DEMO_ENABLED=true
export VERACITY_DEMO_PASSWORD
VERACITY_DEMO_PASSWORD=$(cat "$DATA_DIR/demo-password")
export VERACITY_DEMO_CREDENTIALS_FILE=$CREDENTIALS
export VERACITY_TRANSPARENCY_DUMP_DIRECTORY=${VERACITY_TRANSPARENCY_DUMP_DIRECTORY:-$DATA_DIR/open-data}

# A development server starts often: with the serial collector, and the optimising compiler (C2) kept to the JDK's
# hashing code (config/micro/jit-directives.json), a start takes about half the CPU time it takes with the JVM's
# defaults on two cores (docs/benchmarks.md, "Start-up of the demo").
JAVA_OPTS=${VERACITY_JAVA_OPTS-"-XX:+UseSerialGC -XX:+UnlockDiagnosticVMOptions -XX:CompilerDirectivesFile=config/micro/jit-directives.json"}

say "Starting Veracity on Payara Micro (port $PORT, data in $DATA_DIR) ..."
# The log exists before the server and the tail below start, so the tail never races the server to open it.
: > "$DATA_DIR/runtime/server.log"
# The data grid (the distribution projection) on loopback only, a cluster of this one instance.
java $JAVA_OPTS -Dhazelcast.socket.bind.any=false -Dhazelcast.partition.count=31 -jar "$MICRO" --disablephonehome \
  --port "$PORT" --clustermode "tcpip:127.0.0.1:$GRID_PORT" --interfaces 127.0.0.1 --startport "$GRID_PORT" \
  --clustername veracity-demo \
  --prebootcommandfile config/micro/pre-boot.asadmin \
  --postbootcommandfile "$DATA_DIR/runtime/post-boot.asadmin" \
  --deploy "$WEBAPP" --contextroot / >> "$DATA_DIR/runtime/server.log" 2>&1 &
SERVER=$!
trap 'echo; say "Stopping Veracity ..."; kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null; exit 0' INT TERM
tail -n +1 -F "$DATA_DIR/runtime/server.log" --pid "$SERVER" | grep --line-buffered -E 'SEVERE|Exception|ready in|schema at version|demo mode' &

# Ready once the server answers and the logins and token are written; the demo stories load after that, in the
# background (the log line "demo stories loaded" says when), so a first page can be opened while they arrive.
READY_TIMEOUT=${VERACITY_READY_TIMEOUT:-900}
for waited in $(seq 1 "$READY_TIMEOUT"); do
  if ! kill -0 "$SERVER" 2>/dev/null; then say "Payara Micro stopped; see $DATA_DIR/runtime/server.log"; exit 1; fi
  if [ -s "$CREDENTIALS" ] && curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1; then break; fi
  if [ $((waited % 30)) -eq 0 ]; then say "  still starting after ${waited} s ..."; fi
  sleep 1
done
if [ ! -s "$CREDENTIALS" ]; then say "Veracity did not become ready; see $DATA_DIR/runtime/server.log"; kill "$SERVER"; exit 1; fi

TOKEN=$(sed -n 's/^token=//p' "$CREDENTIALS")
BASE=http://localhost:$PORT
cat <<MSG

  Veracity is running.
    Desk (moderators, fact-checkers, admins)  $BASE/desk/
    Public transparency pages                 $BASE/transparency/
    REST API                                  $BASE/api/v1/...
    OpenAPI description                       $BASE/openapi
    Readiness                                 $BASE/health/ready

  Demo logins (password for each: $VERACITY_DEMO_PASSWORD)
    moderator  specialist  factchecker  policylead  admin

  demo token: $TOKEN

  Try:  curl -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
             -d '{"ids":["demo-bleach-cure","demo-nypost-hunter-biden"]}' $BASE/api/v1/distribution

  The demo stories load in the background; "demo stories loaded" appears here when they are all in.
  Server log: $DATA_DIR/runtime/server.log   Stop: Ctrl-C (data is kept in $DATA_DIR)
MSG
wait "$SERVER"
