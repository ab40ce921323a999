using Graph.Core;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Graph.Api.GraphQL;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything in the graph with a stable, human-readable id (a lowercase slug such as 'japan').";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

public sealed class ActorType : ObjectGraphType<Actor>
{
    public ActorType()
    {
        Name = "Actor";
        Description = "A state, person, organization or news outlet.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Actor;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<GraphEnum<ActorKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other names the reports use: capitals, demonyms, misspellings.").Resolve(c => c.Source.Aliases);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionType>>>>("positions")
            .Description("The actor's stances on drafts, holding on asOf if given.")
            .Argument<DateScalar>("asOf").Argument<GraphEnum<Stance>>("stance").IncludeRetracted()
            .Resolve(c => c.Loaders().PositionsOfActor(c.Source.Id, c.GetArgument<Stance?>("stance"), c.GetArgument<DateOnly?>("asOf"), c.Retracted()).OrEmpty());
        Field<NonNullGraphType<StatementConnectionType>>("statements")
            .Description("What the actor said, newest first.")
            .Argument<IdGraphType>("about").Argument<DateScalar>("from").Argument<DateScalar>("to").Argument<StringGraphType>("search")
            .Argument<IntGraphType>("first").Argument<StringGraphType>("after").IncludeRetracted()
            .Resolve(c => c.Loaders().StatementsOfSpeaker(c.Source.Id,
                new StatementFilter(null, c.GetArgument<string?>("about"), c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), c.GetArgument<string?>("search"),
                    c.Retracted()),
                PageRequest.Of(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BallotType>>>>("ballots")
            .Description("How the actor voted, oldest vote first; with asOf, in the votes held on or before that day.").Argument<DateScalar>("asOf")
            .Resolve(c => c.Loaders().BallotsOfActor(c.Source.Id, c.GetArgument<DateOnly?>("asOf")).OrEmpty());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("memberships")
            .Description("Alliances the actor belongs to, on asOf if given.").Argument<DateScalar>("asOf").IncludeRetracted()
            .Resolve(c => c.Loaders().MembershipsOfActor(c.Source.Id, c.GetArgument<DateOnly?>("asOf"), c.Retracted()).OrEmpty());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("represents")
            .Description("For a person: whom they speak for, and in what role.").Argument<DateScalar>("asOf").IncludeRetracted()
            .Resolve(c => c.Loaders().RolesOfPerson(c.Source.Id, c.GetArgument<DateOnly?>("asOf"), c.Retracted()).OrEmpty());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("representedBy")
            .Description("For a state or organization: the people who speak for it.").Argument<DateScalar>("asOf").IncludeRetracted()
            .Resolve(c => c.Loaders().RolesRepresenting(c.Source.Id, c.GetArgument<DateOnly?>("asOf"), c.Retracted()).OrEmpty());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExtractionType>>>>("mentions")
            .Description("Where the extractor found the actor named in reports, by source and offset: the first ones.")
            .Argument<IntGraphType>("first", $"How many, 0 to {PageRequest.MaxSize}.", a => a.DefaultValue = PageRequest.DefaultSize)
            .Resolve(c =>
            {
                var first = PageRequest.Of(c.GetArgument<int?>("first"), null).First; // the same bounds as every page
                return c.Loaders().ExtractionsOf(c.Source.Id).Then(found => (found ?? []).Take(first).ToList());
            });
        this.AddProvenanceFields(a => a.Id);
    }
}

public sealed class DraftType : ObjectGraphType<Draft>
{
    public DraftType()
    {
        Name = "Draft";
        Description = "A draft resolution, presidential statement or proposal, and the positions taken on it.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Draft;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<GraphEnum<DraftKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<ActorType>("forum").Resolve(c => c.Source.ForumId is { } id ? c.Loaders().Actor(id) : null);
        Field<ActorType>("subject").Description("The actor the draft is about (North Korea, for a sanctions resolution on North Korea).")
            .Resolve(c => c.Source.SubjectId is { } id ? c.Loaders().Actor(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VoteType>>>>("votes")
            .Description("The votes held on the draft, oldest first.").Resolve(c => c.Loaders().VotesOnDraft(c.Source.Id).OrEmpty());
        Field<GraphEnum<DraftStatus>>("status")
            .Description("The latest status recorded on or before asOf (or ever, without asOf).").Argument<DateScalar>("asOf")
            .Resolve(c => c.Loaders().StatusHistory(c.Source.Id).Then(history =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf");
                return (history ?? []).LastOrDefault(h => asOf is null || h.Date is null || h.Date <= asOf)?.Status;
            }));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DraftStatusChangeType>>>>("history")
            .Description("Status changes, oldest first.").Resolve(c => c.Loaders().StatusHistory(c.Source.Id).OrEmpty());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PositionType>>>>("positions")
            .Description("Who sponsors, backs, opposes or proposes this draft, holding on asOf if given, with evidence.")
            .Argument<GraphEnum<Stance>>("stance").Argument<DateScalar>("asOf").IncludeRetracted()
            .Resolve(c => c.Loaders().PositionsOfDraft(c.Source.Id, c.GetArgument<Stance?>("stance"), c.GetArgument<DateOnly?>("asOf"), c.Retracted()).OrEmpty());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DraftRelationType>>>>("relations")
            .Description("Revisions and alternatives, with this draft at either end.")
            .Resolve(c => c.Loaders().Relations(c.Source.Id).OrEmpty());
        Field<NonNullGraphType<DraftSidesType>>("sides")
            .Description("Who is on which side as of a day: supporters, opposers, proposers of alternatives, and forum members with no stated position.")
            .Argument<DateScalar>("asOf")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<Graph.Core.Coalitions.CoalitionService>()
                .SidesAsync(c.Source.Id, c.GetArgument<DateOnly?>("asOf"), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DraftType>>>>("alternatives")
            .Description("Drafts put forward as alternatives to this one, or to which this one is an alternative.")
            .Resolve(c => c.Loaders().Relations(c.Source.Id).Then(relations => (relations ?? [])
                .Where(r => r.Kind == DraftRelationKind.AlternativeTo)
                .Select(r => r.FromId == c.Source.Id ? r.ToId : r.FromId)).Then(ids => c.Loaders().Drafts(ids)));
        this.AddProvenanceFields(d => d.Id);
    }
}

public sealed class DraftStatusChangeType : ObjectGraphType<DraftStatusChange>
{
    public DraftStatusChangeType()
    {
        Name = "DraftStatusChange";
        Field<NonNullGraphType<GraphEnum<DraftStatus>>>("status").Resolve(c => c.Source.Status);
        Field<DateScalar>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<EvidenceType>>("evidence").Resolve(c => c.Source.Evidence);
    }
}

public sealed class DraftRelationType : ObjectGraphType<DraftRelation>
{
    public DraftRelationType()
    {
        Name = "DraftRelation";
        Description = "from REVISES to, or from is an ALTERNATIVE_TO to.";
        Field<NonNullGraphType<DraftType>>("from").Resolve(c => c.Loaders().Draft(c.Source.FromId));
        Field<NonNullGraphType<GraphEnum<DraftRelationKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DraftType>>("to").Resolve(c => c.Loaders().Draft(c.Source.ToId));
        Field<NonNullGraphType<EvidenceType>>("evidence").Resolve(c => c.Source.Evidence);
    }
}

internal static class DatedFactFields
{
    /// <summary>What every dated fact shows: when it began, the first day it no longer held, and its evidence.</summary>
    public static void AddDatedFields<T>(this ObjectGraphType<T> type) where T : IDatedFact
    {
        type.Field<DateScalar>("since").Resolve(c => c.Source.Since);
        type.Field<DateScalar>("until").Description("The first day it no longer holds.").Resolve(c => c.Source.Until);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Resolve(c => c.Source.Evidence);
        type.AddRetractionField(f => f.Id);
    }
}

internal static class RetractionFields
{
    /// <summary>Why, by whom and when a fact was retracted; null while it stands.</summary>
    public static void AddRetractionField<T>(this ObjectGraphType<T> type, Func<T, string> id) =>
        type.Field<RetractionType>("retraction").Description("Why, by whom and when it was retracted; null while it stands.")
            .Resolve(c => c.Loaders().Retraction(id(c.Source)));

    /// <summary>The argument of every list of facts or statements: retracted ones are left out unless asked for.</summary>
    public static FieldBuilder<TSource, TReturn> IncludeRetracted<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<BooleanGraphType>("includeRetracted", "Also list what curators retracted (each says why in 'retraction').",
            a => a.DefaultValue = false);

    public static bool Retracted(this IResolveFieldContext c) => c.GetArgument<bool>("includeRetracted");
}

public sealed class RetractionType : ObjectGraphType<Retraction>
{
    public RetractionType()
    {
        Name = "Retraction";
        Description = "A curator withdrew a fact or statement: it is kept, but left out of every list, search, count and view unless asked for.";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The fact or statement retracted.").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("by").Description("Who, as they named themselves, and how they were let in (an API key; never the key).")
            .Resolve(c => c.Source.By);
        Field<NonNullGraphType<StringGraphType>>("at").Description("When, in UTC (ISO 8601, to the second).").Resolve(c => DateParsing.FormatInstant(c.Source.At));
    }
}

public sealed class PositionType : ObjectGraphType<Position>
{
    public PositionType()
    {
        Name = "Position";
        Description = "An actor's stance on a draft, from since until until (the first day it no longer holds), on the evidence given.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ActorType>>("actor").Resolve(c => c.Loaders().Actor(c.Source.ActorId));
        Field<NonNullGraphType<DraftType>>("draft").Resolve(c => c.Loaders().Draft(c.Source.DraftId));
        Field<NonNullGraphType<GraphEnum<Stance>>>("stance").Resolve(c => c.Source.Stance);
        this.AddDatedFields();
        this.AddProvenanceFields(f => f.Id);
    }
}

public sealed class VoteType : ObjectGraphType<Vote>
{
    public VoteType()
    {
        Name = "Vote";
        Description = "A vote on a draft: its day, result and tally, each member's ballot, and the record it comes from.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DraftType>>("draft").Resolve(c => c.Loaders().Draft(c.Source.DraftId));
        Field<DateScalar>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<GraphEnum<VoteResult>>>("result").Resolve(c => c.Source.Result);
        Field<NonNullGraphType<TallyType>>("tally").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BallotType>>>>("ballots")
            .Description("Each member's ballot, by actor id.").Resolve(c => c.Loaders().BallotsInVote(c.Source.Id).OrEmpty());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Resolve(c => c.Source.Evidence);
        this.AddProvenanceFields(v => v.Id);
    }
}

public sealed class TallyType : ObjectGraphType<Vote>
{
    public TallyType()
    {
        Name = "Tally";
        Description = "The counts the record gives; null where it gives none.";
        Field<IntGraphType>("yes").Resolve(c => c.Source.Yes);
        Field<IntGraphType>("no").Resolve(c => c.Source.No);
        Field<IntGraphType>("abstain").Resolve(c => c.Source.Abstain);
    }
}

public sealed class BallotType : ObjectGraphType<Ballot>
{
    public BallotType()
    {
        Name = "Ballot";
        Description = "How one member voted. A ballot puts its actor on a side of the draft on the vote's day: YES backs, NO opposes.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ActorType>>("actor").Resolve(c => c.Loaders().Actor(c.Source.ActorId));
        Field<NonNullGraphType<VoteType>>("vote").Resolve(c => c.Loaders().Vote(c.Source.VoteId));
        Field<NonNullGraphType<GraphEnum<BallotChoice>>>("choice").Resolve(c => c.Source.Choice);
        Field<NonNullGraphType<BooleanGraphType>>("isVeto").Description("A NO that blocked the draft on its own (a permanent member's).")
            .Resolve(c => c.Source.Veto);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Resolve(c => c.Source.Evidence);
        this.AddProvenanceFields(b => b.Id);
    }
}

public sealed class MembershipType : ObjectGraphType<Membership>
{
    public MembershipType()
    {
        Name = "Membership";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ActorType>>("actor").Resolve(c => c.Loaders().Actor(c.Source.ActorId));
        Field<NonNullGraphType<AllianceType>>("alliance").Resolve(c => c.Loaders().Alliance(c.Source.AllianceId));
        this.AddDatedFields();
        this.AddProvenanceFields(f => f.Id);
    }
}

public sealed class RoleType : ObjectGraphType<Role>
{
    public RoleType()
    {
        Name = "Role";
        Description = "A person speaking for a state or organization in a role (Taro Aso, Foreign Minister of Japan).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ActorType>>("person").Resolve(c => c.Loaders().Actor(c.Source.PersonId));
        Field<NonNullGraphType<ActorType>>("represents").Resolve(c => c.Loaders().Actor(c.Source.RepresentsId));
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        this.AddDatedFields();
        this.AddProvenanceFields(f => f.Id);
    }
}

public sealed class AllianceType : ObjectGraphType<Alliance>
{
    public AllianceType()
    {
        Name = "Alliance";
        Description = "A standing group (the P5, the G8), a negotiating forum (the six-party talks) or a coalition.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Alliance;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<GraphEnum<AllianceKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<ActorType>("body").Description("For a body membership: the body (the Security Council) whose members these are.")
            .Resolve(c => c.Source.BodyId is { } id ? c.Loaders().Actor(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("members")
            .Description("Memberships holding on asOf if given.").Argument<DateScalar>("asOf").IncludeRetracted()
            .Resolve(c => c.Loaders().MembersOfAlliance(c.Source.Id, c.GetArgument<DateOnly?>("asOf"), c.Retracted()).OrEmpty());
    }
}

public sealed class StatementType : ObjectGraphType<Statement>
{
    public StatementType()
    {
        Name = "Statement";
        Description = "What an actor said (QUOTE: their words) or was reported to say (PARAPHRASE), and the report it came from.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Statement;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ActorType>>("speaker").Resolve(c => c.Loaders().Actor(c.Source.SpeakerId));
        Field<DateScalar>("date").Description("When it was said, where the report tells.").Resolve(c => c.Source.Date);
        Field<DateScalar>("reportedOn").Description("The date of the report.").Resolve(c => c.Source.ReportedOn);
        Field<NonNullGraphType<GraphEnum<StatementKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<StringGraphType>("setting").Description("Where or how it was said (a news conference, a speech).").Resolve(c => c.Source.Setting);
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Loaders().Source(c.Source.SourceId));
        Field<ActorType>("via").Description("The agency the report quotes it through.").Resolve(c => c.Source.ViaId is { } id ? c.Loaders().Actor(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("about").Resolve(c => c.Loaders().Nodes(c.Source.AboutIds));
        this.AddRetractionField(s => s.Id);
        this.AddProvenanceFields(s => s.Id);
    }
}

public sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
        Description = "A report (or, for standing facts, a public reference) that facts come from.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Source;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<GraphEnum<SourceKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<ActorType>("outlet").Resolve(c => c.Source.OutletId is { } id ? c.Loaders().Actor(id) : null);
        Field<DateScalar>("date").Resolve(c => c.Source.Date);
        Field<StringGraphType>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("document").Description("Where the report's text is kept, relative to the shared folder.").Resolve(c => c.Source.Document);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExtractionType>>>>("extractions")
            .Description("What the extractor read in this report, by offset.").IncludeRetracted()
            .Resolve(c => c.Loaders().ExtractionsFrom(c.Source.Id, c.Retracted()).OrEmpty());
    }
}

public sealed class EvidenceType : ObjectGraphType<Evidence>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "Why a fact is believed: the source, the statement in it if any, and a short excerpt.";
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Loaders().Source(c.Source.SourceId));
        Field<StatementType>("statement").Resolve(c => c.Source.StatementId is { } id ? c.Loaders().Statement(id) : null);
        Field<StringGraphType>("excerpt").Resolve(c => c.Source.Excerpt);
    }
}

public sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "The shortest connection between two nodes.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("The number of edges.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Resolve(c => c.Loaders().Nodes(c.Source.NodeIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
    }
}

public sealed class PathEdgeType : ObjectGraphType<GraphEdge>
{
    public PathEdgeType()
    {
        Name = "PathEdge";
        Description = "One edge of a path, in its stored direction: from RELATION to (MEMBER_OF, SPONSORS, MADE, ABOUT, REPRESENTS...).";
        Field<NonNullGraphType<IdGraphType>>("fromId").Resolve(c => c.Source.FromId);
        Field<NonNullGraphType<StringGraphType>>("relation").Resolve(c => c.Source.Relation);
        Field<NonNullGraphType<IdGraphType>>("toId").Resolve(c => c.Source.ToId);
        Field<NonNullGraphType<NodeInterface>>("from").Resolve(c => c.Loaders().Node(c.Source.FromId));
        Field<NonNullGraphType<NodeInterface>>("to").Resolve(c => c.Loaders().Node(c.Source.ToId));
    }
}
