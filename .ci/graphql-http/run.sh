#!/usr/bin/env bash
# The GraphQL-over-HTTP conformance audit: starts the product exactly as README's run command does
# (on a fresh database file), waits until it is ready, runs graphql-http's server audits against
# http://localhost:5080/graphql and fails if any MUST fails. SHOULDs are reported, not enforced.
set -euo pipefail
cd "$(dirname "$0")/../.."
readme_block() { awk -v marker="<!-- $1 -->" '$0==marker{f=1;next} f&&/^```/{if(g)exit; g=1; next} g{print}' README.md; }

if curl -s -o /dev/null -m 2 http://localhost:5080/; then
  echo "something already answers on localhost:5080; stop it first (the audit must reach this checkout's API)" >&2; exit 1
fi
work=$(mktemp -d)
export Graph__Database="$work/graph.db"
run_command=$(readme_block run-command)
[ -n "$run_command" ] || { echo "README has no run command" >&2; exit 1; }
echo "== graphql-http audit: $run_command"
# Its own process group, so that stopping it also stops the app that 'dotnet run' starts.
setsid bash -c "$run_command" >"$work/api.log" 2>&1 &
api=$!
trap 'kill -- -$api 2>/dev/null; wait $api 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 180); do
  curl -sf http://localhost:5080/ready >/dev/null 2>&1 && break
  kill -0 $api 2>/dev/null || { cat "$work/api.log"; echo "the API exited before it was ready" >&2; exit 1; }
  sleep 1
done
curl -sf http://localhost:5080/ready >/dev/null || { cat "$work/api.log"; echo "the API was not ready in time" >&2; exit 1; }

npm ci --prefix .ci/graphql-http --no-audit --no-fund --loglevel=error
node .ci/graphql-http/audit.mjs http://localhost:5080/graphql
