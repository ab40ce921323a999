"""The table of bench/peers.sh, from the rounds it recorded.

usage: report.py ROUNDS.tsv MEMORY.tsv CLK_TCK
ROUNDS.tsv: question server round requests duration_us p50_us p99_us errors cpu_ticks db_ticks
  (cpu_ticks: the server's own processes; db_ticks: the part of it spent in PostgreSQL, 0 for the others)
MEMORY.tsv: question server hwm_kb db_hwm_kb (VmHWM after the question's rounds; db: summed over PostgreSQL's processes)
"""
import csv
import statistics
import sys
from collections import defaultdict

QUESTIONS = {"backs": "who backs a draft", "statements": "an actor's latest 20 statements"}
SERVERS = {
    "ours": "ours (Graph.Api, every query run)",
    "kept": "ours (Graph.Api as configured by default: answers kept)",
    "peer": "peer (PostGraphile + PostgreSQL)",
    "floor": "floor (ASP.NET Core, fixed answer)",
}


def read(path, names):
    with open(path, encoding="utf-8") as f:
        return [dict(zip(names, row)) for row in csv.reader(f, delimiter="\t")]


def main():
    rounds_path, memory_path, clk_tck = sys.argv[1], sys.argv[2], float(sys.argv[3])
    rounds = read(rounds_path, ["question", "server", "round", "requests", "duration_us", "p50_us", "p99_us", "errors", "cpu_ticks", "db_ticks"])
    memory = {(m["question"], m["server"]): m for m in read(memory_path, ["question", "server", "hwm_kb", "db_hwm_kb"])}

    by = defaultdict(list)
    for r in rounds:
        seconds = int(r["duration_us"]) / 1e6
        cpu = int(r["cpu_ticks"]) / clk_tck
        by[(r["question"], r["server"])].append({
            "rps": int(r["requests"]) / seconds,
            "p50": int(r["p50_us"]) / 1000,
            "p99": int(r["p99_us"]) / 1000,
            "per_cpu": int(r["requests"]) / cpu if cpu > 0 else float("nan"),
            "cores": cpu / seconds,
            "db_share": int(r["db_ticks"]) / int(r["cpu_ticks"]) if int(r["cpu_ticks"]) else 0,
            "errors": int(r["errors"]),
        })

    med = lambda rows, key: statistics.median(x[key] for x in rows)
    n = max(len(v) for v in by.values())
    print(f"| question | server | requests/s (median of {n}; min-max) | p50 | p99 | requests per CPU-second of the server | server CPU in use | peak RSS (VmHWM) | errors |")
    print("|---|---|---|---|---|---|---|---|---|")
    for q in QUESTIONS:
        for s in SERVERS:
            rows = by.get((q, s))
            if not rows:
                continue
            rps = [x["rps"] for x in rows]
            cores = f"{med(rows, 'cores'):.2f} cores"
            if s == "peer":
                cores += f" ({med(rows, 'db_share'):.0%} in PostgreSQL)"
            m = memory.get((q, s))
            rss = "" if m is None else f"{int(m['hwm_kb']) / 1024:,.0f} MiB"
            if m is not None and s == "peer":
                rss = f"node {rss} + PostgreSQL {int(m['db_hwm_kb']) / 1024:,.0f} MiB"
            print(f"| {QUESTIONS[q]} | {SERVERS[s]} | {med(rows, 'rps'):,.0f} ({min(rps):,.0f}-{max(rps):,.0f}) | "
                  f"{med(rows, 'p50'):.2f} ms | {med(rows, 'p99'):.2f} ms | {med(rows, 'per_cpu'):,.0f} | {cores} | {rss} | "
                  f"{sum(x['errors'] for x in rows)} |")

    print()
    print("| question | ours / peer, requests per CPU-second | ours / peer, requests/s | ours / floor, requests/s "
          "| kept / peer, requests per CPU-second | kept / floor, requests/s |")
    print("|---|---|---|---|---|---|")
    for q in QUESTIONS:
        ours, kept, peer, floor = (by.get((q, s)) for s in SERVERS)
        if not (ours and kept and peer and floor):
            continue
        print(f"| {QUESTIONS[q]} | {med(ours, 'per_cpu') / med(peer, 'per_cpu'):.2f}x | "
              f"{med(ours, 'rps') / med(peer, 'rps'):.2f}x | {med(ours, 'rps') / med(floor, 'rps'):.2f}x | "
              f"{med(kept, 'per_cpu') / med(peer, 'per_cpu'):.2f}x | {med(kept, 'rps') / med(floor, 'rps'):.2f}x |")


if __name__ == "__main__":
    main()
