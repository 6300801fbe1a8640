# Shared by scripts/test.sh, scripts/neo4j.sh, scripts/rabbitmq.sh and ./graph (sourced, not run).
# Callers set LIB_NAME to the name their messages start with before sourcing it.
#
#   lib_log MESSAGE...                 one line on stderr, "NAME: MESSAGE"
#   lib_die MESSAGE...                 the same, then exit 1
#   lib_install PACKAGE...             apt-get install what is given; one clear line and exit 1 when that cannot be done
#   lib_wait_until_up WHAT UP ALIVE LOG
#                                      runs UP (a command line) each second until it succeeds; stops with the last lines
#                                      of LOG when ALIVE (a command line) fails, i.e. the server died, or when
#                                      GRAPH_START_TIMEOUT_SECONDS (default 600) have passed
#
# Why 600 s: on a machine loaded forty deep on two cores a JVM server took over 90 s to answer; a server that died is
# still reported at once, through ALIVE, so the long wait only costs time when the server is slow but alive.

lib_log() { echo "${LIB_NAME:-graph}: $*" >&2; }

lib_die() {
  lib_log "$@"
  exit 1
}

lib_install() {
  (($#)) || return 0
  command -v apt-get >/dev/null 2>&1 || lib_die "missing $*, and no apt-get to install it; install it and retry"
  local sudo=""
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || lib_die "missing $*; run as root or install it with apt-get"
    sudo="sudo"
  fi
  lib_log "installing $* with apt-get"
  { ${sudo} apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo} apt-get install -y -qq "$@" >/dev/null; } \
    || lib_die "could not install $* with apt-get; install it and retry"
}

lib_wait_until_up() {
  local what="$1" up="$2" alive="$3" logfile="$4"
  local limit="${GRAPH_START_TIMEOUT_SECONDS:-600}" waited=0
  [[ "${limit}" =~ ^[0-9]+$ ]] || lib_die "GRAPH_START_TIMEOUT_SECONDS must be a whole number of seconds, not '${limit}'"
  # UP and ALIVE are command lines: split into words on purpose.
  # shellcheck disable=SC2086
  until ${up}; do
    if ! ${alive} >/dev/null; then
      lib_log "${what} exited during start-up. Last lines of ${logfile}:"
      tail -n 30 "${logfile}" >&2 || true
      exit 1
    fi
    if ((waited >= limit)); then
      lib_log "${what} did not answer within ${limit} s (GRAPH_START_TIMEOUT_SECONDS). Last lines of ${logfile}:"
      tail -n 30 "${logfile}" >&2 || true
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}
