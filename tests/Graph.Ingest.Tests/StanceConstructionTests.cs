using Graph.Core;
using Graph.Ingest;

namespace Graph.Ingest.Tests;

/// <summary>Stance constructions wire reports use beyond subject-verb: a speaker's country, a judged text, a deplored veto, "both countries".</summary>
public sealed class StanceConstructionTests
{
    private static readonly Lexicon Lexicon = Lexicon.Load();

    private static ExtractedReport Read(string body) =>
        new Extractor(Lexicon).Extract(ReportReader.FromText("r.txt", "Outlet: Example Wire\nTitle: Council vote\nDate: 2010-06-10\n---\n" + body),
            ActorIndex.Build(Lexicon, [], new Dictionary<string, Role>()));

    [Theory]
    [InlineData("The Security Council adopted a resolution on Iran. Iran's ambassador, Mohammad Khazaee, told the council that his country totally rejected the resolution.", "iran", Stance.Opposes)]
    [InlineData("The Security Council adopted a resolution on Iran. Iran's foreign ministry said the new resolution had no legitimacy.", "iran", Stance.Opposes)]
    [InlineData("Russia vetoed a resolution on Ukraine. U.S. Ambassador Samantha Power said the veto was an attempt to prevent the truth from coming out.", "united-states", Stance.Backs)]
    [InlineData("Japan and Britain circulated a resolution on North Korea. The draft Japan had tabled on July 7 was revised.", "japan", Stance.Sponsors)]
    [InlineData("The resolution was put forward by Malaysia together with Australia and Belgium.", "belgium", Stance.Sponsors)]
    [InlineData("The draft, put forward by Britain and France with the support of the other permanent members and Germany, was adopted.", "germany", Stance.Backs)]
    public void A_construction_gives_the_stance(string body, string actor, Stance stance)
    {
        var found = Read(body);
        Assert.Contains(found.Stances, s => s.ActorId == actor && s.Stance == stance && s.Draft == DraftKind.Resolution);
    }

    [Fact]
    public void Both_governments_are_the_pair_named_just_before()
    {
        var found = Read("Diplomats did not know whether Russia or China would use their vetoes on the resolution. Both governments had voted last month for the resolution.");
        Assert.Contains(found.Stances, s => s is { ActorId: "russia", Stance: Stance.Backs });
        Assert.Contains(found.Stances, s => s is { ActorId: "china", Stance: Stance.Backs });
    }

    [Fact]
    public void Supporting_the_goals_of_a_text_is_not_backing_it()
    {
        var found = Read("The council adopted the resolution on Iran. Jakarta supported the non-proliferation goals of the text, its envoy said, but not its method.");
        Assert.DoesNotContain(found.Stances, s => s is { ActorId: "indonesia", Stance: Stance.Backs });
    }
}
