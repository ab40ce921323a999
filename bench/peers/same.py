"""Do our API and PostGraphile give the same answer? Normalises both shapes and compares; exits 1 on a difference.

usage: same.py backs|statements OURS.json PEER.json
       same.py --kept backs|statements OURS.json KEPT.json
  backs:      the backers as (actor id, name, since), in any order, and the draft's title
  statements: the total, and the 20 newest statements as (id, date, text), in order
  --kept:     our API's kept answer (AnswerCache) against ours run: the same data, made with no round trip
"""
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        answer = json.load(f)
    if answer.get("errors") or not answer.get("data"):
        sys.exit(f"{path}: no data, or errors: {json.dumps(answer)[:500]}")
    return answer["data"]


def backs(ours, peer):
    o, p = ours["draft"], peer["draftByRowId"]
    if o is None or p is None:
        sys.exit(f"draft missing: ours {o is not None}, peer {p is not None}")
    ours_rows = sorted((x["actor"]["id"], x["actor"]["name"], x["since"]) for x in o["positions"])
    peer_rows = sorted((x["actorByActorId"]["rowId"], x["actorByActorId"]["name"], x["since"]) for x in p["positionsByDraftId"]["nodes"])
    return (o["id"], o["title"]), (p["rowId"], p["title"]), ours_rows, peer_rows, f"{len(ours_rows)} backers"


def statements(ours, peer):
    o, p = ours["actor"], peer["actorByRowId"]
    if o is None or p is None:
        sys.exit(f"actor missing: ours {o is not None}, peer {p is not None}")
    os_, ps = o["statements"], p["statementsBySpeakerId"]
    ours_rows = [(x["id"], x["date"], x["text"]) for x in os_["nodes"]]
    peer_rows = [(x["rowId"], x["date"], x["text"]) for x in ps["nodes"]]
    head = lambda a, s: (a.get("id", a.get("rowId")), a["name"], a["kind"], s["totalCount"])
    return head(o, os_), head(p, ps), ours_rows, peer_rows, f"total {os_['totalCount']}, {len(ours_rows)} newest"


def kept(question, ours_path, kept_path):
    with open(kept_path, encoding="utf-8") as f:
        trips = json.load(f).get("extensions", {}).get("storeRoundTrips")
    if load(ours_path) != load(kept_path) or trips != 0:
        sys.exit(f"'{question}': the kept answer differs from ours, or was not kept (storeRoundTrips {trips})")
    print(f"{question}: the same data from the kept answer (no round trip)")


def main():
    if sys.argv[1] == "--kept":
        return kept(*sys.argv[2:5])
    question, ours_path, peer_path = sys.argv[1:4]
    ours_head, peer_head, ours_rows, peer_rows, summary = {"backs": backs, "statements": statements}[question](load(ours_path), load(peer_path))
    if ours_head != peer_head or ours_rows != peer_rows:
        print(f"DIFFERENT answers to '{question}':", file=sys.stderr)
        print(f"  ours: {ours_head}", file=sys.stderr)
        print(f"  peer: {peer_head}", file=sys.stderr)
        only_ours = [r for r in ours_rows if r not in peer_rows]
        only_peer = [r for r in peer_rows if r not in ours_rows]
        print(f"  only ours ({len(only_ours)}): {only_ours[:5]}", file=sys.stderr)
        print(f"  only peer ({len(only_peer)}): {only_peer[:5]}", file=sys.stderr)
        if not only_ours and not only_peer:
            print("  (the same rows in another order)", file=sys.stderr)
        sys.exit(1)
    print(f"{question}: the same answer ({summary})")


if __name__ == "__main__":
    main()
