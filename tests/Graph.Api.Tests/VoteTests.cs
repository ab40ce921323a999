using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>Votes, ballots and a draft's subject over HTTP: recorded, read back in one round trip per level, and refused when wrong.</summary>
public sealed class VoteTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private ApiHost Api => fixture.Host;

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A new draft about North Korea with a vote on it; returns (draft, vote).</summary>
    private async Task<(string Draft, string Vote)> NewVoteAsync()
    {
        var (draft, vote) = (NewId("draft"), NewId("vote"));
        await Api.QueryAsync("""
            mutation($draft: ID!, $vote: ID!) {
              createDraft(input: { id: $draft, kind: RESOLUTION, title: "A draft on North Korea", forumId: "un-security-council", subjectId: "north-korea" }) { id }
              recordVote(input: { id: $vote, draftId: $draft, date: "2006-07-20", result: VETOED, yes: 13, no: 1, abstain: 1,
                evidence: [{ sourceId: "cbs-2006-07-08", excerpt: "13 in favour" }] }) { id }
            }
            """, new { draft, vote });
        return (draft, vote);
    }

    [Fact]
    public async Task A_vote_and_its_ballots_are_recorded_and_read_back_from_the_draft_the_vote_and_the_actor()
    {
        var (draft, vote) = await NewVoteAsync();
        var ballots = await Api.QueryAsync("""
            mutation($vote: ID!) {
              yes: recordBallot(input: { voteId: $vote, actorId: "ghana", choice: YES, evidence: [{ sourceId: "cbs-2006-07-08" }] }) { choice isVeto }
              no: recordBallot(input: { voteId: $vote, actorId: "china", choice: NO, isVeto: true, evidence: [{ sourceId: "cbs-2006-07-08" }] }) {
                id choice isVeto actor { id } vote { id result } }
            }
            """, new { vote });
        Assert.Equal(("YES", false), (ballots.GetProperty("yes").Str("choice"), ballots.GetProperty("yes").GetProperty("isVeto").GetBoolean()));
        var no = ballots.GetProperty("no");
        Assert.Equal(("china", vote, "VETOED"), (no.GetProperty("actor").Str("id"), no.GetProperty("vote").Str("id"), no.GetProperty("vote").Str("result")));
        Assert.True(no.GetProperty("isVeto").GetBoolean());

        var read = await Api.QueryAsync("""
            query($draft: ID!) {
              draft(id: $draft) { subject { id } votes { id date result tally { yes no abstain } evidence { excerpt source { id } }
                ballots { choice isVeto actor { id } vote { id } } } }
              drafts(subject: "north-korea", first: 100) { nodes { id } }
              actor(id: "ghana") { ballots { choice vote { id draft { id } } } before: ballots(asOf: "2006-07-19") { vote { id } } }
            }
            """, new { draft });
        var onDraft = read.GetProperty("draft");
        Assert.Equal("north-korea", onDraft.GetProperty("subject").Str("id"));
        var v = Assert.Single(onDraft.GetProperty("votes").Items());
        Assert.Equal((vote, "2006-07-20", "VETOED"), (v.Str("id"), v.Str("date"), v.Str("result")));
        Assert.Equal((13, 1, 1), (v.GetProperty("tally").GetProperty("yes").GetInt32(), v.GetProperty("tally").GetProperty("no").GetInt32(),
            v.GetProperty("tally").GetProperty("abstain").GetInt32()));
        Assert.Equal("13 in favour", v.GetProperty("evidence")[0].Str("excerpt"));
        Assert.Equal(["china", "ghana"], v.GetProperty("ballots").Items().Select(b => b.GetProperty("actor").Str("id")));
        Assert.Contains(draft, read.GetProperty("drafts").GetProperty("nodes").Items().Select(d => d.Str("id")));
        var ghana = read.GetProperty("actor");
        Assert.Contains(ghana.GetProperty("ballots").Items(), b => b.GetProperty("vote").GetProperty("draft").Str("id") == draft);
        Assert.DoesNotContain(ghana.GetProperty("before").Items(), b => b.GetProperty("vote").Str("id") == vote); // held on 20 July
    }

    [Fact]
    public async Task A_wrong_vote_or_ballot_says_what_was_wrong_and_writes_nothing()
    {
        var (draft, vote) = await NewVoteAsync();
        Task<JsonElement> Refused(string mutation, object variables) => Api.ErrorAsync(mutation, variables);

        var negative = await Refused("""
            mutation($draft: ID!) { recordVote(input: { draftId: $draft, result: ADOPTED, yes: -1, evidence: [{ sourceId: "cbs-2006-07-08" }] }) { id } }
            """, new { draft });
        Assert.Equal("BAD_USER_INPUT", negative.Code());
        Assert.Contains("'yes'", negative.Message());
        var noDraft = await Refused("""
            mutation { recordVote(input: { draftId: "no-such-draft", result: ADOPTED, evidence: [{ sourceId: "cbs-2006-07-08" }] }) { id } }
            """, new { });
        Assert.Equal("NOT_FOUND", noDraft.Code());
        var yesVeto = await Refused("""
            mutation($vote: ID!) { recordBallot(input: { voteId: $vote, actorId: "china", choice: YES, isVeto: true, evidence: [{ sourceId: "cbs-2006-07-08" }] }) { id } }
            """, new { vote });
        Assert.Equal("BAD_USER_INPUT", yesVeto.Code());
        Assert.Contains("veto", yesVeto.Message());
        var noVote = await Refused("""
            mutation { recordBallot(input: { voteId: "no-such-vote", actorId: "china", choice: NO, evidence: [{ sourceId: "cbs-2006-07-08" }] }) { id } }
            """, new { });
        Assert.Equal(("NOT_FOUND", "'voteId': there is no vote with id 'no-such-vote'."), (noVote.Code(), noVote.Message()));
        var noEvidence = await Refused("""
            mutation($vote: ID!) { recordBallot(input: { voteId: $vote, actorId: "china", choice: NO, evidence: [] }) { id } }
            """, new { vote });
        Assert.Equal("BAD_USER_INPUT", noEvidence.Code());

        await Api.QueryAsync("""
            mutation($vote: ID!) { recordBallot(input: { voteId: $vote, actorId: "peru", choice: ABSTAIN, evidence: [{ sourceId: "cbs-2006-07-08" }] }) { id } }
            """, new { vote });
        var twice = await Refused("""
            mutation($vote: ID!) { recordBallot(input: { voteId: $vote, actorId: "peru", choice: YES, evidence: [{ sourceId: "cbs-2006-07-08" }] }) { id } }
            """, new { vote });
        Assert.Equal("BAD_USER_INPUT", twice.Code());
        Assert.Contains("already has ballot", twice.Message());

        var read = await Api.QueryAsync("query($draft: ID!) { draft(id: $draft) { votes { ballots { actor { id } choice } } } }", new { draft });
        var ballots = Assert.Single(read.GetProperty("draft").GetProperty("votes").Items()).GetProperty("ballots").Items().ToList();
        Assert.Equal([("peru", "ABSTAIN")], ballots.Select(b => (b.GetProperty("actor").Str("id"), b.Str("choice"))));
    }

    [Fact]
    public async Task Reading_votes_and_ballots_costs_one_round_trip_per_level_whatever_their_number()
    {
        const string query = """
            query($draft: ID!) { draft(id: $draft) { votes { tally { yes } evidence { source { title } }
              ballots { choice vote { result } actor { name ballots { vote { draft { title } } } } } } } }
            """;
        async Task<(int Ballots, int RoundTrips)> Ask(string draft)
        {
            var result = await Api.PostAsync(query, new { draft });
            var votes = result.GetProperty("data").GetProperty("draft").GetProperty("votes").Items();
            return (votes.Sum(v => v.GetProperty("ballots").GetArrayLength()), result.GetProperty("extensions").GetProperty("storeRoundTrips").GetInt32());
        }
        var (few, _) = await NewVoteAsync();
        var (many, vote) = await NewVoteAsync();
        foreach (var actor in new[] { "china", "russia", "france", "ghana", "peru", "greece" })
            await Api.QueryAsync("""
                mutation($vote: ID!, $actor: ID!) { recordBallot(input: { voteId: $vote, actorId: $actor, choice: YES, evidence: [{ sourceId: "cbs-2006-07-08" }] }) { id } }
                """, new { vote, actor });
        await Api.QueryAsync("""
            mutation { recordBallot(input: { voteId: "VOTE", actorId: "china", choice: NO, evidence: [{ sourceId: "cbs-2006-07-08" }] }) { id } }
            """.Replace("VOTE", (await Api.QueryAsync("query($d: ID!) { draft(id: $d) { votes { id } } }", new { d = few }))
                .GetProperty("draft").GetProperty("votes")[0].Str("id")));

        var one = await Ask(few);
        var all = await Ask(many);
        Assert.Equal((1, 6), (one.Ballots, all.Ballots));
        // draft, votes, sources, ballots, the ballots' votes and actors, the actors' ballots, their votes, their drafts.
        const int loadingFields = 9;
        Assert.InRange(one.RoundTrips, 1, loadingFields);
        Assert.InRange(all.RoundTrips, 1, one.RoundTrips);
    }
}
