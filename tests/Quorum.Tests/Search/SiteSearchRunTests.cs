using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Meetings;
using Quorum.Search;

namespace Quorum.Tests.Search;

/// <summary>Searches of a small archive: the words, the ranking, the filters and the pages.</summary>
public sealed class SiteSearchRunTests : IDisposable
{
    private readonly SearchableQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    private async Task<Body> BodyAsync(string shortName, bool isPublic = true)
    {
        await using var db = quorum.Open(Viewer.System);
        var body = new Body { Name = $"{shortName} Committee", ShortName = shortName, IsPublic = isPublic };
        db.Bodies.Add(body);
        await db.SaveChangesAsync();
        return body;
    }

    /// <summary>A meeting of the body, held, its minutes published, with an item and a minute for each pair.</summary>
    private async Task<Meeting> MeetingAsync(Body body, DateOnly date, params (string Title, string Minute)[] items)
    {
        await using var db = quorum.Open(Viewer.System);
        var number = await db.NextMeetingNumberInSeriesAsync(body.Id);
        var meeting = new Meeting { BodyId = body.Id, Number = number, Date = date };
        foreach (var (title, minute) in items)
            meeting.AddAgendaItem(title).Minute = new Minute { Text = minute };
        meeting.MarkHeld();
        meeting.StartMinutes();
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        db.Entry(meeting).Property(m => m.MinutesState).CurrentValue = MinutesState.Published;
        await db.SaveChangesAsync();
        return meeting;
    }

    private async Task<SearchPage> SearchAsync(SearchRequest request, Viewer? viewer = null)
    {
        await using var db = quorum.Open(viewer ?? Viewer.Anonymous);
        return await SiteSearch.RunAsync(db, request);
    }

    private async Task<List<string>> TitlesAsync(SearchRequest request, Viewer? viewer = null) =>
        [.. (await SearchAsync(request, viewer)).Hits.Select(h => h.Title)];

    private async Task<List<string>> DatedAsync(SearchRequest request) =>
        [.. (await SearchAsync(request with { PageSize = SiteSearch.MaxPageSize })).Hits.Select(h => $"{h.Kind}:{h.Date:yyyy-MM-dd}").Order(StringComparer.Ordinal)];

    [Fact]
    public async Task AccentsCaseAndWordEndings_DoNotMatter()
    {
        var body = await BodyAsync("CC");
        await MeetingAsync(body, new DateOnly(2025, 3, 6), ("Café consultations", "The café consultations closed in May."));

        var hits = (await SearchAsync(new SearchRequest("CAFE consultation", Kind: SearchKinds.Minute))).Hits;

        var hit = hits.ShouldHaveSingleItem();
        hit.Title.ShouldBe("Minute 1: Café consultations");
        hit.Snippet.ShouldBe([new("The ", false), new("café", true), new(" ", false), new("consultations", true), new(" closed in May.", false)]);
        (await TitlesAsync(new SearchRequest("cafés"))).ShouldBe(["Item 1: Café consultations", "Minute 1: Café consultations"], ignoreOrder: true);
    }

    [Fact]
    public async Task EveryWord_MustBeFound()
    {
        var body = await BodyAsync("CC");
        await MeetingAsync(body, new DateOnly(2025, 3, 6), ("Roads", "The gritting routes were agreed."), ("Parks", "The gritting budget was noted."));

        (await TitlesAsync(new SearchRequest("gritting routes"))).ShouldBe(["Minute 1: Roads"]);
        (await TitlesAsync(new SearchRequest("gritting"))).Count.ShouldBe(2);
        (await TitlesAsync(new SearchRequest("gritting snowplough"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task AWordInTheTitle_RanksAboveAPassingMention()
    {
        var body = await BodyAsync("CC");
        var filler = string.Join(' ', Enumerable.Repeat("The committee noted the highways report and the budget position.", 12));
        await MeetingAsync(body, new DateOnly(2025, 3, 6),
            ("Highways report", $"{filler} A culvert was mentioned once. {filler}"),
            ("Culvert replacement at Mill Lane", "The culvert at Mill Lane has failed; the culvert will be replaced."));

        (await TitlesAsync(new SearchRequest("culvert", Kind: SearchKinds.Minute)))
            .ShouldBe(["Minute 2: Culvert replacement at Mill Lane", "Minute 1: Highways report"]);
    }

    [Fact]
    public async Task ATitleWeighsMoreThanTheText_AndEqualDocumentsGoNewestFirst()
    {
        var body = await BodyAsync("CC");
        await MeetingAsync(body, new DateOnly(2025, 3, 6), ("Heron survey", "Noted."), ("Noted", "Heron survey."), ("Later", "Heron survey."));

        // The second and third minutes weigh the same: the newer comes first.
        (await TitlesAsync(new SearchRequest("heron", Kind: SearchKinds.Minute))).ShouldBe(["Minute 1: Heron survey", "Minute 3: Later", "Minute 2: Noted"]);
    }

    [Fact]
    public async Task TheRanking_IsFts5sBm25()
    {
        var body = await BodyAsync("CC");
        const string word = "osprey";
        const string other = "eyrie";
        const string filler = "The committee noted the report.";
        static string Times(string text, int n) => string.Join(' ', Enumerable.Repeat(text, n));
        await MeetingAsync(body, new DateOnly(2025, 3, 6),
        [
            .. Enumerable.Range(1, 40).Select(i => (
                $"Item {(i % 3 == 0 ? word : "")} {(i % 4 == 0 ? other : "")}",
                $"{Times(filler, i % 5)} {Times(word, 1 + (i % 4))} {Times(filler, i % 7)} {Times(other, i % 3)}")),
        ]);
        await MeetingAsync(body, new DateOnly(2025, 4, 6), ("Unrelated", "Nothing of either."), ("Also unrelated", "Nothing at all."));

        await using var db = quorum.Open(Viewer.System);

        // FTS5's own bm25 over an index of the text alone: the facets the search index also holds weigh nothing.
        await db.Database.ExecuteSqlRawAsync("""
            CREATE VIRTUAL TABLE "TextOnlyIndex" USING fts5("Title", "Text", content='SearchDocuments', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
            INSERT INTO "TextOnlyIndex"("TextOnlyIndex") VALUES ('rebuild');
            """);
        // The last query's last word is whole in no document, so it is searched for as a word's start, and weighed as one.
        (string Query, string Match)[] queries =
        [
            (word, $"\"{word}\""), ($"{word} {other}", $"\"{word}\" \"{other}\""), ($"{other} {word}", $"\"{other}\" \"{word}\""), ($"{other} {word[..3]}", $"\"{other}\" \"{word[..3]}\"*"),
        ];
        foreach (var (query, match) in queries)
        {
            var expected = new List<(string Kind, int Id)>();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = """
                    SELECT d."Kind", d."RecordId" FROM "TextOnlyIndex" s JOIN "SearchDocuments" d ON d."Id" = s.rowid
                    WHERE "TextOnlyIndex" MATCH $match ORDER BY bm25("TextOnlyIndex", 4.0, 1.0), d."Id" DESC
                    """;
                var parameter = command.CreateParameter();
                parameter.ParameterName = "$match";
                parameter.Value = match;
                command.Parameters.Add(parameter);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    expected.Add((reader.GetString(0), reader.GetInt32(1)));
            }

            await db.Database.CloseConnectionAsync();
            expected.Count.ShouldBeGreaterThan(10);

            (await SiteSearch.CandidatesAsync(db, new SearchRequest(query))).ShouldBe(expected);
            (await SiteSearch.CandidatesAsync(db, new SearchRequest(query, BodyId: body.Id, Kind: SearchKinds.Minute, From: new DateOnly(2020, 1, 1))))
                .ShouldBe([.. expected.Where(e => e.Kind == SearchKinds.Minute)]);
        }
    }

    [Fact]
    public async Task ALastWordFoundWhole_IsWeighedByTheDocumentsHoldingIt_NotByThoseOfLongerWordsItBegins()
    {
        var body = await BodyAsync("CC");
        await MeetingAsync(body, new DateOnly(2025, 3, 6),
        [
            ("Item", "Heron heron pond."), ("Item", "Heron pond pond."),
            .. Enumerable.Range(1, 6).Select(i => ("Item", "A heron was seen.")),
            .. Enumerable.Range(1, 20).Select(i => ("Item", "The pondweed was cut.")),
        ]);

        // "pond" is in two documents and "heron" in eight, so "pond" weighs more; counted as a word's
        // start, "pond" would take in the twenty of "pondweed" and weigh less than "heron".
        (await TitlesAsync(new SearchRequest("heron pond", Kind: SearchKinds.Minute))).ShouldBe(["Minute 2: Item", "Minute 1: Item"]);
    }

    [Fact]
    public async Task AWordsDocumentCount_IsKeptForAWhile_NotCountedOnEverySearch()
    {
        var body = await BodyAsync("CC");
        await MeetingAsync(body, new DateOnly(2025, 3, 6), ("Fish pass", "A zander was seen."));
        await using var db = quorum.Open(Viewer.System);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        const string phrase = "{\"Title\" \"Text\"}: \"zander\"";

        (await DocumentFrequencies.CountAsync(connection, null, phrase, CancellationToken.None)).ShouldBe(1);
        await MeetingAsync(body, new DateOnly(2025, 4, 3), ("Fish pass", "Two zander were seen."));

        // The count only weighs words against each other: a few new documents hardly move it.
        (await DocumentFrequencies.CountAsync(connection, null, phrase, CancellationToken.None)).ShouldBe(1);
        (await SiteSearch.CandidatesAsync(db, new SearchRequest("zander"))).Count.ShouldBe(2);
    }

    [Fact]
    public async Task TheLastWord_IsTakenWhole_UnlessNothingHasItWhole_ThenAsTheStartOfAWord()
    {
        var body = await BodyAsync("CC");
        await MeetingAsync(body, new DateOnly(2025, 3, 6), ("The kestrel survey", "The kestrel survey was noted."), ("The kestrelwood survey", "The kestrelwood survey was noted."));

        (await TitlesAsync(new SearchRequest("survey kestrel"))).ShouldBe(["Item 1: The kestrel survey", "Minute 1: The kestrel survey"], ignoreOrder: true);
        (await TitlesAsync(new SearchRequest("survey kestrelwoo"))).ShouldBe(["Item 2: The kestrelwood survey", "Minute 2: The kestrelwood survey"], ignoreOrder: true);

        // Taken as a start only from three letters: one or two would gather most of the archive.
        SiteSearch.ShortestStart.ShouldBe(3);
        (await TitlesAsync(new SearchRequest("kestrel sur"))).Count.ShouldBe(2);
        (await TitlesAsync(new SearchRequest("kestrel su"))).ShouldBeEmpty();
        (await TitlesAsync(new SearchRequest("kes"))).Count.ShouldBe(4);
        (await TitlesAsync(new SearchRequest("ke"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Filters_ByKindBodyAndDates_ToTheDay()
    {
        var council = await BodyAsync("CC");
        var panel = await BodyAsync("AP");
        await MeetingAsync(council, new DateOnly(2019, 12, 31), ("Drainage", "The culvert was cleared."));
        await MeetingAsync(council, new DateOnly(2020, 1, 1), ("Drainage", "The culvert flooded again."));
        await MeetingAsync(council, new DateOnly(2021, 6, 15), ("Drainage", "The culvert was rebuilt."));
        await MeetingAsync(panel, new DateOnly(2020, 6, 1), ("Audit", "The culvert audit."));

        (await DatedAsync(new SearchRequest("culvert"))).ShouldBe(["minute:2019-12-31", "minute:2020-01-01", "minute:2020-06-01", "minute:2021-06-15"]);
        (await DatedAsync(new SearchRequest("culvert", BodyId: council.Id))).ShouldBe(["minute:2019-12-31", "minute:2020-01-01", "minute:2021-06-15"]);
        (await DatedAsync(new SearchRequest("culvert", BodyId: panel.Id))).ShouldBe(["minute:2020-06-01"]);
        (await DatedAsync(new SearchRequest("culvert", BodyId: panel.Id + 100))).ShouldBeEmpty();
        (await DatedAsync(new SearchRequest("culvert", Kind: SearchKinds.Minute, From: new DateOnly(2020, 1, 1)))).ShouldBe(["minute:2020-01-01", "minute:2020-06-01", "minute:2021-06-15"]);
        (await DatedAsync(new SearchRequest("culvert", From: new DateOnly(2019, 12, 31), To: new DateOnly(2019, 12, 31)))).ShouldBe(["minute:2019-12-31"]);
        (await DatedAsync(new SearchRequest("culvert", To: new DateOnly(2020, 1, 1)))).ShouldBe(["minute:2019-12-31", "minute:2020-01-01"]);
        (await DatedAsync(new SearchRequest("culvert", From: new DateOnly(2020, 1, 2), To: new DateOnly(2021, 6, 14)))).ShouldBe(["minute:2020-06-01"]);
        (await DatedAsync(new SearchRequest("culvert", From: new DateOnly(2021, 6, 16)))).ShouldBeEmpty();
        (await DatedAsync(new SearchRequest("culvert", From: new DateOnly(2021, 1, 1), To: new DateOnly(2020, 1, 1)))).ShouldBeEmpty();
        (await DatedAsync(new SearchRequest("drainage", Kind: SearchKinds.AgendaItem, BodyId: council.Id, To: new DateOnly(2021, 6, 15))))
            .ShouldBe(["item:2019-12-31", "item:2020-01-01", "item:2021-06-15"]);
        (await DatedAsync(new SearchRequest("culvert", Kind: SearchKinds.Decision))).ShouldBeEmpty();

        // With filters, the last word as the start of a word.
        (await DatedAsync(new SearchRequest("culvert drai", Kind: SearchKinds.Minute, From: new DateOnly(2020, 1, 1), To: new DateOnly(2020, 12, 31)))).ShouldBe(["minute:2020-01-01"]);

        // The filters' own words are never found by searching for them.
        foreach (var facet in new[] { SearchFacets.Body(council.Id), SearchFacets.Kind(SearchKinds.Minute), "y2020", "m202001", "e202", "c20" })
            (await DatedAsync(new SearchRequest(facet, BodyId: council.Id))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Pages_AreCutFromTheVisibleResults_WithNoTotal()
    {
        var body = await BodyAsync("CC");
        await MeetingAsync(body, new DateOnly(2024, 5, 2), [.. Enumerable.Range(1, 12).Select(i => ($"Item {i}", $"Minute {i} on the verge cutting."))]);
        var request = new SearchRequest("verge", Kind: SearchKinds.Minute, PageSize: 5);

        var first = await SearchAsync(request);
        var second = await SearchAsync(request with { Page = 2 });
        var third = await SearchAsync(request with { Page = 3 });
        var fourth = await SearchAsync(request with { Page = 4 });

        (first.Hits.Count, first.Page, first.PageSize, first.HasMore).ShouldBe((5, 1, 5, true));
        (second.Hits.Count, second.Page, second.HasMore).ShouldBe((5, 2, true));
        (third.Hits.Count, third.Page, third.HasMore).ShouldBe((2, 3, false));
        (fourth.Hits.Count, fourth.HasMore).ShouldBe((0, false));
        first.Hits.Concat(second.Hits).Concat(third.Hits).Select(h => h.Id).ShouldBeUnique();
        first.Hits.Concat(second.Hits).Concat(third.Hits).Count().ShouldBe(12);
        (await SearchAsync(request with { PageSize = 12 })).HasMore.ShouldBeFalse();
        (await SearchAsync(request with { PageSize = 11 })).HasMore.ShouldBeTrue();
    }

    [Fact]
    public async Task APagesSizeAndNumber_AreKeptWithinBounds()
    {
        var body = await BodyAsync("CC");
        await MeetingAsync(body, new DateOnly(2024, 5, 2), [.. Enumerable.Range(1, 120).Select(i => ($"Item {i}", $"Minute {i} on the verge cutting."))]);

        var none = await SearchAsync(new SearchRequest("verge", PageSize: 0, Page: 0));
        (none.Hits.Count, none.Page, none.PageSize, none.HasMore).ShouldBe((1, 1, 1, true));
        var many = await SearchAsync(new SearchRequest("verge", PageSize: 1000, Page: -3));
        (many.Hits.Count, many.Page, many.PageSize, many.HasMore).ShouldBe((100, 1, SiteSearch.MaxPageSize, true));
        SiteSearch.MaxPageSize.ShouldBe(100);
        var last = await SearchAsync(new SearchRequest("verge", PageSize: 100, Page: 2));
        (last.Hits.Count, last.Page, last.HasMore).ShouldBe((20, 2, false));
    }

    [Fact]
    public async Task AQueryWithNoWords_FindsNothing_OnThePageAsked()
    {
        var body = await BodyAsync("CC");
        await MeetingAsync(body, new DateOnly(2024, 5, 2), ("Verge", "Verge cutting."));

        var page = await SearchAsync(new SearchRequest("*** -", Page: 3, PageSize: 7));
        (page.Hits.Count, page.Page, page.PageSize, page.HasMore).ShouldBe((0, 3, 7, false));
        page = await SearchAsync(new SearchRequest("", Page: 0, PageSize: 500));
        (page.Hits.Count, page.Page, page.PageSize, page.HasMore).ShouldBe((0, 1, 100, false));
        await using var db = quorum.Open(Viewer.System);
        (await SiteSearch.CandidatesAsync(db, new SearchRequest("  "))).ShouldBeEmpty();
    }

    [Fact]
    public async Task ASearchInsideAnOpenTransaction_FindsWhatTheTransactionSaved()
    {
        var body = await BodyAsync("CC");
        await using var db = quorum.Open(Viewer.System);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var meeting = new Meeting { BodyId = body.Id, Number = 1, Date = new DateOnly(2025, 3, 6) };
        meeting.AddAgendaItem("Reedbed").Minute = new Minute { Text = "The bittern survey was noted." };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();

        // Two words: each word's document count is read in the transaction too.
        (await SiteSearch.RunAsync(db, new SearchRequest("bittern survey"))).Hits.Select(h => h.Title).ShouldBe(["Minute 1: Reedbed"]);

        await transaction.RollbackAsync();
        (await SiteSearch.RunAsync(db, new SearchRequest("bittern survey"))).Hits.ShouldBeEmpty();
    }

    [Fact]
    public async Task VisibleMatches_AreFound_BehindManyTheViewerMayNotSee()
    {
        var open = await BodyAsync("CC");
        var closed = await BodyAsync("AP", isPublic: false);

        // The same words in every document: the private body's newer ones rank first.
        await MeetingAsync(open, new DateOnly(2024, 5, 2), [.. Enumerable.Range(1, 3).Select(i => ("Grebe", "Grebe."))]);
        await MeetingAsync(closed, new DateOnly(2024, 5, 3), [.. Enumerable.Range(1, 120).Select(i => ("Grebe", "Grebe."))]);

        var page = await SearchAsync(new SearchRequest("grebe", Kind: SearchKinds.Minute, PageSize: 2));
        page.Hits.Select(h => h.BodyName).ShouldBe(["CC Committee", "CC Committee"]);
        page.HasMore.ShouldBeTrue();
        var next = await SearchAsync(new SearchRequest("grebe", Kind: SearchKinds.Minute, PageSize: 2, Page: 2));
        next.Hits.Count.ShouldBe(1);
        next.HasMore.ShouldBeFalse();
        var member = await SearchAsync(new SearchRequest("grebe", Kind: SearchKinds.Minute, PageSize: 100), new Viewer { UserId = "bea", MemberOf = [closed.Id] });
        member.Hits.Count.ShouldBe(100);
        member.Hits.ShouldAllBe(h => h.BodyName == "AP Committee");
    }

    [Fact]
    public async Task APageHasMore_WhenTheNextVisibleMatchIsBeyondTheFirstRecordsRead()
    {
        var open = await BodyAsync("CC");
        var closed = await BodyAsync("AP", isPublic: false);

        // Newest first: two the visitor may see, then 48 hidden, so the first 50 read fill the page exactly; the oldest is the one more.
        await MeetingAsync(open, new DateOnly(2024, 5, 1), ("Grebe", "Grebe."));
        await MeetingAsync(closed, new DateOnly(2024, 5, 2), [.. Enumerable.Range(1, 48).Select(i => ("Grebe", "Grebe."))]);
        await MeetingAsync(open, new DateOnly(2024, 5, 3), ("Grebe", "Grebe."), ("Grebe", "Grebe."));

        var page = await SearchAsync(new SearchRequest("grebe", Kind: SearchKinds.Minute, PageSize: 2));
        page.Hits.Select(h => h.Date).ShouldBe([new DateOnly(2024, 5, 3), new DateOnly(2024, 5, 3)]);
        page.HasMore.ShouldBeTrue();
    }

    [Fact]
    public async Task ASearch_ClosesTheConnectionItOpened()
    {
        var body = await BodyAsync("CC");
        await MeetingAsync(body, new DateOnly(2025, 3, 6), ("Otter holt", "Otters were seen."));
        await using var db = quorum.OpenOnDemand(Viewer.Anonymous);

        (await SiteSearch.RunAsync(db, new SearchRequest("otter holt"))).Hits.Count.ShouldBe(2);
        db.Database.GetDbConnection().State.ShouldBe(ConnectionState.Closed);
    }
}
