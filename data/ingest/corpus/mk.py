"""Helper: write one gold file from a compact spec (used while annotating; the gold JSON is the data)."""
import json, re, sys, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIND = {"R": "RESOLUTION", "P": "PRESIDENTIAL_STATEMENT", "S": "PRESS_STATEMENT", "X": "PROPOSAL"}
ST = {"S": "SPONSORS", "B": "BACKS", "O": "OPPOSES", "P": "PROPOSES"}
CH = {"Y": "YES", "N": "NO", "A": "ABSTAIN", "-": "ABSENT"}
def gold(name, drafts, stances, votes=(), ballots=()):
    rep = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports", name + ".txt")
    head = open(rep, encoding="utf-8").read().split("\n---\n")[0]
    h = dict(l.split(": ", 1) for l in head.splitlines())
    kinds = {}
    ds = []
    for d in drafts:
        label, k, subj, forum, sponsors, rev, alt = d
        kinds[label] = KIND[k]
        ds.append({"label": label, "kind": KIND[k], "subject": subj,
                   "forum": {"SC": "UN Security Council", "GA": "UN General Assembly"}[forum],
                   "sponsors": list(sponsors), "revises": rev, "alternativeTo": alt})
    out = {"report": "data/ingest/corpus/reports/" + name + ".txt", "outlet": h["Outlet"], "title": h["Title"], "date": h["Date"],
           "drafts": ds,
           "stances": [{"actor": a, "stance": ST[s], "draft": kinds[l], "label": l} for (a, s, l) in stances],
           "votes": [{"label": l, "date": dt, "result": r, "yes": y, "no": n, "abstain": ab} for (l, dt, r, y, n, ab) in votes],
           "ballots": [{"label": l, "actor": a, "choice": CH[c], "veto": v} for (l, a, c, v) in ballots]}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold", name + ".json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
