#!/usr/bin/env bash
# Local RabbitMQ for development and tests: Debian's rabbitmq-server, run as a private node with its own ports,
# data, logs, configuration and Erlang cookie, so a system broker (5672) and other instances are left alone.
#
#   scripts/rabbitmq.sh install                      # apt-get install rabbitmq-server when missing
#   scripts/rabbitmq.sh start [--port 5682] [--dist-port 25682] [--epmd-port 4380]
#   scripts/rabbitmq.sh stop | status | wipe
#
# The node accepts user "graph" with password "graph" (or GRAPH_RABBITMQ_USER / GRAPH_RABBITMQ_PASSWORD) from any
# address; it loads no plugins.
#
# Environment:
#   GRAPH_RABBITMQ_HOME  where the node keeps its data, logs and cookie (default: <repo>/.rabbitmq)
#   GRAPH_START_TIMEOUT_SECONDS  how long start waits for the node to answer (default: 600; see scripts/lib.sh)
set -euo pipefail

readonly RABBIT_BIN=/usr/lib/rabbitmq/bin

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GRAPH_RABBITMQ_HOME="${GRAPH_RABBITMQ_HOME:-${REPO_ROOT}/.rabbitmq}"
mkdir -p "${GRAPH_RABBITMQ_HOME}"
GRAPH_RABBITMQ_HOME="$(cd "${GRAPH_RABBITMQ_HOME}" && pwd)"
readonly GRAPH_RABBITMQ_HOME
readonly PORTS_FILE="${GRAPH_RABBITMQ_HOME}/ports"
readonly USER_NAME="${GRAPH_RABBITMQ_USER:-graph}"
readonly USER_PASSWORD="${GRAPH_RABBITMQ_PASSWORD:-graph}"

LIB_NAME="rabbitmq.sh"
# shellcheck source=scripts/lib.sh
. "${REPO_ROOT}/scripts/lib.sh"
die() { lib_die "$@"; }
log() { lib_log "$@"; }

cmd_install() {
  if [[ -x "${RABBIT_BIN}/rabbitmq-server" ]]; then return; fi
  lib_install rabbitmq-server
  # The package starts a system broker where a service manager runs; this script never uses it.
}

# Every setting of the private node; the ports come from the ports file written at start (or the defaults).
node_environment() {
  local port=5682 dist_port=25682 epmd_port=4380
  if [[ -f "${PORTS_FILE}" ]]; then read -r port dist_port epmd_port < "${PORTS_FILE}"; fi
  export HOME="${GRAPH_RABBITMQ_HOME}"                      # the Erlang cookie lives in $HOME
  export RABBITMQ_NODENAME="graph-${port}@localhost"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="${port}"
  export RABBITMQ_DIST_PORT="${dist_port}"
  export ERL_EPMD_PORT="${epmd_port}"
  export ERL_EPMD_ADDRESS=127.0.0.1
  export RABBITMQ_CONF_ENV_FILE="${GRAPH_RABBITMQ_HOME}/rabbitmq-env.conf"
  export RABBITMQ_CONFIG_FILE="${GRAPH_RABBITMQ_HOME}/rabbitmq.conf"
  export RABBITMQ_ADVANCED_CONFIG_FILE="${GRAPH_RABBITMQ_HOME}/advanced.config"
  export RABBITMQ_ENABLED_PLUGINS_FILE="${GRAPH_RABBITMQ_HOME}/enabled_plugins"
  export RABBITMQ_MNESIA_BASE="${GRAPH_RABBITMQ_HOME}/mnesia"
  export RABBITMQ_LOG_BASE="${GRAPH_RABBITMQ_HOME}/log"
  export RABBITMQ_PID_FILE="${GRAPH_RABBITMQ_HOME}/rabbitmq.pid"
}

write_config() {
  local port="$1" dist_port="$2" epmd_port="$3"
  printf '%s %s %s\n' "${port}" "${dist_port}" "${epmd_port}" > "${PORTS_FILE}"
  : > "${GRAPH_RABBITMQ_HOME}/rabbitmq-env.conf"
  echo "[]." > "${GRAPH_RABBITMQ_HOME}/enabled_plugins"
  echo "[]." > "${GRAPH_RABBITMQ_HOME}/advanced.config"
  cat > "${GRAPH_RABBITMQ_HOME}/rabbitmq.conf" <<EOF
# written by scripts/rabbitmq.sh
listeners.tcp.default = 127.0.0.1:${port}
default_user = ${USER_NAME}
default_pass = ${USER_PASSWORD}
default_vhost = /
loopback_users = none
# A small machine shared with Neo4j: do not block publishers at the default 40% of RAM or 50 MB of free disk.
vm_memory_high_watermark.relative = 0.8
disk_free_limit.absolute = 10MB
log.file.level = warning
log.console = false
EOF
  mkdir -p "${GRAPH_RABBITMQ_HOME}/log" "${GRAPH_RABBITMQ_HOME}/mnesia"
}

running_pid() {
  local pidfile="${GRAPH_RABBITMQ_HOME}/rabbitmq.pid"
  [[ -f "${pidfile}" ]] || return 1
  local pid
  pid="$(cat "${pidfile}")"
  [[ -n "${pid}" ]] && kill -0 "${pid}" 2>/dev/null || return 1
  echo "${pid}"
}

port_answers() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The port is open and the node says it has finished starting.
node_answers() {
  port_answers "$1" && "${RABBIT_BIN}/rabbitmqctl" -q await_startup --timeout 5 >/dev/null 2>&1
}

cmd_start() {
  local port=5682 dist_port=25682 epmd_port=4380
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --port) port="${2:?--port needs a value}"; shift 2 ;;
      --dist-port) dist_port="${2:?--dist-port needs a value}"; shift 2 ;;
      --epmd-port) epmd_port="${2:?--epmd-port needs a value}"; shift 2 ;;
      *) die "unknown option '$1' (expected --port P, --dist-port D, --epmd-port E)" ;;
    esac
  done
  cmd_install
  if pid="$(running_pid)"; then
    local current
    current="$(cat "${PORTS_FILE}" 2>/dev/null || echo "?")"
    [[ "${current}" == "${port} ${dist_port} ${epmd_port}" ]] || die "already running (pid ${pid}) on ports ${current}; run 'stop' first"
    log "already running (pid ${pid})"
  else
    write_config "${port}" "${dist_port}" "${epmd_port}"
    node_environment
    nohup "${RABBIT_BIN}/rabbitmq-server" >> "${GRAPH_RABBITMQ_HOME}/log/console.log" 2>&1 &
    echo $! > "${GRAPH_RABBITMQ_HOME}/rabbitmq.pid"
  fi
  node_environment
  lib_wait_until_up "RabbitMQ on port ${port}" "node_answers ${port}" running_pid "${GRAPH_RABBITMQ_HOME}/log/console.log"
  echo "RabbitMQ: amqp://${USER_NAME}@localhost:${port}/"
}

cmd_stop() {
  local pid
  if pid="$(running_pid)"; then
    node_environment
    "${RABBIT_BIN}/rabbitmqctl" -q stop "${RABBITMQ_PID_FILE}" >/dev/null 2>&1 || kill "${pid}" 2>/dev/null || true
    local waited=0
    while kill -0 "${pid}" 2>/dev/null && (( waited < 30 )); do sleep 1; waited=$((waited + 1)); done
    kill -0 "${pid}" 2>/dev/null && kill -9 "${pid}" 2>/dev/null || true
    log "stopped"
  else
    log "not running"
  fi
  # The node's epmd served only it: end it too, by its port.
  if [[ -f "${PORTS_FILE}" ]]; then
    node_environment
    epmd -port "${ERL_EPMD_PORT}" -kill >/dev/null 2>&1 || true
  fi
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    echo "running (pid ${pid}) ports $(cat "${PORTS_FILE}") home=${GRAPH_RABBITMQ_HOME}"
  else
    echo "not running (home=${GRAPH_RABBITMQ_HOME})"
    return 3
  fi
}

cmd_wipe() {
  cmd_stop
  rm -rf "${GRAPH_RABBITMQ_HOME}/mnesia"
  log "deleted ${GRAPH_RABBITMQ_HOME}/mnesia"
}

case "${1:-}" in
  install) cmd_install ;;
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  wipe) cmd_wipe ;;
  *) die "usage: $0 install | start [--port P] [--dist-port D] [--epmd-port E] | stop | status | wipe" ;;
esac
