using System.Text.Json;

namespace Graph.Api.GraphQL;

/// <summary>How many positions of each draft match a filter: one store call per filter per level.</summary>
public sealed class PositionCountLoader(IDraftFinder drafts) : KeyedLoader<PositionCountLoader.Filter, int>
{
    protected override async Task<IReadOnlyDictionary<string, int>> FetchAsync(IReadOnlyList<string> ids, Filter args, CancellationToken ct) =>
        await drafts.CountPositionsAsync(ids, args.Where, ct);

    /// <summary>
    /// A filter keyed by its JSON: each draft's field reads its own copy of the argument (lists compare by reference), and
    /// equal filters must share one batch.
    /// </summary>
    public sealed class Filter(PositionWhere? where) : IEquatable<Filter>
    {
        private readonly string key = JsonSerializer.Serialize(where);
        public PositionWhere? Where { get; } = where;
        public bool Equals(Filter? other) => other is not null && other.key == key;
        public override bool Equals(object? obj) => Equals(obj as Filter);
        public override int GetHashCode() => key.GetHashCode(StringComparison.Ordinal);
    }
}
