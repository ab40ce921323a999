using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Core.Seed;

/// <summary>A vote on a draft and its ballots; a ballot without evidence of its own has the vote's (the record of the meeting).</summary>
public sealed record VoteRecord(string Id, string Draft, DateOnly? Date, VoteResult Result, int? Yes, int? No, int? Abstain,
    List<EvidenceRecord> Evidence, List<BallotRecord> Ballots)
{
    public Vote ToVote() => new(Id, Draft, Date, Result, Yes, No, Abstain, Evidence.Select(e => e.ToEvidence()).ToList());
}

public sealed record BallotRecord(string? Id, string Actor, BallotChoice Choice, bool Veto = false, List<EvidenceRecord>? Evidence = null)
{
    public string IdFor(string voteId) => Id ?? $"ballot-{Actor}-{voteId}";
    public Ballot ToBallot(VoteRecord vote) =>
        new(IdFor(vote.Id), vote.Id, Actor, Choice, Veto, (Evidence ?? vote.Evidence).Select(e => e.ToEvidence()).ToList());
}
