#!/usr/bin/env bash
# Installs Veracity (ear/target/veracity.ear) on a Payara Server 6 domain backed by PostgreSQL.
# docs/operations.md walks through every step; PayaraServerDeploymentIT (ear module) runs this
# very script on every `mvn verify`, so what the document shows is what the test proves.
#
#   deploy-on-payara-server.sh [deploy]   unzip Payara if needed, create and start the domain,
#                                         add the driver and resources, deploy, wait until ready
#   deploy-on-payara-server.sh undeploy   remove the application, keep the domain running
#   deploy-on-payara-server.sh stop       stop the domain
#
# Every step is skipped when its result is already there, so running it again after a new build
# only redeploys the EAR (and re-applies the database settings).
#
# Settings (environment variables):
#   PAYARA_HOME           required; the Payara Server directory (the one holding bin/asadmin).
#                         If it does not exist yet, PAYARA_ZIP is unzipped there.
#   PAYARA_ZIP            default: the payara-6.2025.10.zip in the local Maven repository
#   DOMAIN_NAME           default veracity
#   DOMAINS_DIR           default $PAYARA_HOME/glassfish/domains
#   PORT_BASE             unset: Payara's usual ports (admin 4848, HTTP 8080, HTTPS 8181);
#                         set: admin PORT_BASE+48, HTTP PORT_BASE+80, HTTPS PORT_BASE+81, ...
#   LOOPBACK_ONLY         true: every listener on 127.0.0.1, no Hazelcast, no phone-home
#                         (only takes full effect for a domain this script creates)
#   VERACITY_DB_HOST      default localhost
#   VERACITY_DB_PORT      default 5432
#   VERACITY_DB_NAME      default veracity
#   VERACITY_DB_USER      default veracity
#   VERACITY_DB_PASSWORD  required (may be empty for trust authentication). Never written to disk:
#                         the pool refers to it as ${ENV=VERACITY_DB_PASSWORD} and the server
#                         reads it from its own environment, i.e. the environment of start-domain.
#   POSTGRESQL_JAR        default: postgresql-42.7.14.jar in the local Maven repository
#   EAR                   default: ear/target/veracity.ear next to this script's repository
#   APP_NAME              default veracity
#   READY_TIMEOUT         seconds to wait for /health/ready after deploying, default 300
#   AS_JAVA               the JDK (17) for asadmin and the server; default: java on the PATH
#   AS_ADMIN_PASSWORDFILE asadmin's own setting, for a domain that has an admin password
#   Any other VERACITY_* variable (e.g. VERACITY_PREDICTION_THRESHOLD) reaches the application
#   through MicroProfile Config when it is set in the environment that starts the domain.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
ACTION=${1:-deploy}

PAYARA_VERSION=${PAYARA_VERSION:-6.2025.10}
POSTGRESQL_VERSION=${POSTGRESQL_VERSION:-42.7.14}
M2_REPO=${M2_REPO:-$HOME/.m2/repository}
: "${PAYARA_HOME:?set PAYARA_HOME to the Payara Server directory (it is created from PAYARA_ZIP if missing)}"
PAYARA_ZIP=${PAYARA_ZIP:-$M2_REPO/fish/payara/distributions/payara/$PAYARA_VERSION/payara-$PAYARA_VERSION.zip}
DOMAIN_NAME=${DOMAIN_NAME:-veracity}
DOMAINS_DIR=${DOMAINS_DIR:-$PAYARA_HOME/glassfish/domains}
PORT_BASE=${PORT_BASE:-}
if [ -n "$PORT_BASE" ]; then
  ADMIN_PORT=$((PORT_BASE + 48)); HTTP_PORT=$((PORT_BASE + 80))
else
  ADMIN_PORT=4848; HTTP_PORT=8080
fi
LOOPBACK_ONLY=${LOOPBACK_ONLY:-false}
VERACITY_DB_HOST=${VERACITY_DB_HOST:-localhost}
VERACITY_DB_PORT=${VERACITY_DB_PORT:-5432}
VERACITY_DB_NAME=${VERACITY_DB_NAME:-veracity}
VERACITY_DB_USER=${VERACITY_DB_USER:-veracity}
POSTGRESQL_JAR=${POSTGRESQL_JAR:-$M2_REPO/org/postgresql/postgresql/$POSTGRESQL_VERSION/postgresql-$POSTGRESQL_VERSION.jar}
EAR=${EAR:-$REPO_ROOT/ear/target/veracity.ear}
APP_NAME=${APP_NAME:-veracity}
READY_TIMEOUT=${READY_TIMEOUT:-300}

ASADMIN=$PAYARA_HOME/bin/asadmin
DOMAIN_DIR=$DOMAINS_DIR/$DOMAIN_NAME

say() { printf '[veracity] %s\n' "$*"; }
fail() { printf '[veracity] ERROR: %s\n' "$*" >&2; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# Runs one step and prints its duration in a fixed format (the integration test reports these).
timed() {
  local name=$1 start
  shift
  start=$(now_ms)
  "$@"
  local ms=$(( $(now_ms) - start ))
  say "$(printf 'step %s took %d.%01d s' "$name" $((ms / 1000)) $((ms % 1000 / 100)))"
}
# Remote commands go to this domain's admin port on loopback; never prompt (scripts have no tty).
remote() { "$ASADMIN" --interactive=false --host 127.0.0.1 --port "$ADMIN_PORT" "$@"; }
# Captures the listing first: with pipefail, "remote list-x | grep -q" can fail on SIGPIPE.
listed() {
  local listing
  listing=$(remote "$1") || return 1
  grep -qx "$2" <<<"$listing"
}
domain_running() {
  local domains
  domains=$("$ASADMIN" --interactive=false list-domains --domaindir "$DOMAINS_DIR" 2>/dev/null) || return 1
  grep -qx "$DOMAIN_NAME running" <<<"$domains"
}

unzip_payara() {
  [ -f "$PAYARA_ZIP" ] || fail "no $PAYARA_ZIP; fetch it with: mvn dependency:get -Dartifact=fish.payara.distributions:payara:$PAYARA_VERSION:zip"
  command -v unzip >/dev/null || fail "unzip is not installed"
  local staging=$PAYARA_HOME.unzipping
  rm -rf "$staging"
  mkdir -p "$(dirname "$PAYARA_HOME")"
  unzip -q "$PAYARA_ZIP" -d "$staging"
  # The archive holds a single top-level payara6/ directory; PAYARA_HOME may be named otherwise.
  mv "$staging"/payara6 "$PAYARA_HOME"
  rmdir "$staging"
}

create_domain() {
  local ports=()
  [ -n "$PORT_BASE" ] && ports=(--portbase "$PORT_BASE")
  "$ASADMIN" --interactive=false create-domain --nopassword --domaindir "$DOMAINS_DIR" "${ports[@]}" "$DOMAIN_NAME"
  if [ "$LOOPBACK_ONLY" = true ]; then
    # Pre-boot commands cannot create these two elements (see pre-boot-loopback.asadmin), and both
    # must be right before the first start: the JMS proxy binds at start-up, phone-home calls out
    # at start-up.
    local xml=$DOMAIN_DIR/config/domain.xml
    sed -i 's#^\( *\)<config name="server-config">#&\n\1    <jms-service type="EMBEDDED" default-jms-host="default_JMS_host"><jms-host name="default_JMS_host" host="127.0.0.1" port="${JMS_PROVIDER_PORT}"></jms-host></jms-service>\n\1    <phone-home-runtime-configuration enabled="false"></phone-home-runtime-configuration>#' "$xml"
    grep -q '<jms-host name="default_JMS_host" host="127.0.0.1"' "$xml" \
      || fail "could not set the JMS host in $xml (has the domain.xml layout changed?)"
  fi
}

start_domain() {
  local preboot=()
  [ "$LOOPBACK_ONLY" = true ] && preboot=(--prebootcommandfile "$SCRIPT_DIR/pre-boot-loopback.asadmin")
  "$ASADMIN" --interactive=false start-domain --domaindir "$DOMAINS_DIR" "${preboot[@]}" "$DOMAIN_NAME"
}

add_driver() {
  # Domain-wide (common) library: visible to connection pools at once, no restart needed.
  if listed list-libraries "$(basename "$POSTGRESQL_JAR")"; then
    say "PostgreSQL driver already present"
  else
    remote add-library "$POSTGRESQL_JAR"
  fi
}

create_pool() {
  if listed list-jdbc-connection-pools VeracityPool; then
    say "connection pool VeracityPool exists; updating its database settings"
  else
    # Validation replaces connections that died while PostgreSQL restarted or failed over.
    remote create-jdbc-connection-pool \
      --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
      --isconnectvalidatereq=true --validationmethod custom-validation \
      --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
      VeracityPool
  fi
  # reWriteBatchedInserts: JDBC batches of INSERT … VALUES go as multi-row INSERTs (the nightly jobs'
  # audit events); the same property is in config/micro/post-boot-postgresql.asadmin.
  # Single quotes keep ${ENV=...} literal: Payara resolves it from its own environment each time
  # it opens a connection, so the password itself is never stored in domain.xml.
  remote set \
    "resources.jdbc-connection-pool.VeracityPool.property.serverName=$VERACITY_DB_HOST" \
    "resources.jdbc-connection-pool.VeracityPool.property.portNumber=$VERACITY_DB_PORT" \
    "resources.jdbc-connection-pool.VeracityPool.property.databaseName=$VERACITY_DB_NAME" \
    "resources.jdbc-connection-pool.VeracityPool.property.user=$VERACITY_DB_USER" \
    'resources.jdbc-connection-pool.VeracityPool.property.password=${ENV=VERACITY_DB_PASSWORD}' \
    'resources.jdbc-connection-pool.VeracityPool.property.reWriteBatchedInserts=true'
  # Fails here, with the driver's message, when the database is unreachable or refuses the login.
  remote ping-connection-pool VeracityPool
}

create_resource() {
  if listed list-jdbc-resources jdbc/veracity; then
    say "JDBC resource jdbc/veracity exists"
  else
    remote create-jdbc-resource --connectionpoolid VeracityPool jdbc/veracity
  fi
}

# The batch job repository must live in the application's database: with the default H2 one,
# chunk steps fail ("Local transaction already has 1 non-XA Resource").
configure_batch() {
  local current
  current=$(remote list-batch-runtime-configuration | awk 'NR == 2 { print $1 }')
  if [ "$current" = jdbc/veracity ]; then
    say "batch job repository already on jdbc/veracity"
  else
    remote set-batch-runtime-configuration --datasourcelookupname jdbc/veracity
    # The running server keeps the repository it started with (the H2 jdbc/__TimerPool) and
    # creates jBatch's tables there; only a restart makes it use jdbc/veracity.
    BATCH_RESTART=true
  fi
}

# MicroProfile Metrics answers /metrics to anyone, without a login: off, as on Payara Micro
# (config/micro/pre-boot.asadmin). --dynamic applies it to the running server at once.
disable_metrics() {
  remote set-metrics-configuration --enabled=false --dynamic=true
}

restart_domain() {
  # Stop and start rather than restart-domain: the new server process then gets this
  # environment (VERACITY_DB_PASSWORD, VERACITY_*), not the one the old process had.
  "$ASADMIN" --interactive=false stop-domain --domaindir "$DOMAINS_DIR" "$DOMAIN_NAME"
  start_domain
}

deploy_ear() {
  [ -f "$EAR" ] || fail "no $EAR; build it with: mvn package"
  # The context root (/) comes from the EAR's application.xml.
  remote deploy --name "$APP_NAME" --force=true "$EAR"
}

wait_until_ready() {
  local url=http://127.0.0.1:$HTTP_PORT/health/ready body="" deadline=$((SECONDS + READY_TIMEOUT))
  while [ $SECONDS -lt $deadline ]; do
    if body=$(curl -fsS --max-time 10 "$url" 2>/dev/null) && grep -q '"status" *: *"UP"' <<<"$body"; then
      say "ready: $url -> $body"
      return 0
    fi
    sleep 1
  done
  fail "not ready after ${READY_TIMEOUT}s: $url answered '${body}'; see $DOMAIN_DIR/logs/server.log"
}

deploy() {
  [ -n "${VERACITY_DB_PASSWORD+set}" ] \
    || fail "VERACITY_DB_PASSWORD is not set (export VERACITY_DB_PASSWORD= for a database without passwords)"
  command -v curl >/dev/null || fail "curl is not installed"
  [ -f "$POSTGRESQL_JAR" ] || fail "no $POSTGRESQL_JAR; fetch it with: mvn dependency:get -Dartifact=org.postgresql:postgresql:$POSTGRESQL_VERSION"

  if [ -x "$ASADMIN" ]; then say "Payara Server found in $PAYARA_HOME"; else timed unzip unzip_payara; fi
  if [ -d "$DOMAIN_DIR" ]; then say "domain $DOMAIN_NAME exists in $DOMAINS_DIR"; else timed create-domain create_domain; fi
  if domain_running; then
    say "domain $DOMAIN_NAME is running; it keeps the environment (VERACITY_DB_PASSWORD, ...) it was started with"
  else
    timed start-domain start_domain
  fi
  timed add-library add_driver
  timed connection-pool create_pool
  timed jdbc-resource create_resource
  BATCH_RESTART=false
  timed batch-repository configure_batch
  timed metrics disable_metrics
  if [ "$BATCH_RESTART" = true ]; then timed restart restart_domain; fi
  timed deploy deploy_ear
  timed ready wait_until_ready
  say "Veracity is deployed: http://127.0.0.1:$HTTP_PORT/ (admin port $ADMIN_PORT, log $DOMAIN_DIR/logs/server.log)"
}

case "$ACTION" in
  deploy) deploy ;;
  undeploy) remote undeploy "$APP_NAME" ;;
  stop) "$ASADMIN" --interactive=false stop-domain --domaindir "$DOMAINS_DIR" "$DOMAIN_NAME" ;;
  *) fail "unknown action '$ACTION' (deploy, undeploy or stop)" ;;
esac
