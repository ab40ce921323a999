# Shared by the CI scripts (source it): README's own commands, and the product started as README's
# run command starts it.

# Where start_api's product answers: README's port, or GRAPH_PORT's (set through the Urls setting, which README's
# configuration table documents) where something else holds that one on a developer's machine.
api_port=${GRAPH_PORT:-5080}
api_base=http://localhost:$api_port

# The lines of the code block that follows <!-- NAME --> in README.md.
readme_block() { awk -v marker="<!-- $1 -->" '$0==marker{f=1;next} f&&/^```/{if(g)exit; g=1; next} g{print}' README.md; }

# Starts README's run command on a fresh database file in $work (log: $work/api.log), in its own
# process group so that stopping it also stops the app 'dotnet run' starts, stopped and cleaned up
# when the calling script exits; returns once /ready answers. Refuses to start when something else
# already answers on the port, since the checks would then reach that instead of this checkout.
start_api() {
  if curl -s -o /dev/null -m 2 "$api_base/"; then
    echo "something already answers on $api_base; stop it first (or choose another GRAPH_PORT)" >&2; exit 1
  fi
  work=$(mktemp -d)
  export Graph__Database="$work/graph.db"
  [ -z "${GRAPH_PORT:-}" ] || export Urls="$api_base"
  local run_command
  run_command=$(readme_block run-command)
  [ -n "$run_command" ] || { echo "README has no run command" >&2; exit 1; }
  echo "== $run_command"
  setsid bash -c "$run_command" >"$work/api.log" 2>&1 &
  api=$!
  trap 'kill -- -$api 2>/dev/null; wait $api 2>/dev/null; rm -rf "$work"' EXIT
  for _ in $(seq 1 180); do
    curl -sf "$api_base/ready" >/dev/null 2>&1 && return 0
    kill -0 $api 2>/dev/null || { cat "$work/api.log"; echo "the API exited before it was ready" >&2; exit 1; }
    sleep 1
  done
  cat "$work/api.log"; echo "the API was not ready in time" >&2; exit 1
}
