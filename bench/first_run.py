#!/usr/bin/env python3
"""Measures what a newcomer feels: time from README's run command to a ready API with the seed
loaded (cold: new database file; warm: the same file again), and the latency over HTTP of
"who backs the Japanese draft" (median and p95 of many sequential requests on loopback).

Run from the repository root after one build (so compile time is not counted):
    dotnet build src/Graph.Api && python3 bench/first_run.py [--requests 2000]
"""
import argparse, json, os, signal, statistics, subprocess, tempfile, time, urllib.request

BASE = "http://localhost:5080"
WHO_BACKS = {"query": '{ draft(id: "japan-sanctions-resolution") { positions(stance: BACKS) { since actor { name } '
                      'evidence { excerpt source { title } } } } }'}


def post(body):
    request = urllib.request.Request(BASE + "/graphql", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def start(database):
    env = dict(os.environ, Graph__Database=database)
    began = time.perf_counter()
    process = subprocess.Popen(["dotnet", "run", "--no-build", "--project", "src/Graph.Api"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    while True:
        try:
            with urllib.request.urlopen(BASE + "/ready", timeout=1) as r:
                if r.status == 200:
                    break
        except OSError:
            if process.poll() is not None:
                raise SystemExit("the API exited before it was ready")
            time.sleep(0.02)
    answer = post(WHO_BACKS)
    assert len(answer["data"]["draft"]["positions"]) == 7, answer
    return process, time.perf_counter() - began


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = os.path.join(folder, "graph.db")
        process, cold = start(database)
        stop(process)
        process, warm = start(database)
        try:
            for _ in range(100):  # warm-up: JIT and connection pool
                post(WHO_BACKS)
            samples = []
            for _ in range(args.requests):
                began = time.perf_counter()
                post(WHO_BACKS)
                samples.append((time.perf_counter() - began) * 1000)
        finally:
            stop(process)
    samples.sort()
    print(f"machine: {os.cpu_count()} cores")
    print(f"start to ready with the seed, cold (new database file): {cold:.2f} s")
    print(f"start to ready, warm (existing file, seed already loaded): {warm:.2f} s")
    print(f"'who backs the Japanese draft' over HTTP, {args.requests} sequential requests: "
          f"median {statistics.median(samples):.2f} ms, p95 {samples[int(len(samples) * 0.95)]:.2f} ms, max {samples[-1]:.2f} ms")


if __name__ == "__main__":
    main()
