using Graph.Core;

namespace Graph.Ingest.Tests;

/// <summary>
/// A fork of the actor index is what one report is read with: it reads through to the kept index, copying an actor the
/// first time it reads it, so what a report learns holds within that report and reaches neither the kept index nor the next report.
/// </summary>
public sealed class ActorIndexForkTests
{
    private static readonly Lexicon Lexicon = Lexicon.Load();

    private static ActorIndex Index() => ActorIndex.Build(Lexicon,
        [new Actor("hu-jintao", ActorKind.Person, "Hu Jintao", [], null), new Actor("taro-aso", ActorKind.Person, "Taro Aso", [], null)],
        new Dictionary<string, Role>());

    private static ExtractedReport Read(string text, ActorIndex index) => new Extractor(Lexicon).Extract(ReportReader.FromText("r.txt", text), index);

    [Fact]
    public void A_fork_gives_its_own_copy_of_an_actor_every_time_and_shares_the_originals_names()
    {
        var index = Index();
        var fork = index.Fork();

        var copy = fork.Actors["taro-aso"];
        Assert.Same(copy, fork.Actors["taro-aso"]);
        Assert.NotSame(index.Actors["taro-aso"], copy);
        Assert.Same(copy, fork.Actors.Values.Single(a => a.Id == "taro-aso")); // listed as the copy once read
        Assert.Same(index.Actors["hu-jintao"], fork.Actors.Values.Single(a => a.Id == "hu-jintao")); // and as the original before
        Assert.Equal(index.Actors.Keys, fork.Actors.Keys);
        Assert.Equal(index.Match("Taro Aso", 0), fork.Match("Taro Aso", 0));
        Assert.Throws<InvalidOperationException>(() => fork.Add("Someone Else", "someone-else", MentionKind.Person));
        Assert.Throws<InvalidOperationException>(() => fork.AddGraphActor(new Actor("x", ActorKind.Person, "X Y", [], null), null));
        Assert.Throws<InvalidOperationException>(() => fork.Fork());
    }

    [Fact]
    public void What_a_report_learns_of_a_known_person_stays_in_its_fork()
    {
        var index = Index();

        var first = Read("Japanese Foreign Minister Taro Aso said on Monday that the council must act.", index.Fork());
        Assert.Equal("japan", first.Actors["taro-aso"].RepresentsId);
        Assert.Equal("Foreign Minister", first.Actors["taro-aso"].Title);

        Assert.Null(index.Actors["taro-aso"].RepresentsId);
        Assert.Null(index.Actors["taro-aso"].Title);
        var next = Read("Taro Aso said on Monday that the council must act.", index.Fork());
        Assert.Null(next.Actors["taro-aso"].RepresentsId);
        Assert.Null(next.Actors["taro-aso"].Title);
    }

    [Fact]
    public void A_misspelt_name_is_resolved_against_what_this_report_learnt_and_not_the_last_reports()
    {
        var index = Index();

        // Hu Jintao speaks for China in this report, so a North Korean "Hu Xintao" is not him: a new person, in this report only.
        var found = Read("Chinese President Hu Jintao met the council on Monday. North Korean envoy Hu Xintao said the talks had failed.", index.Fork());
        Assert.Equal("china", found.Actors["hu-jintao"].RepresentsId);
        Assert.Contains(found.Mentions, m => m.Text == "Hu Xintao" && m.ActorId == "hu-xintao");
        Assert.False(index.Actors.ContainsKey("hu-xintao"));

        // The next report knows nothing of that: the same misspelling is Hu Jintao, whom the graph gives no state.
        var next = Read("North Korean envoy Hu Xintao said the talks had failed.", index.Fork());
        Assert.Contains(next.Mentions, m => m.Text == "Hu Xintao" && m.ActorId == "hu-jintao");
        Assert.False(next.Actors.ContainsKey("hu-xintao"));
        Assert.Null(index.Actors["hu-jintao"].RepresentsId);
    }

    [Fact]
    public void A_new_person_resolves_within_its_report_and_is_never_added_to_the_index()
    {
        var index = Index();
        var count = index.Actors.Count;

        var found = Read("French Ambassador Jean Dupont said the vote would go ahead. Dupont added that France would back the text.", index.Fork());
        Assert.Equal(["jean-dupont", "jean-dupont"], found.Mentions.Where(m => m.Text.Contains("Dupont")).Select(m => m.ActorId));

        Assert.Equal(count, index.Actors.Count);
        Assert.False(index.Actors.ContainsKey("jean-dupont"));
        Assert.Null(index.Match("Jean Dupont", 0));
        var next = Read("Dupont said the vote would go ahead.", index.Fork());
        Assert.DoesNotContain(next.Mentions, m => m.ActorId == "jean-dupont");
    }
}
