#!/usr/bin/env python3
"""Soak: the API under a steady mix of reads and writes for a while, watching errors, latency and memory.

Starts the API (README's run command with --no-build) on a new database file in a temporary folder, with a
random write key, listening on loopback only, in its own process group; waits for /ready; then sends requests
at a fixed total rate from several threads for a bounded time: reads (who backs the Japanese draft, an actor with
their statements, a statement search, a path) and writes (createActor and recordStatement with new ids, with the
key). Samples the resident memory (RSS) of the Graph.Api process itself, not of `dotnet run`, once a second.
Prints requests sent, errors (non-2xx answers or GraphQL errors), latency percentiles, RSS at start, after
warm-up, at the end and at most, and the command to run it again. Exits 1 if any request failed.

Run from the repository root after one build:
    dotnet build src/Graph.Api && python3 bench/soak.py [--seconds 60] [--rate 50] [--threads 4] [--writes 0.2]
"""
import argparse, json, os, random, secrets, shlex, signal, socket, subprocess, sys, tempfile, threading, time, urllib.error, urllib.request

WHO_BACKS = ('{ draft(id: "japan-sanctions-resolution") { title positions(stance: BACKS) { since actor { name } '
             'evidence { excerpt source { title date } } } } }')
ACTOR_WITH_STATEMENTS = ('query($id: ID!) { actor(id: $id) { name represents { title represents { name } } '
                         'statements(first: 10) { totalCount nodes { date kind text source { title } } } } }')
STATEMENT_SEARCH = ('query($s: String) { statements(search: $s, first: 10) { totalCount nodes { date text speaker { name } } } }')
PATH = 'query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length nodes { id } edges { fromId relation toId } } }'
CREATE_ACTOR = 'mutation($id: ID!, $name: String!) { createActor(input: { id: $id, kind: PERSON, name: $name, aliases: ["Soak"] }) { id } }'
RECORD_STATEMENT = ('mutation($id: ID!, $speaker: ID!, $source: ID!, $text: String!) { recordStatement(input: { id: $id, '
                    'speakerId: $speaker, kind: PARAPHRASE, date: "2006-07-12", text: $text, aboutIds: ["japan-sanctions-resolution"], '
                    'source: { id: $source, title: "Soak report", date: "2006-07-12" } }) { id } }')
SPEAKERS = ["taro-aso", "japan", "china", "jiang-yu", "united-states", "christopher-hill", "jean-marc-de-la-sabliere"]
WORDS = ["resolution", "sanctions", "missile", "council", "Japan", "China", "vote", "draft"]
PATHS = [("south-korea", "japan-sanctions-resolution"), ("taro-aso", "china"), ("russia", "japan"), ("g8", "hu-jintao")]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid):
    """Direct children of a process, from /proc/<pid>/task/*/children."""
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found += [int(c) for c in f.read().split()]
    except OSError:
        pass
    return found


def cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


def api_process(root):
    """The Graph.Api process under `dotnet run` (its apphost, or `dotnet Graph.Api.dll`), not the SDK's own processes."""
    todo, seen = [root], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        line = cmdline(pid)
        if pid != root and "Graph.Api" in line and " run " not in f" {line} " and "MSBuild" not in line:
            return pid
        todo += children(pid)
    return None


def rss_mib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60, help="how long to send requests (default 60)")
    parser.add_argument("--rate", type=float, default=50, help="requests per second, all threads together (default 50)")
    parser.add_argument("--threads", type=int, default=4, help="sending threads (default 4)")
    parser.add_argument("--writes", type=float, default=0.2, help="share of requests that are writes (default 0.2)")
    parser.add_argument("--warmup", type=float, default=10, help="seconds counted as warm-up for the RSS report (default 10)")
    parser.add_argument("--port", type=int, default=0, help="loopback port for the API (default: a free one)")
    args = parser.parse_args()
    rerun = "dotnet build src/Graph.Api && python3 bench/soak.py " + " ".join(f"--{k} {v:g}" for k, v in
                                                 [("seconds", args.seconds), ("rate", args.rate), ("threads", args.threads), ("writes", args.writes)])

    key = secrets.token_urlsafe(24)
    port = args.port or free_port()
    base = f"http://127.0.0.1:{port}"
    run_id = secrets.token_hex(4)
    folder = tempfile.mkdtemp(prefix="graph-soak-")
    env = dict(os.environ, Graph__Database=os.path.join(folder, "graph.db"), Graph__ApiKeys=key, Urls=base,
               Logging__LogLevel__Default="Warning", DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")
    log_path = os.path.join(folder, "api.log")
    log = open(log_path, "w")
    began = time.monotonic()
    process = subprocess.Popen(["dotnet", "run", "--no-build", "--project", "src/Graph.Api"], env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)

    def stop():
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def post(body, write):
        headers = {"Content-Type": "application/json"}
        if write:
            headers["X-Api-Key"] = key
        request = urllib.request.Request(base + "/graphql", data=json.dumps(body).encode(), headers=headers)
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())

    try:
        while True:
            try:
                with urllib.request.urlopen(base + "/ready", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None:
                raise SystemExit(f"the API exited before it was ready; see {log_path}")
            if time.monotonic() - began > 180:
                raise SystemExit(f"the API was not ready within 180 s; see {log_path}")
            time.sleep(0.1)
        ready_after = time.monotonic() - began
        api_pid = None
        for _ in range(50):
            api_pid = api_process(process.pid)
            if api_pid:
                break
            time.sleep(0.1)
        if api_pid is None:
            raise SystemExit("could not find the Graph.Api process under `dotnet run`")
        api_cmdline = cmdline(api_pid)

        lock = threading.Lock()
        latencies, errors, counts = [], [], {"read": 0, "write": 0}
        next_ticket = [0]
        max_lag = [0.0]
        start = time.monotonic()
        deadline = start + args.seconds
        rss = [(0.0, rss_mib(api_pid))]

        def request_for(ticket, rng):
            if rng.random() < args.writes:
                n = f"{run_id}-{ticket}"
                if ticket % 2 == 0:
                    return True, {"query": CREATE_ACTOR, "variables": {"id": f"soak-actor-{n}", "name": f"Soak Person {n}"}}
                return True, {"query": RECORD_STATEMENT, "variables": {"id": f"soak-statement-{n}", "speaker": rng.choice(SPEAKERS),
                                                                        "source": f"soak-report-{n}", "text": f"Soak statement {n} on the {rng.choice(WORDS)}."}}
            kind = ticket % 4
            if kind == 0:
                return False, {"query": WHO_BACKS}
            if kind == 1:
                return False, {"query": ACTOR_WITH_STATEMENTS, "variables": {"id": rng.choice(SPEAKERS)}}
            if kind == 2:
                return False, {"query": STATEMENT_SEARCH, "variables": {"s": rng.choice(WORDS)}}
            a, b = rng.choice(PATHS)
            return False, {"query": PATH, "variables": {"from": a, "to": b}}

        def sender(seed):
            rng = random.Random(seed)
            while True:
                with lock:
                    ticket = next_ticket[0]
                    next_ticket[0] += 1
                due = start + ticket / args.rate
                if due >= deadline:
                    return
                wait = due - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                write, body = request_for(ticket, rng)
                sent = time.monotonic()
                problem = None
                try:
                    status, answer = post(body, write)
                    if answer.get("errors"):
                        problem = f"GraphQL errors: {json.dumps(answer['errors'])[:300]}"
                except urllib.error.HTTPError as e:
                    problem = f"HTTP {e.code}: {e.read()[:300]!r}"
                except Exception as e:  # connection refused, timeout: all count as errors
                    problem = f"{type(e).__name__}: {e}"
                elapsed = (time.monotonic() - sent) * 1000
                with lock:
                    latencies.append(elapsed)
                    counts["write" if write else "read"] += 1
                    max_lag[0] = max(max_lag[0], sent - due)
                    if problem:
                        errors.append(f"{'write' if write else 'read'} {body['query'].split('(')[0].split('{')[0].strip() or 'query'}: {problem}")

        def sampler():
            while time.monotonic() < deadline:
                time.sleep(1)
                rss.append((time.monotonic() - start, rss_mib(api_pid)))

        threads = [threading.Thread(target=sender, args=(i,), daemon=True) for i in range(args.threads)]
        threads.append(threading.Thread(target=sampler, daemon=True))
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        rss.append((time.monotonic() - start, rss_mib(api_pid)))
        took = time.monotonic() - start
    finally:
        stop()
        log.close()

    samples = [r for _, r in rss if r is not None]
    warm = next((r for t, r in rss if t >= args.warmup and r is not None), samples[-1] if samples else None)
    latencies.sort()
    sent = counts["read"] + counts["write"]
    print(f"machine: {os.cpu_count()} cores; API ready {ready_after:.1f} s after `dotnet run` (Graph.Api pid {api_pid}: {api_cmdline})")
    print(f"sent {sent} requests in {took:.1f} s ({sent / took:.1f}/s, target {args.rate:g}/s, {args.threads} threads): "
          f"{counts['read']} reads, {counts['write']} writes; most behind schedule: {max_lag[0] * 1000:.0f} ms")
    print(f"errors: {len(errors)}")
    for e in errors[:10]:
        print(f"  {e}")
    print(f"latency ms: p50 {percentile(latencies, 50):.1f}, p95 {percentile(latencies, 95):.1f}, p99 {percentile(latencies, 99):.1f}, "
          f"max {latencies[-1] if latencies else float('nan'):.1f}")
    fmt = lambda v: f"{v:.0f} MiB" if v is not None else "n/a"
    print(f"RSS of Graph.Api: start {fmt(samples[0] if samples else None)}, after warm-up ({args.warmup:g} s) {fmt(warm)}, "
          f"end {fmt(samples[-1] if samples else None)}, max {fmt(max(samples) if samples else None)} ({len(samples)} samples)")
    print(f"rerun: {rerun}")
    try:
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
        os.rmdir(folder)
    except OSError:
        pass
    return 1 if errors or sent == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
