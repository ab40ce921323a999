using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Graph.Core;

namespace Graph.Api.Tests;

/// <summary>
/// Hostile input over real HTTP, as FsCheck properties: quotes, backslashes, SQL and Cypher fragments,
/// control characters (U+0000 included), right-to-left marks, combining marks, emoji, 10,000-character
/// strings, empty and blank strings, in every free-text field of every mutation and in every filter and
/// id argument. Free text comes back exactly as sent (after the documented trim of surrounding
/// whitespace; blank optional text is stored as null), or is refused with BAD_USER_INPUT naming the
/// field; ids that are not slugs are refused (mutations) or find nothing (lookups and filters). Nothing
/// is ever executed, no request answers HTTP 500 and no error is INTERNAL_SERVER_ERROR.
/// U+0000: the API must keep it exactly or refuse it with BAD_USER_INPUT, never cut a text at it. Today the embedded
/// store cuts long texts at it and name searches stop at it (known bugs, skipped tests below); until they are fixed,
/// the round-trip properties send U+2400 in its place, and the search-content check leaves searches with it aside.
/// </summary>
public sealed partial class HostileInputTests(SeedHostFixture fixture) : IClassFixture<SeedHostFixture>
{
    private const int Cases = 120;
    private ApiHost Api => fixture.Host;

    /// <summary>
    /// Free text that is stored leaves U+0000 out (it becomes U+2400 SYMBOL FOR NULL): the embedded store cuts a
    /// text longer than 512 UTF-8 bytes at its first U+0000 (known bug, see Text_with_a_nul_is_kept_whole_or_refused).
    /// Filters, ids and documents get every character.
    /// </summary>
    private const bool TextWithoutNul = false, AnyText = true;

    // ---- Free text: stored exactly or refused clearly ----

    [Fact]
    public Task Actor_names_aliases_and_descriptions_round_trip_exactly() => CheckAsync(nameof(Actor_names_aliases_and_descriptions_round_trip_exactly),
        HostileCase.Arbitrary(TextWithoutNul, ("name", false), ("alias1", true), ("alias2", true), ("alias3", true), ("description", true), ("name2", false), ("description2", true)),
        async c =>
        {
            var id = NewId("hostile-actor");
            string?[] aliases = [c["alias1"], c["alias2"], c["alias3"]];
            var given = aliases.OfType<string>().ToArray();
            var refusal = given.Any(Blank) ? "'aliases'" : Blank(c["name"]) ? "'name'" : null; // aliases are checked first
            var created = await MutateAsync("""
                mutation($id: ID!, $name: String!, $aliases: [String!], $description: String) {
                  createActor(input: { id: $id, kind: STATE, name: $name, aliases: $aliases, description: $description }) { name aliases description } }
                """, new { id, name = c["name"], aliases = given, description = c["description"] }, refusal);
            const string read = "query($id: ID!) { actor(id: $id) { name aliases description } }";
            if (created is null)
            {
                Assert.Equal(JsonValueKind.Null, (await QueryAsync(read, new { id })).GetProperty("actor").ValueKind);
                return;
            }
            var expected = (Name: c["name"]!.Trim(), Aliases: given.Select(a => a.Trim()).Distinct().ToArray(), Description: Stored(c["description"]));
            AssertActor(expected, created.Value.GetProperty("createActor"));
            AssertActor(expected, (await QueryAsync(read, new { id })).GetProperty("actor"));
            Assert.Contains(id, await SearchActorsAsync(c["name"]!));
            foreach (var alias in expected.Aliases) Assert.Contains(id, await SearchActorsAsync(alias));

            // An update with other hostile text replaces it exactly, or is refused and changes nothing.
            var updated = await MutateAsync("""
                mutation($id: ID!, $name: String!, $description: String) {
                  updateActor(input: { id: $id, kind: PERSON, name: $name, description: $description }) { name } }
                """, new { id, name = c["name2"], description = c["description2"] }, Blank(c["name2"]) ? "'name'" : null);
            if (updated is not null) expected = (c["name2"]!.Trim(), [], Stored(c["description2"]));
            AssertActor(expected, (await QueryAsync(read, new { id })).GetProperty("actor"));
        });

    [Fact]
    public Task Draft_titles_descriptions_and_status_excerpts_round_trip_exactly() => CheckAsync(nameof(Draft_titles_descriptions_and_status_excerpts_round_trip_exactly),
        HostileCase.Arbitrary(TextWithoutNul, ("title", false), ("description", true), ("excerpt", true), ("title2", false), ("description2", true)),
        async c =>
        {
            var id = NewId("hostile-draft");
            var created = await MutateAsync("""
                mutation($id: ID!, $title: String!, $description: String) {
                  createDraft(input: { id: $id, kind: PROPOSAL, title: $title, description: $description, forumId: "un-security-council" }) { title description } }
                """, new { id, title = c["title"], description = c["description"] }, Blank(c["title"]) ? "'title'" : null);
            const string read = "query($id: ID!) { draft(id: $id) { title description history { evidence { excerpt } } } }";
            if (created is null)
            {
                Assert.Equal(JsonValueKind.Null, (await QueryAsync(read, new { id })).GetProperty("draft").ValueKind);
                return;
            }
            await MutateAsync("""
                mutation($id: ID!, $excerpt: String) {
                  recordDraftStatus(input: { draftId: $id, status: CIRCULATED, date: "2006-07-09", evidence: { sourceId: "cbs-2006-07-08", excerpt: $excerpt } }) { id } }
                """, new { id, excerpt = c["excerpt"] }, null);
            var (title, description) = (c["title"]!.Trim(), Stored(c["description"]));
            var draft = (await QueryAsync(read, new { id })).GetProperty("draft");
            AssertText(title, draft.GetProperty("title"));
            AssertText(description, draft.GetProperty("description"));
            AssertText(Stored(c["excerpt"]), draft.GetProperty("history").Items().Single().GetProperty("evidence").GetProperty("excerpt"));
            Assert.Contains(id, await SearchAsync("drafts", "title", c["title"]!));

            var updated = await MutateAsync("""
                mutation($id: ID!, $title: String!, $description: String) {
                  updateDraft(input: { id: $id, kind: PROPOSAL, title: $title, description: $description }) { title } }
                """, new { id, title = c["title2"], description = c["description2"] }, Blank(c["title2"]) ? "'title'" : null);
            if (updated is not null) (title, description) = (c["title2"]!.Trim(), Stored(c["description2"]));
            draft = (await QueryAsync(read, new { id })).GetProperty("draft");
            AssertText(title, draft.GetProperty("title"));
            AssertText(description, draft.GetProperty("description"));
        });

    [Fact]
    public Task Alliance_names_descriptions_and_membership_excerpts_round_trip_exactly() => CheckAsync(nameof(Alliance_names_descriptions_and_membership_excerpts_round_trip_exactly),
        HostileCase.Arbitrary(TextWithoutNul, ("name", false), ("description", true), ("excerpt", true), ("name2", false), ("description2", true)),
        async c =>
        {
            var id = NewId("hostile-alliance");
            var created = await MutateAsync("""
                mutation($id: ID!, $name: String!, $description: String) {
                  createAlliance(input: { id: $id, kind: COALITION, name: $name, description: $description }) { name description } }
                """, new { id, name = c["name"], description = c["description"] }, Blank(c["name"]) ? "'name'" : null);
            const string read = "query($id: ID!) { alliance(id: $id) { name description members { evidence { excerpt } } } }";
            if (created is null)
            {
                Assert.Equal(JsonValueKind.Null, (await QueryAsync(read, new { id })).GetProperty("alliance").ValueKind);
                return;
            }
            var membership = await MutateAsync("""
                mutation($id: ID!, $excerpt: String) {
                  addMembership(input: { actorId: "peru", allianceId: $id, since: "2006-07-12", evidence: [{ sourceId: "japan-times-2006-07-12", excerpt: $excerpt }] }) {
                    evidence { excerpt } } }
                """, new { id, excerpt = c["excerpt"] }, null);
            AssertText(Stored(c["excerpt"]), membership!.Value.GetProperty("addMembership").GetProperty("evidence")[0].GetProperty("excerpt"));
            var (name, description) = (c["name"]!.Trim(), Stored(c["description"]));
            var alliance = (await QueryAsync(read, new { id })).GetProperty("alliance");
            AssertText(name, alliance.GetProperty("name"));
            AssertText(description, alliance.GetProperty("description"));
            AssertText(Stored(c["excerpt"]), alliance.GetProperty("members").Items().Single().GetProperty("evidence")[0].GetProperty("excerpt"));
            Assert.Contains(id, await SearchAsync("alliances", "name", c["name"]!));

            var updated = await MutateAsync("""
                mutation($id: ID!, $name: String!, $description: String) {
                  updateAlliance(input: { id: $id, kind: COALITION, name: $name, description: $description }) { name } }
                """, new { id, name = c["name2"], description = c["description2"] }, Blank(c["name2"]) ? "'name'" : null);
            if (updated is not null) (name, description) = (c["name2"]!.Trim(), Stored(c["description2"]));
            alliance = (await QueryAsync(read, new { id })).GetProperty("alliance");
            AssertText(name, alliance.GetProperty("name"));
            AssertText(description, alliance.GetProperty("description"));
        });

    [Fact]
    public Task Statement_text_settings_sources_and_position_excerpts_round_trip_exactly() => CheckAsync(nameof(Statement_text_settings_sources_and_position_excerpts_round_trip_exactly),
        HostileCase.Arbitrary(TextWithoutNul, ("text", false), ("setting", true), ("title", false), ("url", true), ("excerpt", true), ("title2", false), ("url2", true)),
        async c =>
        {
            var (statementId, sourceId) = (NewId("hostile-statement"), NewId("hostile-report"));
            var refusal = Blank(c["text"]) ? "'text'" : Blank(c["title"]) ? "'title'" : null;
            var recorded = await MutateAsync("""
                mutation($id: ID!, $source: ID!, $text: String!, $setting: String, $title: String!, $url: String) {
                  recordStatement(input: { id: $id, speakerId: "japan", kind: QUOTE, date: "2006-07-09", text: $text, setting: $setting,
                    aboutIds: ["japan-sanctions-resolution"], source: { id: $source, title: $title, url: $url, date: "2006-07-10" } }) {
                    text setting source { title url } } }
                """, new { id = statementId, source = sourceId, text = c["text"], setting = c["setting"], title = c["title"], url = c["url"] }, refusal);
            const string read = "query($id: ID!, $source: ID!) { statement(id: $id) { text setting source { title url } } source(id: $source) { id } }";
            if (recorded is null)
            {
                var nothing = await QueryAsync(read, new { id = statementId, source = sourceId });
                Assert.Equal(JsonValueKind.Null, nothing.GetProperty("statement").ValueKind);
                Assert.Equal(JsonValueKind.Null, nothing.GetProperty("source").ValueKind); // the new source was not written either
                return;
            }
            var statement = (await QueryAsync(read, new { id = statementId, source = sourceId })).GetProperty("statement");
            foreach (var answer in new[] { recorded.Value.GetProperty("recordStatement"), statement })
            {
                AssertText(c["text"]!.Trim(), answer.GetProperty("text"));
                AssertText(Stored(c["setting"]), answer.GetProperty("setting"));
                AssertText(c["title"]!.Trim(), answer.GetProperty("source").GetProperty("title"));
                AssertText(Stored(c["url"]), answer.GetProperty("source").GetProperty("url"));
            }
            // Full-text search with the statement's own text never fails (it is quoted word by word, never read as syntax).
            await QueryAsync("query($s: String) { statements(search: $s, first: 5) { totalCount nodes { id } } }", new { s = c["text"] });

            var position = await MutateAsync("""
                mutation($statement: ID!, $source: ID!, $excerpt: String) {
                  recordPosition(input: { actorId: "ghana", draftId: "japan-sanctions-resolution", stance: OPPOSES, since: "2006-07-09",
                    evidence: [{ sourceId: $source, statementId: $statement, excerpt: $excerpt }] }) { id evidence { excerpt statement { text } } } }
                """, new { statement = statementId, source = sourceId, excerpt = c["excerpt"] }, null);
            var evidence = position!.Value.GetProperty("recordPosition").GetProperty("evidence")[0];
            AssertText(Stored(c["excerpt"]), evidence.GetProperty("excerpt"));
            AssertText(c["text"]!.Trim(), evidence.GetProperty("statement").GetProperty("text"));

            var otherSource = NewId("hostile-report");
            var source = await MutateAsync("""
                mutation($id: ID!, $title: String!, $url: String) { createSource(input: { id: $id, title: $title, url: $url, outletId: "kyodo-news" }) { title url } }
                """, new { id = otherSource, title = c["title2"], url = c["url2"] }, Blank(c["title2"]) ? "'title'" : null);
            var stored = (await QueryAsync("query($id: ID!) { source(id: $id) { title url } }", new { id = otherSource })).GetProperty("source");
            if (source is null)
            {
                Assert.Equal(JsonValueKind.Null, stored.ValueKind);
                return;
            }
            AssertText(c["title2"]!.Trim(), stored.GetProperty("title"));
            AssertText(Stored(c["url2"]), stored.GetProperty("url"));
        });

    /// <summary>
    /// U+0000 in free text is refused with BAD_USER_INPUT naming the field. (It used to be cut, with everything after it,
    /// from texts over 512 UTF-8 bytes: SQLitePCLRaw passes longer strings to SQLite as NUL-terminated C strings.)
    /// </summary>
    [Fact]
    public async Task Text_with_a_nul_is_kept_whole_or_refused()
    {
        foreach (var name in new[] { "before\u0000after", new string('a', 600) + "\u0000after" })
        {
            var id = NewId("nul-actor");
            var answer = await PostAsync("mutation($id: ID!, $name: String!) { createActor(input: { id: $id, kind: STATE, name: $name }) { name } }", new { id, name });
            if (answer.TryGetProperty("errors", out var errors))
            {
                Assert.Equal(ErrorCodes.BadUserInput, errors[0].Code());
                Assert.Contains("'name'", errors[0].Message());
                continue;
            }
            AssertText(name, (await QueryAsync("query($id: ID!) { actor(id: $id) { name } }", new { id })).GetProperty("actor").GetProperty("name"));
        }
    }

    /// <summary>
    /// Name searches find only names and aliases that contain the text searched for, U+0000 and U+FFFD-U+FFFF included.
    /// (They used SQLite's LIKE, which stops at U+0000 and reads U+FFFE and U+FFFF as U+FFFD; the embedded store now
    /// compares the text, handed over whole as bytes, in .NET.)
    /// </summary>
    [Fact]
    public async Task A_search_finds_only_text_that_contains_it()
    {
        var id = NewId("replacement-actor");
        await QueryAsync("mutation($id: ID!) { createActor(input: { id: $id, kind: STATE, name: \"x\\uFFFDy\" }) { id } }", new { id });
        foreach (var search in new[] { "\u0000", "na\u0000zzz", "\uFFFF" })
        {
            var answer = await PostAsync("query($s: String) { actors(search: $s, first: 100) { nodes { name aliases } } }", new { s = search });
            if (answer.TryGetProperty("errors", out var errors))
            {
                Assert.Equal(ErrorCodes.BadUserInput, errors[0].Code());
                continue;
            }
            Assert.All(answer.GetProperty("data").GetProperty("actors").GetProperty("nodes").Items(), a =>
                Assert.True(a.Str("name").Contains(search) || a.GetProperty("aliases").Items().Any(x => x.GetString()!.Contains(search)),
                    $"actors(search: {Show(search)}) found {Show(a.Str("name"))}"));
        }
    }

    // ---- Filters and lookups: never executed, never a server error ----

    [Fact]
    public Task Hostile_filters_and_lookups_find_only_what_they_say() => CheckAsync(nameof(Hostile_filters_and_lookups_find_only_what_they_say),
        HostileCase.Arbitrary(AnyText, ("s", false)),
        async c =>
        {
            var s = c["s"]!;
            var data = await QueryAsync("""
                query($s: String, $id: ID!) {
                  actors(search: $s, first: 25) { totalCount nodes { name aliases } }
                  drafts(search: $s, first: 25) { totalCount nodes { title } }
                  alliances(search: $s, first: 25) { totalCount nodes { name } }
                  statements(search: $s, first: 5) { totalCount nodes { id } }
                  bySpeaker: statements(speaker: $id, first: 5) { totalCount }
                  byAbout: statements(about: $id, first: 5) { totalCount }
                  inForum: drafts(forum: $id, first: 5) { totalCount }
                  japan: actor(id: "japan") { statements(search: $s, about: $id, first: 5) { totalCount } }
                  actor(id: $id) { id } draft(id: $id) { id } alliance(id: $id) { id } statement(id: $id) { id } source(id: $id) { id } node(id: $id) { id }
                }
                """, new { s, id = s });
            // A search is a literal substring (% and _ are not wildcards, quotes are not syntax): whatever it finds contains it.
            if (!Blank(s) && !LikeBlind(s)) // U+0000, U+FFFD-U+FFFF: known bug, see A_search_finds_only_text_that_contains_it
            {
                var wanted = s.Trim().ToLowerInvariant();
                bool Has(string? text) => text is not null && text.ToLowerInvariant().Contains(wanted, StringComparison.Ordinal);
                Assert.All(data.GetProperty("actors").GetProperty("nodes").Items(),
                    a => Assert.True(Has(a.Str("name")) || a.GetProperty("aliases").Items().Any(x => Has(x.GetString())), $"actors(search: {Show(s)}) found {Show(a.Str("name"))}"));
                Assert.All(data.GetProperty("drafts").GetProperty("nodes").Items(), d => Assert.True(Has(d.Str("title")), $"drafts(search: {Show(s)}) found {Show(d.Str("title"))}"));
                Assert.All(data.GetProperty("alliances").GetProperty("nodes").Items(), a => Assert.True(Has(a.Str("name")), $"alliances(search: {Show(s)}) found {Show(a.Str("name"))}"));
            }
            if (!Ids.IsValid(s))
            {
                foreach (var field in new[] { "bySpeaker", "byAbout", "inForum" })
                    Assert.Equal(0, data.GetProperty(field).GetProperty("totalCount").GetInt32());
                Assert.Equal(0, data.GetProperty("japan").GetProperty("statements").GetProperty("totalCount").GetInt32());
                foreach (var lookup in new[] { "actor", "draft", "alliance", "statement", "source", "node" })
                    Assert.Equal(JsonValueKind.Null, data.GetProperty(lookup).ValueKind);

                // path names both ends, so a hostile one is refused as not an id (or as no node, if it happens to be a slug).
                foreach (var (from, to) in new[] { (s, "japan"), ("japan", s) })
                {
                    var error = await ErrorAsync("query($from: ID!, $to: ID!) { path(from: $from, to: $to) { length } }", new { from, to });
                    Assert.Equal(ErrorCodes.BadUserInput, error.Code());
                }
            }
            // A date that is not YYYY-MM-DD is INVALID_DATE; a cursor the API did not issue is BAD_USER_INPUT.
            if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", out _))
                Assert.Equal(ErrorCodes.InvalidDate, (await ErrorAsync("query($d: Date) { statements(from: $d) { totalCount } }", new { d = s })).Code());
            Assert.Equal(ErrorCodes.BadUserInput, (await ErrorAsync("query($a: String) { actors(after: $a) { totalCount } }", new { a = s })).Code());
            await AssertSeedIntactAsync();
        });

    [Fact]
    public Task Hostile_ids_in_mutations_are_refused_and_write_nothing() => CheckAsync(nameof(Hostile_ids_in_mutations_are_refused_and_write_nothing),
        HostileCase.Arbitrary(AnyText, ("id", false)),
        async c =>
        {
            var bad = c["id"]!;
            if (Ids.IsValid(bad)) return; // a slug is a legitimate id, not a hostile one
            var before = await CountsAsync();
            var fresh = NewId("never-written");
            const string evidence = "evidence: [{ sourceId: \"cbs-2006-07-08\" }]";
            string[] mutations =
            [
                "createActor(input: { id: $bad, kind: STATE, name: \"X\" }) { id }",
                "updateActor(input: { id: $bad, kind: STATE, name: \"X\" }) { id }",
                "createDraft(input: { id: $bad, kind: RESOLUTION, title: \"X\" }) { id }",
                "createDraft(input: { id: $fresh, kind: RESOLUTION, title: \"X\", forumId: $bad }) { id }",
                "updateDraft(input: { id: $bad, kind: RESOLUTION, title: \"X\" }) { id }",
                "createAlliance(input: { id: $bad, kind: COALITION, name: \"X\" }) { id }",
                "updateAlliance(input: { id: $bad, kind: COALITION, name: \"X\" }) { id }",
                "createSource(input: { id: $bad, title: \"X\" }) { id }",
                "createSource(input: { id: $fresh, title: \"X\", outletId: $bad }) { id }",
                "recordStatement(input: { id: $bad, speakerId: \"japan\", kind: QUOTE, text: \"X\", sourceId: \"cbs-2006-07-08\" }) { id }",
                "recordStatement(input: { speakerId: $bad, kind: QUOTE, text: \"X\", sourceId: \"cbs-2006-07-08\" }) { id }",
                "recordStatement(input: { speakerId: \"japan\", kind: QUOTE, text: \"X\", sourceId: $bad }) { id }",
                "recordStatement(input: { speakerId: \"japan\", kind: QUOTE, text: \"X\", viaId: $bad, source: { id: $fresh, title: \"X\" } }) { id }",
                "recordStatement(input: { speakerId: \"japan\", kind: QUOTE, text: \"X\", aboutIds: [$bad], sourceId: \"cbs-2006-07-08\" }) { id }",
                "recordStatement(input: { speakerId: \"japan\", kind: QUOTE, text: \"X\", source: { id: $bad, title: \"X\" } }) { id }",
                $"recordPosition(input: {{ id: $bad, actorId: \"ghana\", draftId: \"japan-sanctions-resolution\", stance: BACKS, {evidence} }}) {{ id }}",
                $"recordPosition(input: {{ actorId: $bad, draftId: \"japan-sanctions-resolution\", stance: BACKS, {evidence} }}) {{ id }}",
                $"recordPosition(input: {{ actorId: \"ghana\", draftId: $bad, stance: BACKS, {evidence} }}) {{ id }}",
                "recordPosition(input: { actorId: \"ghana\", draftId: \"japan-sanctions-resolution\", stance: BACKS, evidence: [{ sourceId: $bad }] }) { id }",
                "recordPosition(input: { actorId: \"ghana\", draftId: \"japan-sanctions-resolution\", stance: BACKS, evidence: [{ sourceId: \"cbs-2006-07-08\", statementId: $bad }] }) { id }",
                "endPosition(id: $bad, until: \"2006-08-01\") { id }",
                $"addMembership(input: {{ actorId: $bad, allianceId: \"permanent-five\", {evidence} }}) {{ id }}",
                $"addMembership(input: {{ actorId: \"peru\", allianceId: $bad, {evidence} }}) {{ id }}",
                "endMembership(id: $bad, until: \"2006-08-01\") { id }",
                "recordDraftStatus(input: { draftId: $bad, status: ADOPTED, evidence: { sourceId: \"cbs-2006-07-08\" } }) { id }",
                "relateDrafts(input: { fromId: $bad, kind: REVISES, toId: \"japan-sanctions-resolution\", evidence: { sourceId: \"cbs-2006-07-08\" } }) { id }",
                "relateDrafts(input: { fromId: \"japan-sanctions-resolution\", kind: REVISES, toId: $bad, evidence: { sourceId: \"cbs-2006-07-08\" } }) { id }",
            ];
            foreach (var mutation in mutations)
            {
                var declared = mutation.Contains("$fresh") ? "$bad: ID!, $fresh: ID!" : "$bad: ID!";
                var error = await ErrorAsync($"mutation({declared}) {{ {mutation} }}", new { bad, fresh });
                Assert.True(error.Code() is ErrorCodes.BadUserInput or ErrorCodes.NotFound,
                    $"{mutation} with {Show(bad)}: {error.Code()} {Show(error.Message())}");
            }
            Assert.Equal(JsonValueKind.Null, (await QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = fresh })).GetProperty("node").ValueKind);
            Assert.Equal(before, await CountsAsync());
        });

    [Fact]
    public Task Hostile_documents_operation_names_and_requests_never_break_the_server() => CheckAsync(nameof(Hostile_documents_operation_names_and_requests_never_break_the_server),
        HostileCase.Arbitrary(AnyText, ("s", false)),
        async c =>
        {
            var s = c["s"]!;
            // The string as the whole document (a lone CR as LF, the same line break to GraphQL: known bug, see
            // A_syntax_error_after_a_lone_carriage_return_is_not_a_server_error), as the operation name, inside a
            // string literal, and over GET.
            await AnswerAsync(await Api.Http.PostAsJsonAsync("/graphql", new { query = LoneCarriageReturn().Replace(s, "\n") }));
            await AnswerAsync(await Api.Http.PostAsJsonAsync("/graphql", new { query = "{ actors(first: 1) { totalCount } }", operationName = s }));
            var literal = await AnswerAsync(await Api.Http.PostAsJsonAsync("/graphql", new { query = $"{{ actors(search: {GraphQLString(s)}, first: 1) {{ totalCount }} }}" }));
            var variable = await QueryAsync("query($s: String) { actors(search: $s, first: 1) { totalCount } }", new { s });
            // A string literal and a variable with the same value mean the same search.
            Assert.Equal(variable.GetProperty("actors").GetProperty("totalCount").GetInt32(),
                literal.GetProperty("data").GetProperty("actors").GetProperty("totalCount").GetInt32());
            var url = "/graphql?query=" + Uri.EscapeDataString("query($s: String) { actors(search: $s, first: 1) { totalCount } }") +
                      "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(new { s }));
            if (url.Length < 6000) // longer query strings are refused with 414 by design
            {
                var viaGet = await AnswerAsync(await Api.Http.GetAsync(url));
                Assert.False(viaGet.TryGetProperty("errors", out var errors), $"GET with {Show(s)}: {errors}");
            }
            await AssertSeedIntactAsync();
        });

    /// <summary>
    /// A syntax error on a line after a lone carriage return ("\r0", "{\r}}") is a syntax error, not a server error.
    /// (GraphQL-Parser 9 throws IndexOutOfRangeException while composing that message; the endpoint answers it as a
    /// document that does not parse.)
    /// </summary>
    [Fact]
    public async Task A_syntax_error_after_a_lone_carriage_return_is_not_a_server_error()
    {
        foreach (var document in new[] { "\r0", "{ actors { totalCount } }\r}" })
        {
            var answer = await AnswerAsync(await Api.Http.PostAsJsonAsync("/graphql", new { query = document }));
            Assert.True(answer.TryGetProperty("errors", out _), $"{Show(document)} is not valid GraphQL");
            await AnswerAsync(await Api.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString(document)));
        }
    }

    // ---- Helpers ----

    [System.Text.RegularExpressions.GeneratedRegex("\r(?!\n)")]
    private static partial System.Text.RegularExpressions.Regex LoneCarriageReturn();

    /// <summary>Characters SQLite's LIKE does not see as themselves (known bug, see A_search_finds_only_text_that_contains_it).</summary>
    private static bool LikeBlind(string s) => s.IndexOfAny(['\0', '\ufffd', '\ufffe', '\uffff']) >= 0;

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..12]}";

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>What the API stores for optional text: null when blank, else the text without surrounding whitespace.</summary>
    private static string? Stored(string? text) => Blank(text) ? null : text!.Trim();

    private static string Show(string? text) => HostileText.Show(text);

    /// <summary>A GraphQL string literal: quotes, backslashes and control characters escaped, everything else as is.</summary>
    private static string GraphQLString(string s)
    {
        var literal = new StringBuilder("\"");
        foreach (var ch in s)
            literal.Append(ch switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or '\u007f' => $"\\u{(int)ch:X4}",
                _ => ch.ToString(),
            });
        return literal.Append('"').ToString();
    }

    /// <summary>Runs a property over HTTP, off xunit's synchronization context, with FsCheck's counterexample on failure.</summary>
    private static Task CheckAsync(string name, Arbitrary<HostileCase> cases, Func<HostileCase, Task> property) =>
        Task.Run(() => Check.One(name, Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true), Prop.ForAll(cases, property)));

    /// <summary>Any answer: never HTTP 500, never an internal error; the document otherwise.</summary>
    private static async Task<JsonElement> AnswerAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"HTTP 500: {Show(body)}");
            Assert.True((int)response.StatusCode is 200 or 400, $"HTTP {(int)response.StatusCode}: {Show(body)}");
            var document = JsonDocument.Parse(body).RootElement.Clone();
            if (document.TryGetProperty("errors", out var errors))
                foreach (var error in errors.Items())
                    Assert.True(Code(error) != "INTERNAL_SERVER_ERROR", $"Internal error: {Show(error.ToString())}");
            return document;
        }
    }

    private static string? Code(JsonElement error) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;

    private async Task<JsonElement> PostAsync(string query, object variables) =>
        await AnswerAsync(await Api.Http.PostAsJsonAsync("/graphql", new { query, variables }));

    private async Task<JsonElement> QueryAsync(string query, object variables)
    {
        var result = await PostAsync(query, variables);
        Assert.False(result.TryGetProperty("errors", out var errors), $"Unexpected errors: {Show(errors.ToString())}");
        return result.GetProperty("data");
    }

    private async Task<JsonElement> ErrorAsync(string query, object variables)
    {
        var result = await PostAsync(query, variables);
        Assert.True(result.TryGetProperty("errors", out var errors), $"Expected an error, got {Show(result.ToString())}");
        return errors[0];
    }

    /// <summary>
    /// A mutation that must succeed (returns its data) or, when <paramref name="refusedField"/> is given, must be
    /// refused with BAD_USER_INPUT naming that field (returns null).
    /// </summary>
    private async Task<JsonElement?> MutateAsync(string mutation, object variables, string? refusedField)
    {
        if (refusedField is null) return await QueryAsync(mutation, variables);
        var error = await ErrorAsync(mutation, variables);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code());
        Assert.Contains(refusedField, error.Message());
        return null;
    }

    private static void AssertText(string? expected, JsonElement actual)
    {
        var got = actual.ValueKind == JsonValueKind.Null ? null : actual.GetString();
        Assert.True(string.Equals(expected, got, StringComparison.Ordinal), $"Sent {Show(expected)}, read back {Show(got)}");
        if (expected is not null) Assert.Equal(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(got!)); // byte for byte
    }

    private static void AssertActor((string Name, string[] Aliases, string? Description) expected, JsonElement actor)
    {
        AssertText(expected.Name, actor.GetProperty("name"));
        var aliases = actor.GetProperty("aliases").Items().ToList();
        Assert.True(expected.Aliases.Length == aliases.Count, $"Sent aliases {Show(string.Join("|", expected.Aliases))}, read back {Show(actor.GetProperty("aliases").ToString())}");
        for (var i = 0; i < aliases.Count; i++) AssertText(expected.Aliases[i], aliases[i]);
        AssertText(expected.Description, actor.GetProperty("description"));
    }

    /// <summary>The ids an actor search finds, every page of it (each result checked to contain the search).</summary>
    private Task<List<string>> SearchActorsAsync(string search) => SearchAsync("actors", "name", search);

    private async Task<List<string>> SearchAsync(string list, string text, string search)
    {
        var ids = new List<string>();
        string? after = null;
        for (var page = 0; page < 40; page++)
        {
            var found = (await QueryAsync($$"""
                query($s: String, $after: String) { {{list}}(search: $s, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id {{text}} } } }
                """, new { s = search, after })).GetProperty(list);
            ids.AddRange(found.GetProperty("nodes").Items().Select(n => n.Str("id")));
            if (!found.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) return ids;
            after = found.GetProperty("pageInfo").Str("endCursor");
        }
        return ids;
    }

    private async Task<string> CountsAsync() => (await QueryAsync("""
        { actors(first: 0) { totalCount } drafts(first: 0) { totalCount } alliances(first: 0) { totalCount } sources(first: 0) { totalCount }
          statements(first: 0) { totalCount } draft(id: "japan-sanctions-resolution") { positions { id } history { status } relations { kind } }
          p5: alliance(id: "permanent-five") { members { id } } peru: actor(id: "peru") { memberships { id } } }
        """, new { })).ToString();

    /// <summary>No fragment was ever run as SQL or Cypher: the seed's tables and rows are all still there.</summary>
    private async Task AssertSeedIntactAsync()
    {
        var data = await QueryAsync("""
            { japan: actor(id: "japan") { name } draft(id: "japan-sanctions-resolution") { positions(stance: BACKS, asOf: "2006-07-08") { id } }
              statements(first: 0) { totalCount } }
            """, new { });
        Assert.Equal("Japan", data.GetProperty("japan").Str("name"));
        Assert.True(data.GetProperty("statements").GetProperty("totalCount").GetInt32() > 0);
        Assert.NotEmpty(data.GetProperty("draft").GetProperty("positions").Items());
    }
}

/// <summary>A hostile string built from pieces, so that it shrinks without splitting a surrogate pair.</summary>
public sealed class HostileText(string[] pieces)
{
    public string[] Pieces { get; } = pieces;
    public string Value { get; } = string.Concat(pieces);

    public override string ToString() => Show(Value);

    /// <summary>A readable, escaped rendering (JSON string syntax, non-ASCII as \uXXXX), cut at 160 characters.</summary>
    public static string Show(string? text)
    {
        if (text is null) return "null";
        var cut = text.Length <= 160 ? text : text[..(char.IsHighSurrogate(text[159]) ? 159 : 160)];
        var shown = JsonSerializer.Serialize(cut);
        return cut.Length == text.Length ? shown : $"{shown}... ({text.Length} chars)";
    }

    private static readonly string[] Fragments =
    [
        "'", "\"", "\\", "\\\\", "`", "''", "\\'", "\\\"",
        "'); DROP TABLE actor;--", "\"; DROP TABLE statement; --", "' OR '1'='1", "1; SELECT * FROM node; --", "/* */", "-- ", ";",
        "}) DETACH DELETE n //", "MATCH (n) DETACH DELETE n", "' }) RETURN n //", "$id", "{id: 'x'}", "{{", "}}",
        "%", "_", "%_%", "\\%", "*", "NEAR(a b)", "\"a\" OR \"b\"", "a AND NOT b", "^", ":", "-", "(", ")",
        "<script>alert(1)</script>", "&amp;", "../../etc/passwd", "%00", "%s%n", "\\u0000", "null", "undefined", "NaN", "0", "-1",
        "\u0000", "\u0001", "\u001f", "\u007f", "\b", "\n", "\r\n", "\t", "\u000b", "\u000c", "\u0085", "\u00a0", "\u2028", "\u2029",
        "\u200b", "\u200d", "\ufeff", "\u202e", "\u200f", "\u061c", "\u2066", "مرحبا", "שלום", "e\u0301", "\u0301\u0302\u0303",
        "Z\u0351\u0352\u0353\u0354", "😀", "👩‍👩‍👧‍👦", "🇯🇵", "\U0001F4A9", "東京", "한국어", "Ω", "ß", "İ", "ﬀ", "\ufffd", "\uffff", "\ufffe",
        "\U0010FFFF", "\U000E0001",
    ];

    private static readonly string[] Words = ["japan", "Freedonia", "draft", "O'Brien", "naïve", "Ωmega", "DROP", "SELECT", "MATCH", "Peru", "sanctions"];

    private static readonly string[] Blanks = ["", " ", "   ", "\t", "\n", "\r\n", " \t\n ", "\u00a0", "\u2003\u3000", "\u2028\u2029", "\u0085"];

    /// <summary>Any Unicode scalar value (never a lone surrogate: JSON could not carry it), ASCII and controls more often.</summary>
    private static readonly Gen<string> Scalar = Gen.Frequency(
        (3, Gen.Choose(0x20, 0x7e)),
        (2, Gen.Choose(0x00, 0x1f)),
        (2, Gen.Choose(0x80, 0xd7ff)),
        (1, Gen.Choose(0xe000, 0xffff)),
        (2, Gen.Choose(0x10000, 0x10ffff))).Select(char.ConvertFromUtf32);

    private static readonly Gen<string> Piece = Gen.Frequency((5, Gen.Elements(Fragments)), (4, Scalar), (2, Gen.Elements(Words)));

    public static readonly Gen<HostileText> Short = Gen.Frequency(
        (10, Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Piece, n)).Select(p => new HostileText(p))),
        (2, Gen.Elements(Blanks).Select(b => new HostileText([b]))));

    /// <summary>About 10,000 characters: a hostile run repeated.</summary>
    public static readonly Gen<HostileText> Long = Gen.Choose(2, 6).SelectMany(n => Gen.ArrayOf(Piece, n)).Select(p =>
    {
        var unit = string.Concat(p);
        return new HostileText([string.Concat(Enumerable.Repeat(unit, 10_000 / Math.Max(1, unit.Length) + 1))]);
    });

    public static HostileText WithoutNul(HostileText text) => new(text.Pieces.Select(p => p.Replace('\0', '\u2400')).ToArray());

    public static IEnumerable<HostileText> Shrink(HostileText text)
    {
        if (text.Pieces.Length > 1)
        {
            yield return new HostileText(text.Pieces[..(text.Pieces.Length / 2)]);
            for (var i = 0; i < text.Pieces.Length; i++)
                yield return new HostileText([.. text.Pieces[..i], .. text.Pieces[(i + 1)..]]);
        }
        else if (text.Value.EnumerateRunes().Count() is var runes and > 1)
        {
            yield return new HostileText([string.Concat(text.Value.EnumerateRunes().Take(runes / 2).Select(r => r.ToString()))]);
        }
    }
}

/// <summary>Named hostile strings for one test case; optional ones may be absent (null). At most one is about 10,000 characters.</summary>
public sealed class HostileCase((string Name, bool Optional)[] fields, HostileText?[] values)
{
    private readonly (string Name, bool Optional)[] fields = fields;
    private readonly HostileText?[] values = values;

    public string? this[string name] => values[Array.FindIndex(fields, f => f.Name == name)]?.Value;

    public override string ToString() => string.Join(", ", fields.Select((f, i) => $"{f.Name}: {values[i]?.ToString() ?? "absent"}"));

    /// <param name="nul">Whether U+0000 may appear; if not, it is replaced by U+2400 SYMBOL FOR NULL.</param>
    public static Arbitrary<HostileCase> Arbitrary(bool nul, params (string Name, bool Optional)[] fields)
    {
        var text = nul ? HostileText.Short : HostileText.Short.Select(HostileText.WithoutNul);
        var each = fields.Select(f => f.Optional
            ? Gen.Frequency((1, Gen.Constant<HostileText?>(null)), (5, text.Select(t => (HostileText?)t)))
            : text.Select(t => (HostileText?)t));
        var gen =
            from values in Gen.CollectToArray(each)
            from longAt in Gen.Choose(-6 * fields.Length, fields.Length - 1) // about one case in seven has a long string
            from longText in nul ? HostileText.Long : HostileText.Long.Select(HostileText.WithoutNul)
            select new HostileCase(fields, longAt < 0 ? values : [.. values[..longAt], longText, .. values[(longAt + 1)..]]);
        return Arb.From(gen, c => c.Shrink());
    }

    private IEnumerable<HostileCase> Shrink()
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } value) continue;
            if (fields[i].Optional) yield return With(i, null);
            foreach (var smaller in HostileText.Shrink(value)) yield return With(i, smaller);
        }
    }

    private HostileCase With(int index, HostileText? value)
    {
        var copy = (HostileText?[])values.Clone();
        copy[index] = value;
        return new HostileCase(fields, copy);
    }
}
