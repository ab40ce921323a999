namespace Graph.Core.Coalitions;

/// <summary>The blocs as of one day.</summary>
public sealed record BlocSnapshot(DateOnly Date, IReadOnlyList<Bloc> Blocs);

/// <summary>An actor whose bloc changed between two snapshots (FromBlocId null: it entered the picture).</summary>
public sealed record BlocMove(DateOnly Date, string ActorId, string? FromBlocId, string? ToBlocId);

public sealed record BlocTimeline(IReadOnlyList<BlocSnapshot> Snapshots, IReadOnlyList<BlocMove> Moves);
