#!/usr/bin/env bash
# Several nodes (issue 13): two nodes on one PostgreSQL (database kombel_bench_nodes, recreated)
# and one file store behind HAProxy in round robin (port 8480; nodes on 8481, 8482). Drives activity
# check-ins through the balancer while node A is killed with kill -9 and restarted, then reports
# sent, acknowledged, rows, lost, doubled; and the community page's requests/s through the balancer
# with one and with two nodes (wrk, 16 connections). On a two-core machine both nodes share the same
# cores: the second figure shows the overhead of two JVMs and the balancer, not scale.
# Results: target/benchmarks/nodes.md
set -euo pipefail
source "$(dirname "$0")/common.sh"
bench_java
command -v haproxy >/dev/null || { apt-get update -qq && apt-get install -y -qq haproxy; }
bench_wrk
bench_postgres
PGUSER=${PGUSER:-postgres}
DB=kombel_bench_nodes
DURATION=${KOMBEL_BENCH_DURATION:-20s}
OUT=target/benchmarks; mkdir -p "$OUT"; WORK=target/bench-nodes; rm -rf "$WORK"; mkdir -p "$WORK/files"
psql -h 127.0.0.1 -U "$PGUSER" -qc "drop database if exists $DB with (force)" -c "create database $DB"
# the jar of this work tree: built again when any source is newer
if [ ! -f target/kombel-0.1.0.jar ] || [ -n "$(find src pom.xml -newer target/kombel-0.1.0.jar -print -quit)" ]; then
  ./mvnw -B -q -o package -DskipTests
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

start_node() { # name port
  KOMBEL_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB KOMBEL_DB_USER=$PGUSER \
    "$JAVA_HOME/bin/java" -Xmx768m -jar target/kombel-0.1.0.jar --spring.profiles.active=postgres \
    --server.port="$2" --kombel.data-dir="$WORK/$1" --kombel.storage.dir="$WORK/files" \
    --kombel.secret=bench-nodes-secret --kombel.demo=true \
    `# two nodes on the embedded search index (this benchmark searches nothing; a cluster runs on OpenSearch)` \
    --kombel.search.lucene.allow-several-nodes=true > "$WORK/$1.log" 2>&1 &
  echo $! > "$WORK/$1.pid"
}
# a loaded machine starts a node in minutes: wait up to 15
wait_up() { for _ in $(seq 1 900); do curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null && echo "node on $1 up" && return 0; sleep 1; done
  echo "node on $1 not up after 900 s" >&2; return 1; }
cleanup() { for n in a b; do [ -f "$WORK/$n.pid" ] && kill "$(cat "$WORK/$n.pid")" 2>/dev/null || true; done
  [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true; }
trap cleanup EXIT

haproxy_cfg() { # servers...
  { echo "global"; echo "  maxconn 512"; echo "defaults"; echo "  mode http"; echo "  timeout connect 2s"
    echo "  timeout client 30s"; echo "  timeout server 30s"; echo "  retries 0"
    echo "frontend f"; echo "  bind 127.0.0.1:8480"; echo "  default_backend nodes"
    echo "backend nodes"; echo "  balance roundrobin"; echo "  option httpchk GET /actuator/health"
    `# a loaded machine answers a health check in seconds: a node is down after 3 missed checks of 5 s`
    echo "  timeout check 5s"; echo "  default-server inter 1s fall 3 rise 2"
    for p in "$@"; do echo "  server n$p 127.0.0.1:$p check"; done; } > "$WORK/haproxy.cfg"
  [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true
  haproxy -f "$WORK/haproxy.cfg" -D -p "$WORK/haproxy.pid"
}

start_node a 8481; wait_up 8481; start_node b 8482; wait_up 8482
haproxy_cfg 8481 8482; sleep 2
LB=http://127.0.0.1:8480
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
token() { curl -fs -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"kombel-demo\"}" $LB/api/v1/tokens | json "['token']"; }
GURU=$(token guru@demo.kombel.id)
COMMUNITY=$(curl -fs -H "Authorization: Bearer $GURU" -H 'Content-Type: application/json' \
  -d '{"name":"Bench dua node","kind":"SCHOOL","levels":["SD"],"regionCode":"12.11","joinPolicy":"OPEN"}' $LB/api/v1/communities | json "['id']")
# members: accounts made by the administrator, each joins and checks in once with its own token
ADMIN=$(token admin@demo.kombel.id)
NOW=$(date -u +%Y-%m-%dT%H:%M:00Z); END=$(date -u -d '+2 hours' +%Y-%m-%dT%H:%M:00Z); START=$(date -u -d '-20 minutes' +%Y-%m-%dT%H:%M:00Z)
ACTIVITY=$(curl -fs -H "Authorization: Bearer $GURU" -H 'Content-Type: application/json' \
  -d "{\"title\":\"Bench\",\"role\":\"DISCUSSION\",\"mode\":\"OFFLINE\",\"venue\":\"SD\",\"startsAt\":\"$START\",\"endsAt\":\"$END\"}" \
  $LB/api/v1/communities/$COMMUNITY/activities | json "['id']")
CODE=$(curl -fs -H "Authorization: Bearer $GURU" $LB/api/v1/activities/$ACTIVITY | json "['checkInCode']")
MEMBERS=${KOMBEL_BENCH_MEMBERS:-300}
python3 - "$LB" "$ADMIN" "$COMMUNITY" "$ACTIVITY" "$CODE" "$MEMBERS" "$WORK" <<'PY' &
import json, sys, time, urllib.request, concurrent.futures as cf
lb, admin, community, activity, code, n, work = sys.argv[1:8]
def call(method, path, body=None, token=None):
    req = urllib.request.Request(lb + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", **({"Authorization": "Bearer " + token} if token else {})})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.status, r.read()
def retry(f):  # a client retries on the balancer until it gets an answer, as a phone would
    for _ in range(60):
        try: return f()
        except urllib.error.HTTPError as e:
            if e.code < 500: return e.code, b""
        except Exception: pass
        time.sleep(0.5)
    return 0, b""
def member(i):
    email = f"bench-node-{i}@example.id"
    retry(lambda: call("POST", "/api/v1/accounts", {"email": email, "displayName": f"Guru {i}", "password": "kombel-bench", "grants": [{"role": "TEACHER"}]}, admin))
    st, body = retry(lambda: call("POST", "/api/v1/tokens", {"email": email, "password": "kombel-bench"}))
    tok = json.loads(body)["token"]
    retry(lambda: call("POST", f"/api/v1/communities/{community}/join", None, tok))
    st, _ = retry(lambda: call("POST", f"/api/v1/activities/{activity}/check-ins", {"code": code}, tok))
    return st in (200, 201)
with cf.ThreadPoolExecutor(8) as pool:
    acked = sum(pool.map(member, range(int(n))))
open(work + "/checkins.txt", "w").write(f"{n} {acked}\n")
PY
DRIVER=$!
sleep 5; kill -9 "$(cat "$WORK/a.pid")"; echo "node A killed"; sleep 5
start_node a 8481; wait_up 8481; echo "node A back"
wait $DRIVER
read -r SENT ACKED < "$WORK/checkins.txt"
ROWS=$(psql -h 127.0.0.1 -U "$PGUSER" -d $DB -tAc "select count(*) from attendance where activity_id = $ACTIVITY and status = 'PRESENT'")
DOUBLED=$(psql -h 127.0.0.1 -U "$PGUSER" -d $DB -tAc "select count(*) - count(distinct account_id) from attendance where activity_id = $ACTIVITY")
LOST=$((ACKED - ROWS)); [ $LOST -lt 0 ] && LOST=0

# the community page through the balancer, a signed-in member's web session (no sticky sessions)
curl -fs -c "$WORK/jar" $LB/login > "$WORK/login.html"
CSRF=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//;s/"$//')
curl -fs -b "$WORK/jar" -c "$WORK/jar" -o /dev/null -d "username=guru@demo.kombel.id&password=kombel-demo&_csrf=$CSRF" $LB/login
SESSION=$(awk '$6=="SESSION"{print $7}' "$WORK/jar")
PAGE=$LB/communities/$COMMUNITY
# requests/s, then the answers that were not 2xx/3xx and the timeouts (a figure of errors is no figure)
rps() { wrk -t2 -c16 -d5s -H "Cookie: SESSION=$SESSION" "$PAGE" > /dev/null  # warm-up
  wrk -t2 -c16 -d"$DURATION" -H "Cookie: SESSION=$SESSION" "$PAGE" | tee -a "$WORK/wrk.txt" \
    | awk '/Requests\/sec/{r=$2} /Non-2xx/{n=$5} /Socket errors/{t=$NF} END{printf "%s | %d | %d", r, n, t}'; }
curl -fs -o /dev/null -w '%{http_code}\n' -H "Cookie: SESSION=$SESSION" "$PAGE" | grep -q 200 || { echo "the page is not 200 through the balancer" >&2; exit 1; }
TWO=$(rps)
haproxy_cfg 8481; sleep 3; ONE=$(rps)

{ echo "## Several nodes ($(date -u +%F), $(nproc) cores, two nodes + HAProxy + PostgreSQL on one machine)"
  echo; echo "| check-ins with node A killed (kill -9) and restarted | |"; echo "|---|---|"
  echo "| sent | $SENT |"; echo "| acknowledged | $ACKED |"; echo "| rows | $ROWS |"; echo "| lost | $LOST |"; echo "| doubled | $DOUBLED |"
  echo; echo "| community page through HAProxy (16 connections, $DURATION after 5 s warm-up) | requests/s | not 2xx/3xx | timeouts |"; echo "|---|---|---|---|"
  echo "| one node | $ONE |"; echo "| two nodes (round robin, shared sessions) | $TWO |"
  echo; echo "Load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared)."
  echo; echo "On $(nproc) cores both nodes share the same CPUs: the two-node figure shows the overhead of a second JVM, the balancer and the shared session store, not scale."
} | tee "$OUT/nodes.md"
