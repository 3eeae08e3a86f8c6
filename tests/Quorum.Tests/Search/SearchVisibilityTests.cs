using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.People;
using Quorum.Search;

namespace Quorum.Tests.Search;

/// <summary>
/// A council whose committee is public and whose panel sits in private, every record holding the
/// word "kingfisher", one record per case the visibility rule tells apart. Each record is known by
/// a name, so that each viewer's search names exactly what the rule lets through.
/// </summary>
public sealed class SearchVisibilityFixture : IDisposable
{
    public const string Word = "kingfisher";

    /// <summary>A word found only in what the public may not read, each in a record of its own kind.</summary>
    public const string Secret = "moorhen";

    private readonly SearchableQuorum quorum = new();
    private readonly Dictionary<(string Kind, int Id), string> names = [];

    public int Council { get; }

    public int Panel { get; }

    public int Ada { get; }

    public int Bea { get; }

    public int Cy { get; }

    /// <summary>Every record, by name: what the administrator finds.</summary>
    public IReadOnlyCollection<string> All => [.. names.Values.Order(StringComparer.Ordinal)];

    public SearchVisibilityFixture()
    {
        using var db = quorum.Open(Viewer.System);
        var council = new Body { Name = "Council Committee", ShortName = "CC" };
        var panel = new Body { Name = "Audit Panel", ShortName = "AP", IsPublic = false };
        var ada = new Person { FullName = "Ada Member" };
        var bea = new Person { FullName = "Bea Member" };
        var cy = new Person { FullName = "Cy Named", JobTitle = $"Warden of the {Word}" };
        db.AddRange(council, panel, ada, bea, cy);

        var published = Meeting(db, council, 1, new DateOnly(2026, 3, 5));
        var publishedOpen = Item(published, $"Open {Word} item", $"The {Word} nest was noted.", exempt: false);
        var publishedExempt = Item(published, $"Exempt {Word} item", $"The {Word} land price of {Secret} was agreed.", exempt: true);
        var draft = Meeting(db, council, 2, new DateOnly(2026, 4, 2));
        var draftOpen = Item(draft, $"Draft {Word} item", $"The {Word} {Secret} survey is still being negotiated.", exempt: false);
        var panelMeeting = Meeting(db, panel, 1, new DateOnly(2026, 3, 10));
        var panelItem = Item(panelMeeting, $"Panel {Word} item", $"The panel's {Word} {Secret} audit.", exempt: false);
        db.SaveChanges();

        Name(SearchKinds.AgendaItem, publishedOpen.Id, "item: published, open");
        Name(SearchKinds.Minute, publishedOpen.Minute!.Id, "minute: published, open");
        Name(SearchKinds.AgendaItem, publishedExempt.Id, "item: published, exempt");
        Name(SearchKinds.Minute, publishedExempt.Minute!.Id, "minute: published, exempt");
        Name(SearchKinds.AgendaItem, draftOpen.Id, "item: draft, open");
        Name(SearchKinds.Minute, draftOpen.Minute!.Id, "minute: draft, open");
        Name(SearchKinds.AgendaItem, panelItem.Id, "item: private body");
        Name(SearchKinds.Minute, panelItem.Minute!.Id, "minute: private body");
        Name(SearchKinds.Person, cy.Id, "person");

        var decisions = new (Meeting, AgendaItem?, string, string)[]
        {
            (published, publishedOpen, $"The {Word} nest is protected.", "decision: published, open item"),
            (published, publishedExempt, $"The {Word} land is sold for {Secret}.", "decision: published, exempt item"),
            (published, null, $"The {Word} report is noted.", "decision: published, no item"),
            (draft, draftOpen, $"The {Word} {Secret} survey goes ahead.", "decision: draft"),
            (panelMeeting, panelItem, $"The {Word} {Secret} audit is accepted.", "decision: private body"),
        };
        var recorded = decisions.Select(d => (DecisionRegister.RecordAsync(db, d.Item1, d.Item2, d.Item3, null).GetAwaiter().GetResult(), d.Item4)).ToList();

        var actions = new (Meeting, AgendaItem?, string, string)[]
        {
            (published, publishedOpen, $"Count the {Word} chicks.", "action: published, open item"),
            (published, publishedExempt, $"Sell the {Word} land for {Secret}.", "action: published, exempt item"),
            (draft, draftOpen, $"Commission the {Word} {Secret} survey.", "action: draft"),
            (panelMeeting, panelItem, $"Answer the {Word} {Secret} audit.", "action: private body"),
        };
        var raised = actions.Select(a => (ActionRegister.RaiseAsync(db, a.Item1, a.Item2, [ada], a.Item3, null).GetAwaiter().GetResult(), a.Item4)).ToList();
        db.SaveChanges();
        foreach (var (decision, name) in recorded)
            Name(SearchKinds.Decision, decision.Id, name);
        foreach (var (action, name) in raised)
            Name(SearchKinds.Action, action.Id, name);

        var papers = new (Body, Meeting?, AgendaItem?, Circulation, Body[], Person[], string)[]
        {
            (council, published, publishedOpen, Circulation.Public, [], [], "paper: public, open item"),
            (council, published, publishedExempt, Circulation.Public, [], [], "paper: public, exempt item"),
            (council, draft, null, Circulation.Public, [], [], "paper: public, draft meeting"),
            (council, null, null, Circulation.MembersOfBodies, [panel], [], "paper: for the panel's members"),
            (council, null, null, Circulation.NamedPeople, [], [cy], "paper: for Cy"),
            (panel, panelMeeting, panelItem, Circulation.Public, [], [], "paper: public, private body"),
            (panel, null, null, Circulation.NamedPeople, [], [cy], "paper: private body, for Cy"),
        };
        foreach (var (body, meeting, item, circulation, bodies, people, name) in papers)
        {
            var paper = new Paper { BodyId = body.Id, MeetingId = meeting?.Id, AgendaItemId = item?.Id, Title = $"The {Word} paper", Text = $"About the {Word} ({name})." };
            paper.Classify(ProtectiveMarking.Official, null, circulation, bodies, people);
            db.Papers.Add(paper);
            db.SaveChanges();
            Name(SearchKinds.Paper, paper.Id, name);
        }

        db.SaveChanges();

        // Published minutes are frozen to the model's own methods: set as the meetings stand after approval.
        db.Entry(published).Property(m => m.MinutesState).CurrentValue = MinutesState.Published;
        db.Entry(panelMeeting).Property(m => m.MinutesState).CurrentValue = MinutesState.Published;
        db.SaveChanges();

        Council = council.Id;
        Panel = panel.Id;
        Ada = ada.Id;
        Bea = bea.Id;
        Cy = cy.Id;
    }

    public QuorumDb Open(Viewer viewer) => quorum.Open(viewer);

    /// <summary>The names of the records a search finds for the viewer, in the order found.</summary>
    public List<string> Found(Viewer viewer, SearchRequest request) =>
        [.. Run(viewer, request).Hits.Select(h => names[(h.Kind, h.Id)])];

    public SearchPage Run(Viewer viewer, SearchRequest request)
    {
        using var db = quorum.Open(viewer);
        return SiteSearch.RunAsync(db, request).GetAwaiter().GetResult();
    }

    public string NameOf(SearchHit hit) => names[(hit.Kind, hit.Id)];

    public void Dispose() => quorum.Dispose();

    private void Name(string kind, int id, string name) => names.Add((kind, id), name);


    private static Meeting Meeting(QuorumDb db, Body body, int number, DateOnly date)
    {
        var meeting = new Meeting { Body = body, Number = number, Date = date };
        meeting.MarkHeld();
        meeting.StartMinutes();
        db.Meetings.Add(meeting);
        return meeting;
    }

    private static AgendaItem Item(Meeting meeting, string title, string minute, bool exempt)
    {
        var item = meeting.AddAgendaItem(title);
        item.Minute = new Minute { Text = minute };
        if (exempt)
            item.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" });
        return item;
    }
}

public class SearchVisibilityTests(SearchVisibilityFixture data) : IClassFixture<SearchVisibilityFixture>
{
    private const string Word = SearchVisibilityFixture.Word;
    private const string Secret = SearchVisibilityFixture.Secret;

    /// <summary>What anyone may read: the public body's agenda, its published minutes outside the exempt item, its public papers, and people.</summary>
    private static readonly string[] Public =
    [
        "action: published, open item",
        "decision: published, no item",
        "decision: published, open item",
        "item: draft, open",
        "item: published, open",
        "minute: published, open",
        "paper: public, draft meeting",
        "paper: public, open item",
        "person",
    ];

    /// <summary>What the council's members add: the exempt item and what was recorded under it, and the draft minutes.</summary>
    private static readonly string[] CouncilWithheld =
    [
        "action: draft",
        "action: published, exempt item",
        "decision: draft",
        "decision: published, exempt item",
        "item: published, exempt",
        "minute: draft, open",
        "minute: published, exempt",
        "paper: public, exempt item",
    ];

    /// <summary>What the private panel's members add: the panel's own records, and the paper circulated to them.</summary>
    private static readonly string[] PanelOnly =
    [
        "action: private body",
        "decision: private body",
        "item: private body",
        "minute: private body",
        "paper: for the panel's members",
        "paper: public, private body",
    ];

    private Viewer CouncilMember => new() { UserId = "ada", PersonId = data.Ada, MemberOf = [data.Council] };

    private Viewer CouncilClerk => new() { UserId = "clerk", ClerkOf = [data.Council] };

    private Viewer PanelMember => new() { UserId = "bea", PersonId = data.Bea, MemberOf = [data.Panel] };

    private Viewer NamedReader => new() { UserId = "cy", PersonId = data.Cy };

    private static Viewer SignedInWithoutSeats => new() { UserId = "dan", Name = "dan@example.org" };

    private static Viewer Administrator => new() { UserId = "admin", IsAdministrator = true };

    private List<string> Found(Viewer viewer, string text = Word) =>
        [.. data.Found(viewer, new SearchRequest(text, PageSize: SiteSearch.MaxPageSize)).Order(StringComparer.Ordinal)];

    [Fact]
    public void AnAnonymousVisitor_FindsOnlyWhatThePublicMayRead() =>
        Found(Viewer.Anonymous).ShouldBe(Public);

    [Fact]
    public void ASignedInUserWithNoSeat_FindsNoMoreThanAVisitor() =>
        Found(SignedInWithoutSeats).ShouldBe(Public);

    [Fact]
    public void AMember_FindsTheirBodysExemptAndDraftRecords_ButNotAnotherBodys() =>
        Found(CouncilMember).ShouldBe(Public.Concat(CouncilWithheld).Order(StringComparer.Ordinal));

    [Fact]
    public void AClerk_AlsoFindsTheirBodysPapersCirculatedToOthers() =>
        Found(CouncilClerk).ShouldBe(Public.Concat(CouncilWithheld).Append("paper: for Cy").Append("paper: for the panel's members").Order(StringComparer.Ordinal));

    [Fact]
    public void APrivateBodysMember_FindsItsRecords_AndOnlyThePublicOfOthers() =>
        Found(PanelMember).ShouldBe(Public.Concat(PanelOnly).Order(StringComparer.Ordinal));

    [Fact]
    public void APersonNamedOnAPaper_FindsThatPaper() =>
        Found(NamedReader).ShouldBe(Public.Append("paper: for Cy").Order(StringComparer.Ordinal));

    [Fact]
    public void APaperOfABodyTheReaderCannotSee_IsNotOffered_AsItsPageDoesNotOpenIt()
    {
        // The rule lets Cy read the paper, but its page reads it with its body, which Cy may not see:
        // search shows what the page would open, and the body's name is not given away.
        using var db = data.Open(NamedReader);
        db.Papers.Count(p => p.BodyId == data.Panel).ShouldBe(1);
        db.Papers.Include(p => p.Body).Where(p => p.BodyId == data.Panel).ToList().ShouldBeEmpty();
        Found(NamedReader, "private body").ShouldBeEmpty();
        Found(Administrator, "private body").ShouldContain("paper: private body, for Cy");
    }

    [Fact]
    public void AnAdministrator_FindsEverything() =>
        Found(Administrator).ShouldBe(data.All);

    [Fact]
    public async Task AWordOnlyWithheldRecordsHold_FindsNothingForAVisitor_ButTheIndexHoldsThem()
    {
        Found(Viewer.Anonymous, Secret).ShouldBeEmpty();
        Found(SignedInWithoutSeats, Secret).ShouldBeEmpty();
        using var db = data.Open(Viewer.Anonymous);

        // The index answers for everything; what is shown is only what the rule lets through.
        (await SiteSearch.CandidatesAsync(db, new SearchRequest(Secret))).Count.ShouldBe(9);
        Found(CouncilMember, Secret).ShouldBe(
        [
            "action: draft", "action: published, exempt item", "decision: draft", "decision: published, exempt item",
            "minute: draft, open", "minute: published, exempt",
        ]);
    }

    [Fact]
    public void NoSnippetShownToAVisitor_QuotesWithheldWords()
    {
        foreach (var viewer in new[] { Viewer.Anonymous, SignedInWithoutSeats, PanelMember })
        {
            foreach (var text in new[] { Word, $"{Word} land", "price", "survey", "negotiated", "audit" })
            {
                var page = data.Run(viewer, new SearchRequest(text, PageSize: SiteSearch.MaxPageSize));
                foreach (var hit in page.Hits.Where(h => data.NameOf(h) is var name && !PanelOnly.Contains(name)))
                {
                    var snippet = string.Concat(hit.Snippet.Select(p => p.Text));
                    snippet.ShouldNotContain(Secret, Case.Insensitive);
                    snippet.ShouldNotContain("negotiated");
                    hit.Title.ShouldNotContain("Exempt");
                }
            }
        }
    }

    [Fact]
    public void AMember_SeesTheWithheldMinutesSnippet_WithTheWordsMarked()
    {
        var hit = data.Run(CouncilMember, new SearchRequest(Secret, Kind: SearchKinds.Minute)).Hits
            .Single(h => data.NameOf(h) == "minute: published, exempt");

        hit.Title.ShouldBe($"Minute 2: Exempt {Word} item");
        hit.Snippet.ShouldBe([new("The kingfisher land price of ", false), new(Secret, true), new(" was agreed.", false)]);
        hit.BodyName.ShouldBe("Council Committee");
        hit.Date.ShouldBe(new DateOnly(2026, 3, 5));
    }

    [Fact]
    public void APageOfAVisitorsResults_IsFullAndEndsWhereTheVisibleRecordsEnd()
    {
        // Hidden matches are neither counted in a page nor announced as more to come.
        var all = data.Found(Viewer.Anonymous, new SearchRequest(Word, PageSize: Public.Length));
        all.Count.ShouldBe(Public.Length);
        data.Run(Viewer.Anonymous, new SearchRequest(Word, PageSize: Public.Length)).HasMore.ShouldBeFalse();
        var first = data.Run(Viewer.Anonymous, new SearchRequest(Word, PageSize: Public.Length - 1));
        first.HasMore.ShouldBeTrue();
        var second = data.Run(Viewer.Anonymous, new SearchRequest(Word, Page: 2, PageSize: Public.Length - 1));
        second.Hits.Count.ShouldBe(1);
        second.HasMore.ShouldBeFalse();
        first.Hits.Concat(second.Hits).Select(data.NameOf).ShouldBe(all);
    }

    [Fact]
    public void EachKind_IsLinkedAndTitledAsItsPageShowsIt()
    {
        using var db = data.Open(Viewer.System);
        foreach (var hit in data.Run(Administrator, new SearchRequest(Word, PageSize: SiteSearch.MaxPageSize)).Hits)
        {
            switch (hit.Kind)
            {
                case SearchKinds.Minute:
                    var minute = db.Minutes.Include(n => n.AgendaItem).Single(n => n.Id == hit.Id);
                    hit.Url.ShouldBe($"/meetings/{minute.AgendaItem!.MeetingId}#item-{minute.AgendaItem.Number}");
                    hit.Title.ShouldBe($"Minute {minute.AgendaItem.Number}: {minute.AgendaItem.Title}");
                    break;
                case SearchKinds.AgendaItem:
                    var item = db.AgendaItems.Single(i => i.Id == hit.Id);
                    hit.Url.ShouldBe($"/meetings/{item.MeetingId}#item-{item.Number}");
                    hit.Title.ShouldBe($"Item {item.Number}: {item.Title}");
                    break;
                case SearchKinds.Decision:
                    var decision = db.Decisions.Single(d => d.Id == hit.Id);
                    hit.Url.ShouldBe($"/meetings/{decision.MeetingId}");
                    hit.Title.ShouldBe($"Decision {decision.Number}");
                    break;
                case SearchKinds.Action:
                    var action = db.Actions.Single(a => a.Id == hit.Id);
                    hit.Url.ShouldBe($"/actions/{action.Id}");
                    hit.Title.ShouldBe($"Action {action.Reference}");
                    break;
                case SearchKinds.Paper:
                    hit.Url.ShouldBe($"/papers/{hit.Id}");
                    hit.Title.ShouldBe($"The {Word} paper");
                    break;
                default:
                    hit.Kind.ShouldBe(SearchKinds.Person);
                    hit.Url.ShouldBe($"/people/{data.Cy}");
                    hit.Title.ShouldBe("Cy Named");
                    hit.Date.ShouldBeNull();
                    hit.BodyName.ShouldBeNull();
                    hit.Snippet.ShouldBe([new("Warden of the ", false), new(Word, true)]);
                    break;
            }
        }
    }
}
