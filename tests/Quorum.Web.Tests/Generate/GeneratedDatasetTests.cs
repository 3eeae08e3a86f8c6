using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Cli.Generate;
using Quorum.Meetings;
using Quorum.Papers;

namespace Quorum.Web.Tests.Generate;

public sealed class GeneratedDatasetTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly SemaphoreSlim Once = new(1, 1);

    private static readonly Dictionary<QuorumApp, bool> Generated = [];

    private async Task GenerateOnceAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (Generated.ContainsKey(app))
                return;
            await app.WithDbAsync(db => GenerateCommand.GenerateAsync(db, new DiskPaperStore(Path.Combine(Path.GetTempPath(), "quorum-tests", "generated-papers")), 400, 42, Today, null, CancellationToken.None));
            Generated[app] = true;
        }
        finally
        {
            Once.Release();
        }
    }

    [Fact]
    public void SameSeedAndDay_GiveTheSameDataset()
    {
        static string Fingerprint(int seed)
        {
            var ids = new Dictionary<string, int>();
            var data = SyntheticDataset.Build(120, seed, Today, name => ids[name] = ids.GetValueOrDefault(name) + 1);
            return string.Join("\n", data.Meetings.Select(m => $"{m.Id} {m.BodyId} {m.Date} {m.State} {m.MinutesState}")
                .Concat(data.Minutes.Select(n => n.Text))
                .Concat(data.Actions.Select(a => $"{a.Reference} {a.Status} {a.Text}"))
                .Concat(data.People.Select(p => p.FullName)));
        }

        Fingerprint(5).ShouldBe(Fingerprint(5));
        Fingerprint(6).ShouldNotBe(Fingerprint(5));
    }

    [Fact]
    public async Task GeneratedDataset_KeepsTheModelsRules()
    {
        await GenerateOnceAsync();
        await app.WithDbAsync(async db =>
        {
            var meetings = await db.Meetings.Include(m => m.Body).Include(m => m.MinutesApprovedAt).Include(m => m.ReplacementMeeting).ToListAsync();
            meetings.Count.ShouldBeGreaterThanOrEqualTo(400);
            meetings.Select(m => m.State).Distinct().Count().ShouldBe(Enum.GetValues<MeetingState>().Length, "meetings in every state");
            meetings.Select(m => m.MinutesState).Distinct().Count().ShouldBe(Enum.GetValues<MinutesState>().Length, "minutes at every stage");
            foreach (var meeting in meetings.Where(m => m.MinutesState is MinutesState.Approved or MinutesState.Published))
            {
                meeting.State.ShouldBe(MeetingState.Held);
                meeting.MinutesApprovedAt.ShouldNotBeNull();
                meeting.MinutesApprovedAt.BodyId.ShouldBe(meeting.BodyId);
                meeting.MinutesApprovedAt.Date.ShouldBeGreaterThan(meeting.Date);
            }

            foreach (var meeting in meetings.Where(m => m.State == MeetingState.Rescheduled))
                meeting.ReplacementMeeting.ShouldNotBeNull().BodyId.ShouldBe(meeting.BodyId);
            meetings.Where(m => m.MinutesState != MinutesState.None).ShouldAllBe(m => m.State == MeetingState.Held);
            meetings.Where(m => m.Date > Today).ShouldAllBe(m => m.State == MeetingState.Scheduled || m.State == MeetingState.Postponed);

            var held = meetings.Where(m => m.State == MeetingState.Held).ToList();
            held.Count(m => m.MinutesState == MinutesState.Published).ShouldBeGreaterThan(held.Count * 3 / 4, "most held meetings have published minutes");
            var bodies = meetings.Select(m => m.Body!).Distinct().ToList();
            bodies.Count(b => b.IsPublic).ShouldBeGreaterThan(bodies.Count / 2, "most bodies are public");
            bodies.ShouldContain(b => !b.IsPublic);

            var items = await db.AgendaItems.Include(i => i.Minute).Include(i => i.Meeting).ToListAsync();
            items.Where(i => i.IsExempt).ShouldNotBeEmpty();
            items.Where(i => i.IsExempt).ShouldAllBe(i => i.Exemption != null && i.Exemption.Ground.Length > 0);
            items.Where(i => i.Minute != null).ShouldAllBe(i => i.Meeting!.MinutesState != MinutesState.None);
            foreach (var meeting in items.GroupBy(i => i.MeetingId))
                meeting.Select(i => i.Number).ShouldBeUnique();

            var actions = await db.Actions.Include(a => a.Meeting).Include(a => a.Owners).Include(a => a.Updates).ToListAsync();
            actions.ShouldNotBeEmpty();
            actions.ShouldAllBe(a => a.Meeting!.BodyId == a.BodyId && a.Owners.Count > 0);
            actions.Where(a => a.IsClosed).ShouldAllBe(a => a.ClosedOn != null && a.ClosedAtMeetingId != null);
            actions.Where(a => a.Updates.Count > 0).ShouldAllBe(a => a.Updates.All(u => u.On >= a.Meeting!.Date));

            var papers = await db.Papers.Include(p => p.AgendaItem).Include(p => p.Versions).Include(p => p.CirculatedToBodies).ToListAsync();
            papers.ShouldNotBeEmpty();
            papers.ShouldAllBe(p => p.Versions.Count == 1);
            papers.Where(p => p.Circulation == Circulation.Public).ShouldAllBe(p => p.Marking == ProtectiveMarking.Official && !p.AgendaItem!.IsExempt);
            papers.Where(p => p.Circulation == Circulation.MembersOfBodies).ShouldAllBe(p => p.CirculatedToBodies.Count > 0);
        });
    }

    [Fact]
    public async Task GeneratedDataset_IsServedToTheAnonymousVisitor_WithoutWhatIsWithheld()
    {
        await GenerateOnceAsync();
        var (meetingId, minute, bodyShortName, exemptTitle, exemptMeetingId) = await app.WithDbAsync(async db =>
        {
            var published = await db.Minutes.Include(n => n.AgendaItem!.Meeting!.Body)
                .Where(n => n.AgendaItem!.Meeting!.MinutesState == MinutesState.Published && n.AgendaItem.Meeting.Body!.IsPublic && !n.AgendaItem.IsExempt)
                .OrderBy(n => n.Id).Take(50).ToListAsync();
            var plain = published.First(n => !n.Text.Contains('\'') && !n.Text.Contains('&'));
            var exempt = await db.AgendaItems.Include(i => i.Meeting!.Body).Where(i => i.IsExempt && i.Meeting!.Body!.IsPublic).OrderBy(i => i.Id).FirstAsync();
            return (plain.AgendaItem!.MeetingId, plain.Text, plain.AgendaItem.Meeting!.Body!.ShortName, exempt.Title, exempt.MeetingId);
        });
        var client = app.CreateClient();

        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/bodies/{bodyShortName}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetStringAsync($"/meetings/{meetingId}")).ShouldContain(minute.Split('.')[0]);
        (await client.GetStringAsync($"/meetings/{exemptMeetingId}")).ShouldNotContain("Contract award");
        exemptTitle.ShouldStartWith("Contract award");
        (await client.GetAsync("/actions")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The generator indexes its documents in one statement at the end (SQLite): they are found,
        // and documents saved afterwards are indexed as they are written, as before.
        var word = minute.Split(' ', '.', ',').Where(w => w.All(char.IsLetter)).MaxBy(w => w.Length)!;
        (await client.GetStringAsync($"/api/v1/search?q={word}")).ShouldNotContain("\"items\":[]");
        var indexedAfterwards = await app.WithDbAsync(async db =>
        {
            if (!db.Database.IsSqlite())
                return 1;
            var body = await db.Bodies.FirstAsync(b => b.ShortName == bodyShortName);
            db.SearchDocuments.Add(Quorum.Search.SearchIndex.ForAgendaItem(int.MaxValue - 1, body.Id, Today, "Zyxwvutsrqp wayleave"));
            await db.SaveChangesAsync();
            return await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"SearchIndex\" WHERE \"SearchIndex\" MATCH 'zyxwvutsrqp'").SingleAsync();
        });
        indexedAfterwards.ShouldBe(1);
    }
}
