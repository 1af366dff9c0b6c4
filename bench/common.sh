# Sourced by the bench/*.sh scripts: the preamble they share, so that a change to how a JDK is
# found or PostgreSQL started is made once. Sourcing it moves to the repository's root.
# shellcheck shell=bash
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# JAVA_HOME as given, else the newest Temurin JDK of at least the major version asked (default 21)
bench_java() {
  if [ -z "${JAVA_HOME:-}" ]; then
    local least=${1:-21} jdk version
    JAVA_HOME=
    for jdk in $( (ls -d /usr/lib/jvm/temurin-[0-9]* 2>/dev/null || true) | sort -rV); do
      version=${jdk#/usr/lib/jvm/temurin-}
      version=${version%%[!0-9]*}
      if [ -n "$version" ] && [ "$version" -ge "$least" ]; then
        JAVA_HOME=$jdk
        break
      fi
    done
    export JAVA_HOME
  fi
}

# wrk drives the load; installed when missing
bench_wrk() {
  command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
}

# the local PostgreSQL cluster, started when it is not answering
bench_postgres() {
  pg_isready -h 127.0.0.1 -p 5432 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
}

# runs the benchmark test class(es) $1 (compiled first), the script's own arguments passed to Maven
bench_test() {
  local tests=$1
  shift
  ./mvnw -B -q test-compile "$@"
  ./mvnw -B test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false "$@"
}
