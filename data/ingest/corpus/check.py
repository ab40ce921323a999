#!/usr/bin/env python3
"""Checks the evaluation corpus (data/ingest/corpus/reports, data/ingest/corpus/gold, and the labels of data/ingest/gold) and its requirement counts.
Run from anywhere: python3 data/ingest/corpus/check.py [--seeds ../shared/seeds]. Exit status 1 on any error."""
import glob, json, os, re, sys, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
INGEST = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(INGEST))
SEEDS = sys.argv[sys.argv.index("--seeds") + 1] if "--seeds" in sys.argv else os.path.join(os.path.dirname(REPO), "shared", "seeds")
if not os.path.isdir(SEEDS):
    SEEDS = "/work/shared/seeds"
NEW = re.compile(r"^own-([a-z]+)-(\d{4})-(\d{2})-[a-z0-9-]+$")  # the corpus's naming; older own-* files predate it
KINDS = {"RESOLUTION", "PRESIDENTIAL_STATEMENT", "PRESS_STATEMENT", "PROPOSAL"}
STANCES = {"SPONSORS", "BACKS", "OPPOSES", "PROPOSES"}
RESULTS = {"ADOPTED", "FAILED", "VETOED"}
CHOICES = {"YES", "NO", "ABSTAIN", "ABSENT"}
FORUMS = {"UN Security Council", "UN General Assembly"}
PERMANENT = {"China", "France", "Russia", "United Kingdom", "United States"}
errors, warnings = [], []

def err(f, m): errors.append(f"{os.path.basename(f)}: {m}")
def norm(s): return re.sub(r"[^a-z0-9 ]", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("-", " ")).strip()

gaz = json.load(open(os.path.join(INGEST, "gazetteer.json"), encoding="utf-8"))["actors"]
gaz_names = {norm(n) for a in gaz for n in [a["name"]] + a.get("aliases", [])}
canonical = {a["name"] for a in gaz}
states = {a["name"] for a in gaz if a["kind"] == "STATE"}

def report_text(path):
    p = os.path.join(SEEDS, path[len("seeds/"):]) if path.startswith("seeds/") else os.path.join(REPO, path)
    return (open(p, encoding="utf-8").read() if os.path.exists(p) else None), p

def actor_ok(name, text):
    if name in canonical: return True
    if norm(name) in gaz_names: return "alias"
    t = norm(text)
    if norm(name) in t: return True
    if norm(name.split()[-1]) in t.split(): return "surname"
    # a report may misspell a name (the seed's "Scheiffer" for Schieffer, "Hu Xintao" for Hu Jintao): accept a close spelling, with a warning
    import difflib
    toks = t.split()
    return "surname" if difflib.get_close_matches(norm(name.split()[-1]), toks, n=1, cutoff=0.8) else False

labels = defaultdict(list)  # label -> [(file, draft)]
stats = defaultdict(int)
episodes, years = set(), set()
for f in sorted(glob.glob(os.path.join(INGEST, "gold", "*.json")) + glob.glob(os.path.join(HERE, "gold", "*.json"))):
    base = os.path.basename(f)[:-5]
    try:
        g = json.load(open(f, encoding="utf-8"))
    except ValueError as e:
        err(f, f"invalid JSON: {e}"); continue
    text, path = report_text(g.get("report", ""))
    if text is None:
        err(f, f"report {g.get('report')} not found at {path}"); continue
    is_new = bool(NEW.match(base))
    if is_new:
        if g["report"] != f"data/ingest/corpus/reports/{base}.txt": err(f, "report path does not match the gold file name")
        head, sep, body = text.partition("\n---\n")
        h = dict(l.split(": ", 1) for l in head.splitlines() if ": " in l)
        for k in ("outlet", "title", "date"):
            if h.get(k.capitalize()) != g.get(k): err(f, f"{k} differs from the report header")
        if h.get("Outlet") != "Graph evaluation desk": err(f, "Outlet is not 'Graph evaluation desk'")
        words = len(body.split())
        if not 250 <= words <= 500: err(f, f"body has {words} words (250-500)")
        for k in ("mentions", "quotes", "reported", "dates"):
            if k in g: err(f, f"new corpus gold must not have '{k}'")
        ep, y, m = NEW.match(base).groups()
        episodes.add(ep); years.add(y); stats["reports"] += 1
        months = {g["date"][:7]} | {v["date"][:7] for v in g.get("votes", []) if v.get("date")}
        if f"{y}-{m}" not in months: err(f, "file name month is neither the Date's nor a vote's month")
    for k in ("drafts", "stances"):
        if k not in g: err(f, f"no '{k}'")
    drafts = {d["label"]: d for d in g.get("drafts", [])}
    if len(drafts) != len(g.get("drafts", [])): err(f, "a label is declared twice")
    for d in g.get("drafts", []):
        labels[d["label"]].append((base, d))
        if d.get("kind") not in KINDS: err(f, f"draft {d['label']}: bad kind {d.get('kind')}")
        if d.get("forum") not in FORUMS: err(f, f"draft {d['label']}: bad forum {d.get('forum')}")
        if d.get("subject") not in states: err(f, f"draft {d['label']}: subject {d.get('subject')} is not a gazetteer state")
        for s in d.get("sponsors", []):
            if not actor_ok(s, text): err(f, f"sponsor {s} not in gazetteer nor named in report")
        for rel in ("revises", "alternativeTo"):
            if d.get(rel) is not None and d[rel] not in drafts: err(f, f"draft {d['label']}: {rel} {d[rel]} not declared in this file")
            if d.get(rel) == d["label"]: err(f, f"draft {d['label']} {rel} itself")
    seen = set()
    for s in g.get("stances", []):
        key = (s.get("actor"), s.get("stance"), s.get("label"))
        if key in seen: err(f, f"duplicate stance {key}")
        seen.add(key)
        if s.get("stance") not in STANCES: err(f, f"bad stance {s}")
        if s.get("label") not in drafts: err(f, f"stance label {s.get('label')} not declared"); continue
        if s.get("draft") != drafts[s["label"]]["kind"]: err(f, f"stance {key}: draft kind differs from the label's kind")
        ok = actor_ok(s["actor"], text)
        if not ok: err(f, f"actor {s['actor']} not in gazetteer nor named in report")
        elif ok == "surname": warnings.append(f"{base}: {s['actor']} found by surname only (report spells it otherwise)")
    for s in g.get("stances", []):
        if s.get("stance") == "BACKS" and (s.get("actor"), "SPONSORS", s.get("label")) in seen: err(f, f"{s['actor']} both sponsors and backs {s.get('label')}")
    vote_labels = set()
    for v in g.get("votes", []):
        if v.get("label") not in drafts: err(f, f"vote label {v.get('label')} not declared")
        if v.get("result") not in RESULTS: err(f, f"bad vote result {v}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", v.get("date") or ""): err(f, f"vote date {v.get('date')}")
        elif v["date"] > g["date"]: err(f, f"vote {v['label']} after the report's date")
        tally = [v.get(k) for k in ("yes", "no", "abstain")]
        if all(t is not None for t in tally) and drafts.get(v["label"], {}).get("forum") == "UN Security Council" and sum(tally) > 15:
            err(f, f"vote {v['label']}: tally over 15")
        vote_labels.add(v["label"])
    bal = set()
    for b in g.get("ballots", []):
        if b.get("label") not in vote_labels: err(f, f"ballot label {b.get('label')} has no vote in this file")
        if b.get("choice") not in CHOICES: err(f, f"bad ballot {b}")
        if b.get("veto") and (b["actor"] not in PERMANENT or b["choice"] != "NO"): err(f, f"veto by {b['actor']} ({b['choice']})")
        if not actor_ok(b["actor"], text): err(f, f"ballot actor {b['actor']} not in gazetteer")
        if (b["label"], b["actor"]) in bal: err(f, f"two ballots for {b['actor']}")
        bal.add((b["label"], b["actor"]))
        st = {s["stance"] for s in g.get("stances", []) if s["actor"] == b["actor"] and s["label"] == b["label"]}
        if b["choice"] == "NO" and "OPPOSES" not in st: err(f, f"{b['actor']} voted no on {b['label']} but has no OPPOSES")
        if b["choice"] == "YES" and not st & {"BACKS", "SPONSORS"}: err(f, f"{b['actor']} voted yes on {b['label']} but has no BACKS/SPONSORS")
        if b["choice"] == "ABSTAIN" and st & {"BACKS", "OPPOSES"}: warnings.append(f"{base}: {b['actor']} abstained on {b['label']} but has a stance {st}")
    if is_new:
        stats["two_drafts"] += len(drafts) >= 2
        stats["ballots"] += bool(g.get("ballots")) and bool(g.get("votes"))
        stats["votes"] += bool(g.get("votes"))
        stats["revised"] += any(d.get("revises") for d in drafts.values()) or bool(re.search(r"\brevis|soften|watered|tougher than", text, re.I))
        stats["rival"] += any(d.get("alternativeTo") for d in drafts.values())

for label, uses in labels.items():
    first = uses[0][1]
    for base, d in uses[1:]:
        for k in ("kind", "subject", "forum"):
            if d[k] != first[k]: errors.append(f"label {label}: {k} '{d[k]}' in {base} differs from '{first[k]}' in {uses[0][0]}")
lab_md = os.path.join(HERE, "LABELS.md")
if os.path.exists(lab_md):
    rows = {}
    for line in open(lab_md, encoding="utf-8"):
        m = re.match(r"^\|\s*`([^`]+)`\s*\|(.*)\|\s*([^|]*)\|\s*$", line)
        if m: rows[m.group(1)] = m.group(3)
    for label, uses in labels.items():
        if label not in rows: errors.append(f"LABELS.md: no row for {label}"); continue
        for base, _ in uses:
            if base not in rows[label]: errors.append(f"LABELS.md: {label} does not list {base}")
    for label in rows:
        if label not in labels: errors.append(f"LABELS.md: {label} is used by no gold file")
else:
    errors.append("LABELS.md missing")

multi = sum(1 for l, u in labels.items() if len(u) > 1)
print(f"new reports: {stats['reports']}  episodes: {len(episodes)} {sorted(episodes)}  years: {len(years)} {sorted(years)}")
print(f"with two or more drafts: {stats['two_drafts']}  with a vote: {stats['votes']}  with named ballots: {stats['ballots']}  "
      f"with a rival (alternativeTo): {stats['rival']}  speaking of a revision: {stats['revised']}")
print(f"labels: {len(labels)}, of which used in more than one report: {multi}")
req = [("reports >= 18", stats["reports"] >= 18), ("episodes >= 6", len(episodes) >= 6), ("years >= 8", len(years) >= 8),
       ("two drafts >= 5", stats["two_drafts"] >= 5), ("named ballots >= 5", stats["ballots"] >= 5)]
for name, ok in req:
    print(("ok   " if ok else "SHORT") + " " + name)
for w in warnings: print("warning:", w)
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
