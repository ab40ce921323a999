namespace Graph.Core.Seed;

/// <summary>Checks a dataset the way curation checks a mutation: ids, references, dates, evidence.</summary>
public static class DatasetCheck
{
    public static List<string> Problems(Dataset d)
    {
        var problems = new List<string>();
        var labels = new Dictionary<string, NodeLabel>();
        void Declare(string id, NodeLabel label, string where)
        {
            if (!Ids.IsValid(id)) problems.Add($"{where}: '{id}' is not a valid id (lowercase slug).");
            else if (!labels.TryAdd(id, label)) problems.Add($"{where}: id '{id}' is used twice.");
        }
        void Expect(string? id, NodeLabel label, string where)
        {
            if (id is null) return;
            if (!labels.TryGetValue(id, out var found)) problems.Add($"{where}: no {label} '{id}'.");
            else if (found != label) problems.Add($"{where}: '{id}' is a {found}, not a {label}.");
        }
        void Dates(DateOnly? since, DateOnly? until, string where)
        {
            if (since is not null && until is not null && until <= since) problems.Add($"{where}: 'until' is not after 'since'.");
        }
        void Evidence(IReadOnlyList<EvidenceRecord> evidence, string where)
        {
            if (evidence.Count == 0) problems.Add($"{where}: no evidence.");
            foreach (var e in evidence)
            {
                Expect(e.Source, NodeLabel.Source, where);
                Expect(e.Statement, NodeLabel.Statement, where);
            }
        }

        foreach (var a in d.Actors) Declare(a.Id, NodeLabel.Actor, $"actor {a.Id}");
        foreach (var s in d.Sources) Declare(s.Id, NodeLabel.Source, $"source {s.Id}");
        foreach (var x in d.Drafts) Declare(x.Id, NodeLabel.Draft, $"draft {x.Id}");
        foreach (var x in d.Alliances) Declare(x.Id, NodeLabel.Alliance, $"alliance {x.Id}");
        foreach (var x in d.Statements) Declare(x.Id, NodeLabel.Statement, $"statement {x.Id}");

        foreach (var s in d.Sources) Expect(s.Outlet, NodeLabel.Actor, $"source {s.Id}");
        foreach (var r in d.Roles)
        {
            var where = $"role {r.IdOrDefault}";
            Expect(r.Person, NodeLabel.Actor, where);
            Expect(r.Represents, NodeLabel.Actor, where);
            if (d.Actors.FirstOrDefault(a => a.Id == r.Person) is { Kind: not ActorKind.Person }) problems.Add($"{where}: '{r.Person}' is not a person.");
            Dates(r.Since, r.Until, where);
            Evidence(r.Evidence, where);
        }
        foreach (var x in d.Drafts)
        {
            Expect(x.Forum, NodeLabel.Actor, $"draft {x.Id}");
            Expect(x.Subject, NodeLabel.Actor, $"draft {x.Id} subject");
            foreach (var h in x.History) Evidence([h.Evidence], $"draft {x.Id} status {h.Status}");
            foreach (var r in x.Relations)
            {
                Expect(r.Draft, NodeLabel.Draft, $"draft {x.Id} relation");
                Evidence([r.Evidence], $"draft {x.Id} relation");
            }
        }
        foreach (var x in d.Alliances)
            Expect(x.Body, NodeLabel.Actor, $"alliance {x.Id}");
        foreach (var x in d.Alliances)
            foreach (var m in x.Members)
            {
                var where = $"membership {m.IdFor(x.Id)}";
                Expect(m.Actor, NodeLabel.Actor, where);
                Dates(m.Since, m.Until, where);
                Evidence(m.Evidence, where);
            }
        foreach (var s in d.Statements)
        {
            var where = $"statement {s.Id}";
            Expect(s.Speaker, NodeLabel.Actor, where);
            Expect(s.Source, NodeLabel.Source, where);
            Expect(s.Via, NodeLabel.Actor, where);
            foreach (var about in s.About)
                if (!labels.ContainsKey(about)) problems.Add($"{where}: about '{about}', which is not in the dataset.");
            if (string.IsNullOrWhiteSpace(s.Text)) problems.Add($"{where}: no text.");
        }
        var factIds = new HashSet<string>();
        foreach (var id in d.Roles.Select(r => r.IdOrDefault)
                     .Concat(d.Alliances.SelectMany(a => a.Members.Select(m => m.IdFor(a.Id))))
                     .Concat(d.Positions.Select(p => p.IdOrDefault))
                     .Concat(d.Votes.SelectMany(v => v.Ballots.Select(b => b.IdFor(v.Id)).Prepend(v.Id))))
            if (!factIds.Add(id)) problems.Add($"fact id '{id}' is used twice: give one of them an explicit id.");
        foreach (var p in d.Positions)
        {
            var where = $"position {p.IdOrDefault}";
            Expect(p.Actor, NodeLabel.Actor, where);
            Expect(p.Draft, NodeLabel.Draft, where);
            Dates(p.Since, p.Until, where);
            Evidence(p.Evidence, where);
        }
        foreach (var v in d.Votes)
        {
            var where = $"vote {v.Id}";
            if (!Ids.IsValid(v.Id)) problems.Add($"{where}: '{v.Id}' is not a valid id (lowercase slug).");
            Expect(v.Draft, NodeLabel.Draft, where);
            if (Ballots.Problem(v.ToVote()) is { } problem) problems.Add($"{where}: {problem}.");
            Evidence(v.Evidence, where);
            foreach (var b in v.Ballots)
            {
                var ballot = $"ballot {b.IdFor(v.Id)}";
                Expect(b.Actor, NodeLabel.Actor, ballot);
                if (Ballots.Problem(b.ToBallot(v)) is { } wrong) problems.Add($"{ballot}: {wrong}.");
                if (b.Evidence is { } own) Evidence(own, ballot);
            }
            foreach (var twice in v.Ballots.GroupBy(b => b.Actor).Where(g => g.Count() > 1))
                problems.Add($"{where}: '{twice.Key}' has {twice.Count()} ballots (one per member).");
        }
        return problems;
    }
}
