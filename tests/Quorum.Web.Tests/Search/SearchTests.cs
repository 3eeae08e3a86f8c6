using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quorum.Actions;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Search;
using Quorum.Web.Features.Search;

namespace Quorum.Web.Tests.Search;

public sealed class SearchTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Body A's meeting 1 (held, minutes published by meeting 2) with the given items and minutes; meeting 2's minutes stay in draft.</summary>
    private async Task<(int Published, int Draft)> MeetingsAsync(Scenario s, (string Title, string Minute)[] published, (string Title, string Minute)[] draft, DateOnly? date = null)
    {
        return await app.WithDbAsync(async db =>
        {
            var body = await db.Bodies.SingleAsync(b => b.Id == s.BodyA.Id);
            var next = await db.NextMeetingNumberInSeriesAsync(body.Id);
            var first = new Meeting { Body = body, Number = next, Date = date ?? new DateOnly(2025, 3, 6) };
            foreach (var (title, minute) in published)
                first.AddAgendaItem(title).Minute = new Minute { Text = minute };
            first.MarkHeld();
            first.StartMinutes();
            var second = new Meeting { Body = body, Number = next + 1, Date = first.Date.AddDays(56) };
            foreach (var (title, minute) in draft)
                second.AddAgendaItem(title).Minute = new Minute { Text = minute };
            second.MarkHeld();
            second.StartMinutes();
            db.Meetings.AddRange(first, second);
            await db.SaveChangesAsync();
            first.ApproveMinutesAt(second);
            first.PublishMinutes();
            await db.SaveChangesAsync();
            return (first.Id, second.Id);
        });
    }

    private static async Task<SearchApi.ResultsDto> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/search?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SearchApi.ResultsDto>(JsonOptions))!;
    }

    [Fact]
    public async Task FindsMinutesItemsDecisionsActionsAndPeople_WithTheWordsMarked()
    {
        var s = await app.NewScenarioAsync();
        var word = $"heronry{s.Suffix}";
        var (meetingId, _) = await MeetingsAsync(s, [($"Wetland {word} survey", $"Members discussed the {word} at length.")], []);
        await app.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.Include(m => m.Body).Include(m => m.AgendaItems).SingleAsync(m => m.Id == meetingId);
            var owner = await db.People.SingleAsync(p => p.Id == s.MemberA.Id);
            await ActionRegister.RaiseAsync(db, meeting, meeting.AgendaItems[0], [owner], $"Map the {word} before spring", null);
            await DecisionRegister.RecordAsync(db, meeting, meeting.AgendaItems[0], $"It was agreed to protect the {word}.", null);
            owner.JobTitle = $"Warden of the {word}";
            await db.SaveChangesAsync();
        });

        var results = await SearchAsync(app.CreateClient(), $"q={word}");

        results.Items.Select(h => h.Kind).ShouldBe(["minute", "item", "decision", "action", "person"], ignoreOrder: true);
        results.Items.ShouldAllBe(h => h.Matches.Contains(word));
        results.Items.Single(h => h.Kind == "minute").Snippet.ShouldBe($"Members discussed the {word} at length.");
        results.Items.Single(h => h.Kind == "person").Url.ShouldBe($"/people/{s.MemberA.Id}");
        var page = await app.CreateClient().GetStringAsync($"/search?Q={word}");
        // The snippet reads as written: no space is added around a marked word.
        page.ShouldContain($"Members discussed the <mark>{word}</mark> at length.");
        page.ShouldContain($"href=\"/meetings/{meetingId}#item-1\"");
    }

    [Fact]
    public async Task AccentsCaseAndWordEndings_DoNotMatter()
    {
        var s = await app.NewScenarioAsync();
        await MeetingsAsync(s, [("Café consultations", $"The café consultations {s.Suffix} closed in May.")], []);

        var results = await SearchAsync(app.CreateClient(), $"q=CAFE+consultation+{s.Suffix}");

        results.Items.ShouldHaveSingleItem().Kind.ShouldBe("minute");
        results.Items[0].Matches.ShouldBe(["café", "consultations", s.Suffix]);
    }

    [Fact]
    public async Task AWordInTheTitle_RanksAboveAPassingMention()
    {
        var s = await app.NewScenarioAsync();
        var word = $"culvert{s.Suffix}";
        var filler = string.Join(' ', Enumerable.Repeat("The committee noted the highways report and the budget position.", 12));
        await MeetingsAsync(s,
        [
            ("Highways report", $"{filler} A {word} was mentioned once. {filler}"),
            ($"{word} replacement at Mill Lane", $"The {word} at Mill Lane has failed; the {word} will be replaced."),
        ], []);

        var results = await SearchAsync(app.CreateClient(), $"q={word}&kind=minute");

        results.Items.Count.ShouldBe(2);
        results.Items[0].Title.ShouldContain("Mill Lane");
    }

    [Fact]
    public async Task DraftMinutes_AreFoundByMembers_NotByVisitors()
    {
        var s = await app.NewScenarioAsync();
        var word = $"bollard{s.Suffix}";
        await MeetingsAsync(s, [("Public item", "Nothing to see.")], [("Draft item", $"The {word} budget is still being negotiated.")]);

        (await SearchAsync(app.CreateClient(), $"q={word}")).Items.ShouldBeEmpty();
        var visitorPage = await app.CreateClient().GetStringAsync($"/search?Q={word}");
        visitorPage.ShouldContain("Nothing was found");
        visitorPage.ShouldNotContain("negotiated");

        var member = await SearchAsync(app.ApiClient(s, Persona.MemberOfA), $"q={word}");
        member.Items.ShouldHaveSingleItem().Snippet.ShouldContain("negotiated");
        (await SearchAsync(app.ApiClient(s, Persona.MemberOfB), $"q={word}")).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheIndex_FollowsEditsAndDeletions()
    {
        var s = await app.NewScenarioAsync();
        var before = $"gritting{s.Suffix}";
        var after = $"snowplough{s.Suffix}";
        var (meetingId, draftId) = await MeetingsAsync(s, [("Winter service", $"The {before} routes were agreed.")], [("Later item", "Draft.")]);
        var client = app.CreateClient();
        (await SearchAsync(client, $"q={before}")).Items.ShouldHaveSingleItem();

        await app.WithDbAsync(async db =>
        {
            var minute = await db.Minutes.SingleAsync(n => n.AgendaItem!.MeetingId == meetingId);
            minute.Text = $"The {after} routes were agreed.";
            await db.SaveChangesAsync();
        });
        (await SearchAsync(client, $"q={before}")).Items.ShouldBeEmpty();
        (await SearchAsync(client, $"q={after}")).Items.ShouldHaveSingleItem().Snippet.ShouldContain(after);

        // Renaming the item changes the title its minute is found under; deleting it removes both.
        var member = app.ApiClient(s, Persona.MemberOfA);
        await app.WithDbAsync(async db =>
        {
            var item = await db.AgendaItems.SingleAsync(i => i.MeetingId == draftId);
            item.Title = $"Later {after} item";
            await db.SaveChangesAsync();
        });
        (await SearchAsync(member, $"q={after}&kind=minute")).Items.Select(h => h.Title).ShouldContain($"Minute 1: Later {after} item");
        await app.WithDbAsync(async db =>
        {
            var item = await db.AgendaItems.Include(i => i.Minute).SingleAsync(i => i.MeetingId == draftId);
            db.Minutes.Remove(item.Minute!);
            db.AgendaItems.Remove(item);
            await db.SaveChangesAsync();
        });
        (await SearchAsync(member, $"q=later+{after}")).Items.ShouldBeEmpty();
        (await app.WithDbAsync(db => db.SearchDocuments.CountAsync(d => d.Title.Contains("Later " + after)))).ShouldBe(0);
    }

    [Fact]
    public async Task Filters_ByKindBodyAndDates_AndPages()
    {
        var s = await app.NewScenarioAsync(bodyBIsPublic: true);
        var word = $"verge{s.Suffix}";
        await MeetingsAsync(s, [.. Enumerable.Range(1, 12).Select(i => ($"Item {i}", $"Minute {i} on the {word} cutting."))], [], new DateOnly(2024, 5, 2));
        await MeetingsAsync(s, [("Another", $"More on the {word}.")], [], new DateOnly(2025, 9, 4));
        var client = app.CreateClient();

        var first = await SearchAsync(client, $"q={word}&pageSize=10");
        first.Items.Count.ShouldBe(10);
        first.HasMore.ShouldBeTrue();
        var second = await SearchAsync(client, $"q={word}&pageSize=10&page=2");
        second.Items.Count.ShouldBe(3);
        second.HasMore.ShouldBeFalse();
        first.Items.Concat(second.Items).Select(h => h.Id).ShouldBeUnique();

        (await SearchAsync(client, $"q={word}&from=2025-01-01")).Items.ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2025, 9, 4));
        (await SearchAsync(client, $"q={word}&to=2024-12-31&kind=minute")).Items.Count.ShouldBe(12);
        (await SearchAsync(client, $"q={word}&kind=decision")).Items.ShouldBeEmpty();
        (await SearchAsync(client, $"q={word}&body={s.BodyB.ShortName}")).Items.ShouldBeEmpty();
        (await SearchAsync(client, $"q={word}&body={s.BodyA.ShortName}&pageSize=100")).Items.Count.ShouldBe(13);

        (await client.GetAsync($"/api/v1/search?q={word}&kind=rumour")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/v1/search")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await client.GetStringAsync($"/search?Q={word}&From.Day=31&From.Month=2&From.Year=2025");
        page.ShouldContain("February 2025 has 28 days");
        var listed = await client.GetStringAsync($"/search?Q={word}");
        System.Text.RegularExpressions.Regex.Count(listed, "class=\"quorum-results__item\"").ShouldBe(13);
        listed.ShouldNotContain("rel=\"next\"");
    }

    [Fact]
    public async Task Filters_CombineWithTheWords_AndWithEachOther_ToTheDay()
    {
        var s = await app.NewScenarioAsync(bodyBIsPublic: true);
        var word = $"culvert{s.Suffix}";
        await MeetingsAsync(s, [("Drainage", $"The {word} was cleared.")], [], new DateOnly(2019, 12, 31));
        await MeetingsAsync(s, [("Drainage", $"The {word} flooded again.")], [], new DateOnly(2020, 1, 1));
        await MeetingsAsync(s, [("Drainage", $"The {word} was rebuilt.")], [], new DateOnly(2021, 6, 15));
        var client = app.CreateClient();
        string Dates(SearchApi.ResultsDto r) => string.Join(",", r.Items.Select(h => $"{h.Kind}:{h.Date:yyyy-MM-dd}").Order());

        Dates(await SearchAsync(client, $"q={word}&body={s.BodyA.ShortName}")).ShouldBe("minute:2019-12-31,minute:2020-01-01,minute:2021-06-15");
        (await SearchAsync(client, $"q={word}&body={s.BodyB.ShortName}")).Items.ShouldBeEmpty();
        Dates(await SearchAsync(client, $"q={word}&kind=minute&from=2020-01-01")).ShouldBe("minute:2020-01-01,minute:2021-06-15");
        Dates(await SearchAsync(client, $"q={word}&from=2019-12-31&to=2019-12-31")).ShouldBe("minute:2019-12-31");
        Dates(await SearchAsync(client, $"q={word}&from=2020-01-01&to=2021-06-14")).ShouldBe("minute:2020-01-01");
        Dates(await SearchAsync(client, $"q=drainage&to=2021-06-15&kind=item&body={s.BodyA.ShortName}")).ShouldBe("item:2019-12-31,item:2020-01-01,item:2021-06-15");
        Dates(await SearchAsync(client, $"q=rebuilt+{word}&from=2021-01-01&kind=minute")).ShouldBe("minute:2021-06-15");
        (await SearchAsync(client, $"q={word}&from=2021-06-16")).Items.ShouldBeEmpty();

        // The last word as the start of a word, with filters.
        Dates(await SearchAsync(client, $"q={word}+drai&kind=minute&from=2020-01-01&to=2020-12-31")).ShouldBe("minute:2020-01-01");

        // The filters' own words are never found by searching for them.
        foreach (var facet in new[] { SearchFacets.Body(s.BodyA.Id), SearchFacets.Kind(SearchKinds.Minute), "y2020", "m202001" })
            (await SearchAsync(client, $"q={facet}&body={s.BodyA.ShortName}")).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task OnlyTheNewestMatches_AreRanked_TheBestOfThemFirst()
    {
        var s = await app.NewScenarioAsync();
        var word = $"hedgerow{s.Suffix}";
        var filler = string.Join(' ', Enumerable.Repeat("The committee noted the report.", 6));
        await MeetingsAsync(s, [($"The {word} at the old quarry", $"The {word} at the old quarry.")], [], new DateOnly(2020, 1, 9));
        await MeetingsAsync(s, [.. Enumerable.Range(1, SiteSearch.RankedMatches).Select(i => ($"Item {i}", $"{filler} A {word} was mentioned. {filler}"))], [], new DateOnly(2024, 1, 11));
        await MeetingsAsync(s, [($"The {word} on the green", $"The {word} on the green.")], [], new DateOnly(2024, 3, 7));
        var client = app.CreateClient();

        var first = await SearchAsync(client, $"q={word}&pageSize=5");
        first.Items.Take(2).ShouldAllBe(h => h.Title.Contains("on the green"));

        // The oldest match, though its title has the word, is older than the newest thousand: it is not ranked.
        var found = new List<SearchApi.HitDto>();
        for (var page = 1; ; page++)
        {
            var results = await SearchAsync(client, $"q={word}&pageSize=100&page={page}");
            found.AddRange(results.Items);
            if (!results.HasMore)
                break;
        }

        found.Count.ShouldBe(SiteSearch.RankedMatches);
        found.Select(h => (h.Kind, h.Id)).ShouldBeUnique();
        found.ShouldNotContain(h => h.Title.Contains("old quarry"));
        (await SearchAsync(client, $"q={word}&to=2023-12-31")).Items.Select(h => h.Title).ShouldBe([$"Item 1: The {word} at the old quarry", $"Minute 1: The {word} at the old quarry"], ignoreOrder: true);

        // Words only the oldest documents have together are found behind the thousand newer matches of one of them.
        (await SearchAsync(client, $"q=quarry+{word}")).Items.Select(h => h.Title).ShouldBe([$"Item 1: The {word} at the old quarry", $"Minute 1: The {word} at the old quarry"], ignoreOrder: true);
    }

    [Fact]
    public async Task TheLastWord_IsTakenWhole_UnlessNothingHasItWhole_ThenAsTheStartOfAWord()
    {
        var s = await app.NewScenarioAsync();
        var word = $"kestrel{s.Suffix}";
        await MeetingsAsync(s, [($"The {word} survey", $"The {word} survey was noted."), ($"The {word}wood survey", $"The {word}wood survey was noted.")], []);
        var client = app.CreateClient();

        var whole = await SearchAsync(client, $"q=survey+{word}");
        whole.Items.Count.ShouldBe(2);
        whole.Items.ShouldAllBe(h => !h.Title.Contains("wood"));
        var start = await SearchAsync(client, $"q=survey+{word}woo");
        start.Items.Count.ShouldBe(2);
        start.Items.ShouldAllBe(h => h.Title.Contains($"{word}wood"));

        // Taken as a start only from three letters: one or two would gather most of the archive.
        (await SearchAsync(client, $"q={word}+sur")).Items.Count.ShouldBe(2);
        (await SearchAsync(client, $"q={word}+su")).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheRanking_IsFts5sBm25_OnSqlite()
    {
        if (app.IsPostgres)
            return;
        var s = await app.NewScenarioAsync();
        var word = $"osprey{s.Suffix}";
        var other = $"eyrie{s.Suffix}";
        const string filler = "The committee noted the report.";
        static string Times(string text, int n) => string.Join(' ', Enumerable.Repeat(text, n));
        await MeetingsAsync(s,
        [
            .. Enumerable.Range(1, 40).Select(i => (
                $"Item {(i % 3 == 0 ? word : "")} {(i % 4 == 0 ? other : "")}",
                $"{Times(filler, i % 5)} {Times(word, 1 + (i % 4))} {Times(filler, i % 7)} {Times(other, i % 3)}")),
        ], []);

        await app.WithDbAsync(async db =>
        {
            // FTS5's own bm25 over an index of the text alone: the facets the search index also holds weigh nothing.
            await db.Database.ExecuteSqlRawAsync("""
                CREATE VIRTUAL TABLE IF NOT EXISTS "TextOnlyIndex" USING fts5("Title", "Text", content='SearchDocuments', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
                INSERT INTO "TextOnlyIndex"("TextOnlyIndex") VALUES ('rebuild');
                """);
            foreach (var (query, match) in new[] { (word, $"\"{word}\""), ($"{word} {other}", $"\"{word}\" \"{other}\"") })
            {
                var ranked = await SiteSearch.CandidatesAsync(db, new SearchRequest(query));
                var bodyRanked = await SiteSearch.CandidatesAsync(db, new SearchRequest(query, BodyId: s.BodyA.Id, Kind: SearchKinds.Minute, From: new DateOnly(2020, 1, 1)));
                var connection = db.Database.GetDbConnection();
                await db.Database.OpenConnectionAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT d."Kind", d."RecordId" FROM "TextOnlyIndex" s JOIN "SearchDocuments" d ON d."Id" = s.rowid
                    WHERE "TextOnlyIndex" MATCH $match ORDER BY bm25("TextOnlyIndex", 4.0, 1.0), d."Id" DESC
                    """;
                var parameter = command.CreateParameter();
                parameter.ParameterName = "$match";
                parameter.Value = match;
                command.Parameters.Add(parameter);
                var expected = new List<(string, int)>();
                await using (var reader = await command.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                        expected.Add((reader.GetString(0), reader.GetInt32(1)));
                }

                await db.Database.CloseConnectionAsync();
                expected.Count.ShouldBeGreaterThan(10);
                ranked.ShouldBe(expected);
                bodyRanked.ShouldBe([.. expected.Where(e => e.Item1 == SearchKinds.Minute)]);
            }

            await db.Database.ExecuteSqlRawAsync("""DROP TABLE "TextOnlyIndex";""");
        });
    }
}
