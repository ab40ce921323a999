using System.Diagnostics;
using System.Globalization;
using System.Text;
using Graph.Core;
using Graph.Store.Embedded;

namespace Graph.Bench;

/// <summary>Sizes of a synthetic graph at the scale of the UN record.</summary>
public sealed record Preset(string Name, int States, int Officials, int Alliances, int Drafts, int Statements, int Positions,
    int Sources, int Outlets, int Years)
{
    public static readonly Preset Small = new("small", 193, 500, 60, 2_000, 50_000, 15_000, 5_000, 20, 20);
    public static readonly Preset Large = new("large", 193, 5_000, 60, 20_000, 1_000_000, 300_000, 100_000, 50, 20);

    public static Preset Named(string name) => name switch
    {
        "small" => Small,
        "large" => Large,
        _ => throw new ArgumentException($"unknown preset '{name}' (small or large)"),
    };

    public string Marker(int seed) => $"bench:{Name}:{seed}:{States}/{Officials}/{Alliances}/{Drafts}/{Statements}/{Positions}/{Sources}:v1";
}

/// <summary>Cumulative-weight sampler: O(log n) draws from any weights (Zipf here).</summary>
public sealed class WeightedSampler
{
    private readonly double[] cumulative;

    /// <summary>guide[j]: the first item whose cumulative weight reaches j/guide.Length of the total, where the search for a draw in
    /// that slice starts (a few steps instead of a binary search's ten mispredicted branches per word, nearly all of the load's sampling).</summary>
    private readonly int[] guide;

    public WeightedSampler(IReadOnlyList<double> weights)
    {
        cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++) cumulative[i] = sum += weights[i];
        guide = new int[Math.Max(1, weights.Count)];
        for (int j = 0, i = 0; j < guide.Length; j++)
        {
            var bound = sum * j / guide.Length;
            while (i < cumulative.Length - 1 && cumulative[i] < bound) i++;
            guide[j] = i;
        }
    }

    /// <summary>The first item whose cumulative weight reaches the draw (what Array.BinarySearch found: the sums only grow, so they
    /// are distinct). The guide only says where to start: the steps back and forward make the answer exact whatever the rounding.</summary>
    public int Next(Random random)
    {
        var x = random.NextDouble() * cumulative[^1];
        var i = guide[Math.Clamp((int)(x / cumulative[^1] * guide.Length), 0, guide.Length - 1)];
        while (i > 0 && cumulative[i - 1] >= x) i--;
        while (i < cumulative.Length - 1 && cumulative[i] < x) i++;
        return i;
    }

    /// <summary>Zipf weights 1/rank^s given to the items in a random (seeded) order, so popularity does not follow ids.</summary>
    public static double[] ZipfWeights(int n, double s, Random random)
    {
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var weights = new double[n];
        for (var rank = 0; rank < n; rank++) weights[order[rank]] = 1.0 / Math.Pow(rank + 1, s);
        return weights;
    }
}

/// <summary>
/// The deterministic plan of a synthetic graph: every id, date and popularity weight follows from the preset and the
/// seed, so the generator writes it and the benchmark draws its question arguments from the same plan without reading
/// the database. Skew: speakers are Zipf (s = 1.0: a few actors say most), drafts' popularity is Zipf (s = 1.0) and the
/// number of actors taking a position on a draft is Pareto (alpha 1.3, capped at the number of states) ranked by the
/// same popularity (most drafts have few backers, some have nearly every state); statement words are Zipf over a
/// 1,000-word vocabulary, so some searches match most statements and most match a few thousand.
/// </summary>
public sealed class Plan
{
    public static readonly DateOnly Start = new(2005, 1, 1);

    public Preset Preset { get; }
    public int Seed { get; }
    public int Days { get; }
    public string[] StateIds { get; }
    public string[] OfficialIds { get; }
    public string[] OrgIds { get; } = ["security-council", "general-assembly", "human-rights-council", "economic-and-social-council"];
    public string[] OutletIds { get; }
    public string[] SpeakerIds { get; }
    public double[] SpeakerWeights { get; }
    public double[] StateWeights { get; }
    public double[] DraftWeights { get; }
    public DateOnly[] DraftDates { get; }
    public int[] DraftPairs { get; }
    public string[] Vocabulary { get; }
    public double[] WordWeights { get; }

    public Plan(Preset preset, int seed)
    {
        Preset = preset;
        Seed = seed;
        var random = new Random(seed);
        Days = preset.Years * 365 + preset.Years / 4;
        StateIds = Enumerable.Range(1, preset.States).Select(i => $"state-{i}").ToArray();
        OfficialIds = Enumerable.Range(1, preset.Officials).Select(i => $"official-{i}").ToArray();
        OutletIds = Enumerable.Range(1, preset.Outlets).Select(i => $"outlet-{i}").ToArray();
        SpeakerIds = StateIds.Concat(OfficialIds).ToArray();
        SpeakerWeights = WeightedSampler.ZipfWeights(SpeakerIds.Length, 1.0, random);
        StateWeights = WeightedSampler.ZipfWeights(preset.States, 0.8, random);
        DraftWeights = WeightedSampler.ZipfWeights(preset.Drafts, 1.0, random);
        DraftDates = Enumerable.Range(0, preset.Drafts).Select(_ => Start.AddDays(random.Next(Days - 90))).ToArray();
        DraftPairs = PairsPerDraft(preset, DraftWeights, random);
        Vocabulary = MakeVocabulary();
        WordWeights = Enumerable.Range(1, Vocabulary.Length).Select(r => 1.0 / r).ToArray(); // rank order = vocabulary order
    }

    public static string DraftId(int d) => $"draft-{d + 1}";
    public static string SourceId(int s) => $"report-{s + 1}";
    public static string StatementId(int i) => $"statement-{i + 1}";

    /// <summary>How many (actor, draft) pairs each draft has: Pareto sizes sorted by the draft's popularity, scaled so the
    /// pairs are 85% of the positions (the other 15% are changes of stance on an existing pair).</summary>
    private static int[] PairsPerDraft(Preset preset, double[] popularity, Random random)
    {
        var raw = Enumerable.Range(0, preset.Drafts).Select(_ => Math.Pow(1 - random.NextDouble(), -1 / 1.3)).OrderDescending().ToArray();
        var byPopularity = Enumerable.Range(0, preset.Drafts).OrderByDescending(d => popularity[d]).ToArray();
        var target = (long)(preset.Positions * 0.85);
        int Size(double x, double k) => (int)Math.Clamp(Math.Round(k * x), 1, preset.States);
        double lo = 0, hi = 1000;
        for (var iter = 0; iter < 60; iter++)
        {
            var mid = (lo + hi) / 2;
            if (raw.Sum(x => (long)Size(x, mid)) <= target) lo = mid; else hi = mid;
        }
        var pairs = new int[preset.Drafts];
        for (var r = 0; r < byPopularity.Length; r++) pairs[byPopularity[r]] = Size(raw[r], lo);
        return pairs;
    }

    private static string[] MakeVocabulary()
    {
        string[] common =
        [
            "the", "council", "resolution", "sanctions", "security", "draft", "support", "government", "peace", "talks",
            "vote", "members", "nuclear", "international", "regional", "ministry", "dialogue", "statement", "humanitarian", "rights",
            "ceasefire", "delegation", "proposal", "amendment", "veto", "consensus", "pressure", "missile", "envoy", "binding",
            "compromise", "programme", "allies", "assembly", "mission", "mandate", "observers", "troops", "withdrawal", "aid",
            "refugees", "border", "treaty", "agreement", "negotiations", "sovereignty", "election", "violence", "civilians", "inspection",
        ];
        string[] syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "su"];
        var made = new List<string>();
        foreach (var a in syllables)
            foreach (var b in syllables)
                foreach (var c in syllables)
                    made.Add(a + b + c);
        return common.Concat(made.Take(1000 - common.Length)).ToArray();
    }
}

/// <summary>Writes a plan into a store through IGraphStore.ApplyAsync, in transactions of a fixed number of writes.</summary>
public sealed class Generator(Plan plan, IGraphStore store, int batchSize, TextWriter log)
{
    private static readonly string[] Titles = ["Foreign Minister", "Ambassador to the UN", "Deputy Ambassador", "Head of Government", "Spokesperson", "Envoy"];
    private static readonly string[] Settings = ["a news conference", "a Council debate", "an interview", "a closed session", "remarks to reporters"];

    public sealed record Result(TimeSpan Total, TimeSpan StatementPhase, long Writes, int Statements, int Positions, int Batches);

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        var preset = plan.Preset;
        var random = new Random(plan.Seed * 7919 + 1);
        var clock = Stopwatch.StartNew();
        var batch = new List<GraphWrite>(batchSize);
        long writes = 0;
        var batches = 0;
        var lastReport = TimeSpan.Zero;
        // One batch is written (on the thread pool) while the next is generated, as a loader reading a file would.
        var pending = Task.CompletedTask;
        async Task Flush()
        {
            if (batch.Count == 0) return;
            await pending;
            var full = batch;
            batch = new List<GraphWrite>(batchSize);
            pending = Task.Run(() => store.ApplyAsync(full, ct), ct);
            writes += full.Count;
            batches++;
            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(10))
            {
                lastReport = clock.Elapsed;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {writes:N0} writes, {clock.Elapsed.TotalSeconds:0.0} s"));
            }
        }
        async Task Drain()
        {
            await Flush();
            await pending;
        }
        async Task Add(GraphWrite w)
        {
            batch.Add(w);
            if (batch.Count >= batchSize) await Flush();
        }
        DateOnly Day(int offset) => Plan.Start.AddDays(Math.Clamp(offset, 0, plan.Days - 1));

        // Actors: states, organizations (the forums), outlets, officials.
        for (var i = 0; i < plan.StateIds.Length; i++)
            await Add(new CreateActor(new Actor(plan.StateIds[i], ActorKind.State, $"State {i + 1}", [$"Capital {i + 1}", $"State{i + 1}ian"], null)));
        foreach (var org in plan.OrgIds)
            await Add(new CreateActor(new Actor(org, ActorKind.Organization, CultureInfo.InvariantCulture.TextInfo.ToTitleCase(org.Replace('-', ' ')), [], null)));
        for (var i = 0; i < plan.OutletIds.Length; i++)
            await Add(new CreateActor(new Actor(plan.OutletIds[i], ActorKind.Media, $"Outlet {i + 1}", [], null)));
        for (var i = 0; i < plan.OfficialIds.Length; i++)
            await Add(new CreateActor(new Actor(plan.OfficialIds[i], ActorKind.Person, $"Official {i + 1}", i % 4 == 0 ? [$"O. {i + 1}"] : [], null)));

        // Sources: reports spread evenly over the years, in date order; one reference for standing facts.
        var sourceDates = new DateOnly[preset.Sources];
        for (var s = 0; s < preset.Sources; s++)
        {
            sourceDates[s] = Day((int)((long)s * plan.Days / preset.Sources));
            await Add(new CreateSource(new Source(Plan.SourceId(s), SourceKind.Report, $"Report {s + 1}",
                plan.OutletIds[random.Next(plan.OutletIds.Length)], sourceDates[s], s % 2 == 0 ? $"https://example.org/r/{s + 1}" : null, null)));
        }
        const string record = "public-record";
        await Add(new CreateSource(new Source(record, SourceKind.Reference, "The public record", null, null, null, null)));

        // Drafts: most in the Security Council.
        for (var d = 0; d < preset.Drafts; d++)
            await Add(new CreateDraft(new Draft(Plan.DraftId(d), d % 10 == 0 ? DraftKind.PresidentialStatement : DraftKind.Resolution,
                $"Draft {d + 1} on {plan.Vocabulary[5 + d % 40]}", d % 5 == 4 ? plan.OrgIds[1 + d % 3] : plan.OrgIds[0],
                d % 3 == 0 ? $"Synthetic draft number {d + 1}." : null)));

        // Alliances: the Council's membership (a body membership) and standing groups, forums and coalitions.
        var councilSeats = "security-council-members";
        await Add(new CreateAlliance(new Alliance(councilSeats, AllianceKind.BodyMembership, "Security Council members", null) { BodyId = plan.OrgIds[0] }));
        for (var a = 1; a < preset.Alliances; a++)
            await Add(new CreateAlliance(new Alliance($"alliance-{a}", (AllianceKind)(a % 3), $"Alliance {a}", null)));
        await Drain();

        // Statements: speaker Zipf, words Zipf, about a popular draft and/or a state, dated near their report.
        var speakers = new WeightedSampler(plan.SpeakerWeights);
        var drafts = new WeightedSampler(plan.DraftWeights);
        var states = new WeightedSampler(plan.StateWeights);
        var words = new WeightedSampler(plan.WordWeights);
        var statementSource = new int[preset.Statements];
        var text = new StringBuilder();
        var statementClock = Stopwatch.StartNew();
        // The embedded store's bulk mode, for the statements and the facts after them: the text index and the indexes with random
        // keys are rebuilt once at the end (counted in the statement phase).
        var bulk = store as SqliteGraphStore;
        if (bulk is not null) await bulk.BeginBulkLoadAsync(ct);
        for (var i = 0; i < preset.Statements; i++)
        {
            var s = random.Next(preset.Sources);
            statementSource[i] = s;
            var date = random.Next(4) == 0 ? (DateOnly?)null : sourceDates[s].AddDays(-random.Next(3));
            text.Clear();
            var length = 8 + random.Next(23);
            for (var w = 0; w < length; w++) text.Append(w == 0 ? "" : " ").Append(plan.Vocabulary[words.Next(random)]);
            text.Append('.');
            var about = new List<string>(2);
            if (random.Next(10) < 6) about.Add(Plan.DraftId(drafts.Next(random)));
            if (random.Next(10) < 3) about.Add(plan.StateIds[states.Next(random)]);
            await Add(new CreateStatement(new Statement(Plan.StatementId(i), plan.SpeakerIds[speakers.Next(random)], date, sourceDates[s],
                i % 2 == 0 ? StatementKind.Quote : StatementKind.Paraphrase, text.ToString(), Plan.SourceId(s),
                i % 5 == 0 ? plan.OutletIds[random.Next(plan.OutletIds.Length)] : null, i % 3 == 0 ? Settings[random.Next(Settings.Length)] : null, about)));
        }
        await Drain();
        var inserted = statementClock.Elapsed;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  statements inserted in {inserted.TotalSeconds:0.0} s"));
        var factClock = Stopwatch.StartNew();
        Evidence Cite(int statement) => new(Plan.SourceId(statementSource[statement]), Plan.StatementId(statement), "as reported");

        // Roles: each official speaks for a state (big states have more officials) for some years.
        for (var o = 0; o < plan.OfficialIds.Length; o++)
        {
            var since = random.Next(plan.Days - 30);
            var until = since + 365 + random.Next(365 * 7);
            await Add(new CreateRole(new Role($"role-{plan.OfficialIds[o]}", plan.OfficialIds[o], plan.StateIds[states.Next(random)],
                Titles[random.Next(Titles.Length)], Day(since), until < plan.Days ? Day(until) : null, [new Evidence(record)])));
        }

        // Memberships: the Council (5 permanent seats, 10 elected for two years, half renewed each year), then the others.
        var byWeight = Enumerable.Range(0, preset.States).OrderByDescending(i => plan.StateWeights[i]).ToArray();
        for (var p = 0; p < 5; p++)
            await Add(new CreateMembership(new Membership($"membership-{plan.StateIds[byWeight[p]]}-{councilSeats}", plan.StateIds[byWeight[p]], councilSeats,
                Plan.Start, null, [new Evidence(record)])));
        for (var year = 0; year < preset.Years; year++)
            for (var k = 0; k < 5; k++)
            {
                var state = plan.StateIds[byWeight[5 + random.Next(preset.States - 5)]];
                var since = Plan.Start.AddYears(year);
                var until = since.AddYears(2);
                await Add(new CreateMembership(new Membership($"membership-{state}-{councilSeats}-{year + 2005}-{k}", state, councilSeats,
                    since, until, [new Evidence(record)])));
            }
        for (var a = 1; a < preset.Alliances; a++)
        {
            var size = (int)Math.Clamp(Math.Round(3 * Math.Pow(1 - random.NextDouble(), -1 / 1.1)), 3, preset.States);
            foreach (var m in PickStates(size, random))
            {
                var since = random.Next(plan.Days / 2);
                await Add(new CreateMembership(new Membership($"membership-{plan.StateIds[m]}-alliance-{a}", plan.StateIds[m], $"alliance-{a}",
                    random.Next(3) == 0 ? null : Day(since), random.Next(5) == 0 ? Day(since + 365 + random.Next(plan.Days / 2)) : null, [new Evidence(record)])));
            }
        }

        // Draft history and relations.
        for (var d = 0; d < preset.Drafts; d++)
        {
            var proposed = plan.DraftDates[d];
            await Add(new AddDraftStatus(new DraftStatusChange(Plan.DraftId(d), DraftStatus.Proposed, proposed, new Evidence(Plan.SourceId(random.Next(preset.Sources))))));
            var outcome = random.Next(20) switch { < 10 => DraftStatus.Adopted, 10 => DraftStatus.Vetoed, < 14 => DraftStatus.Withdrawn, _ => (DraftStatus?)null };
            if (outcome is { } o)
                await Add(new AddDraftStatus(new DraftStatusChange(Plan.DraftId(d), o, proposed.AddDays(5 + random.Next(55)), new Evidence(Plan.SourceId(random.Next(preset.Sources))))));
            if (d > 0 && d % 10 == 3)
                await Add(new AddDraftRelation(new DraftRelation(Plan.DraftId(d), DraftRelationKind.Revises, Plan.DraftId(d - 1), new Evidence(record))));
            if (d > 0 && d % 33 == 7)
                await Add(new AddDraftRelation(new DraftRelation(Plan.DraftId(d), DraftRelationKind.AlternativeTo, Plan.DraftId(random.Next(d)), new Evidence(record))));
        }

        // Positions: per draft, its pairs (popular drafts have many states), some of which change stance later.
        var pairsTotal = plan.DraftPairs.Sum();
        var changes = preset.Positions - pairsTotal;
        var seen = 0;
        var positions = 0;
        for (var d = 0; d < preset.Drafts; d++)
        {
            foreach (var m in PickStates(plan.DraftPairs[d], random))
            {
                var stance = random.Next(100) switch { < 10 => Stance.Sponsors, < 65 => Stance.Backs, < 90 => Stance.Opposes, _ => Stance.Proposes };
                var since = plan.DraftDates[d].AddDays(random.Next(30));
                // Selection sampling: exactly `changes` of the pairs get a later change of stance.
                var changed = changes > 0 && random.NextDouble() * (pairsTotal - seen) < changes;
                seen++;
                DateOnly? until = null;
                if (changed)
                {
                    changes--;
                    until = since.AddDays(1 + random.Next(60));
                    var next = stance == Stance.Opposes ? Stance.Backs : Stance.Opposes;
                    await Add(new CreatePosition(new Position($"position-{d + 1}-{m + 1}-b", plan.StateIds[m], Plan.DraftId(d), next, until, null,
                        [Cite(random.Next(preset.Statements))])));
                    positions++;
                }
                await Add(new CreatePosition(new Position($"position-{d + 1}-{m + 1}", plan.StateIds[m], Plan.DraftId(d), stance, since, until,
                    [Cite(random.Next(preset.Statements))])));
                positions++;
            }
        }
        await Add(new SetMarker("bench", preset.Marker(plan.Seed)));
        await Drain();
        var rebuilt = TimeSpan.Zero;
        if (bulk is not null)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  roles, memberships, draft history and positions inserted in {factClock.Elapsed.TotalSeconds:0.0} s"));
            var rebuildClock = Stopwatch.StartNew();
            await bulk.EndBulkLoadAsync(ct);
            rebuilt = rebuildClock.Elapsed;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  indexes, text index and statement links rebuilt in {rebuilt.TotalSeconds:0.0} s"));
        }
        // The statement phase: the statements' inserts and the rebuild (nearly all of it the statements'; the positions' two indexes too).
        return new Result(clock.Elapsed, inserted + rebuilt, writes, preset.Statements, positions, batches);
    }

    /// <summary>Distinct states, weighted (Efraimidis–Spirakis: the largest U^(1/w)).</summary>
    private IEnumerable<int> PickStates(int count, Random random) =>
        Enumerable.Range(0, plan.Preset.States)
            .Select(i => (i, key: Math.Pow(random.NextDouble(), 1 / plan.StateWeights[i])))
            .OrderByDescending(x => x.key).Take(count).Select(x => x.i).OrderBy(i => i).ToList();
}
