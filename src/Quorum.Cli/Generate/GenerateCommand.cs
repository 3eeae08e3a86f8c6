using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Actions;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.People;
using Quorum.Search;

namespace Quorum.Cli.Generate;

/// <summary><c>quorum generate --meetings N [--seed S] [--today yyyy-mm-dd]</c>: a synthetic dataset of any size.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var meetings = new Option<int>("--meetings") { Description = "How many meetings to generate (with their bodies, people, agendas, minutes, actions, decisions and papers).", Required = true };
        var seed = new Option<int>("--seed") { Description = "The same seed (and day) gives the same dataset.", DefaultValueFactory = _ => 1 };
        var today = new Option<string?>("--today") { Description = "The day the history runs up to (yyyy-mm-dd); meetings after it are still to come. Defaults to today." };
        var generate = new Command("generate", "Add a synthetic, realistic dataset of local authorities' meetings (for trying Quorum at size and for load tests).") { meetings, seed, today };
        generate.SetAction(async (result, ct) =>
        {
            var day = result.GetValue(today) is { } text
                ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateOnly.FromDateTime(DateTime.Today);
            await using var services = await QuorumServices.OpenAsync(ct);
            await using var scope = services.CreateAsyncScope();
            var settings = QuorumServices.Settings();
            var store = new DiskPaperStore(Path.Combine(settings.DataDirectory, "papers"));
            var clock = Stopwatch.StartNew();
            var rows = await GenerateAsync(scope.ServiceProvider.Db(), store, result.GetValue(meetings), result.GetValue(seed), day, Console.WriteLine, ct);
            Console.WriteLine($"Generated {rows:N0} records in {clock.Elapsed.TotalSeconds:F1} s.");
            return 0;
        });
        return generate;
    }

    /// <summary>
    /// Builds the dataset and writes it in one transaction, numbering records after those already
    /// there. It is built and written a few authorities at a time, so memory stays flat at any size.
    /// </summary>
    /// <param name="authoritiesPerPart">How many authorities (about 600 meetings each) are built and written at a time.</param>
    /// <returns>How many rows were written.</returns>
    public static async Task<int> GenerateAsync(QuorumDb db, IPaperStore papers, int meetings, int seed, DateOnly today, Action<string>? log, CancellationToken cancellationToken, int authoritiesPerPart = 10)
    {
        var writer = new BulkWriter(db);
        string[] tables = [nameof(Organisation), nameof(Person), nameof(Body), nameof(Membership), nameof(Meeting), nameof(AgendaItem), nameof(Minute),
            nameof(Attendance), nameof(ActionItem), nameof(ActionUpdate), nameof(Decision), nameof(Paper), nameof(PaperVersion), nameof(SearchDocument)];
        var highest = await writer.HighestIdsAsync(tables, cancellationToken);
        var clock = Stopwatch.StartNew();
        var rows = 0;
        var written = 0;
        var nextReport = TimeSpan.Zero;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var searchDocumentsBefore = highest[nameof(SearchDocument)];
        await writer.DeferSearchIndexingAsync(cancellationToken);
        foreach (var data in SyntheticDataset.BuildInParts(meetings, seed, today, name => ++highest[name], authoritiesPerPart))
        {
            if (written == 0)
            {
                foreach (var (sha, content) in data.PaperFiles)
                    await papers.SaveAsync(new MemoryStream(content), content.Length + 1, cancellationToken);
            }

            await writer.WriteAsync(data.Organisations, cancellationToken);
            await writer.WriteAsync(data.People, cancellationToken);
            await writer.WriteAsync(data.Bodies, cancellationToken);
            await writer.WriteAsync(data.Memberships, cancellationToken);
            // A meeting points only at later ones (its replacement, the meeting that approved its minutes).
            await writer.WriteAsync(data.Meetings.OrderByDescending(m => m.Id), cancellationToken);
            await writer.WriteAsync(data.AgendaItems, cancellationToken);
            await writer.WriteLinksAsync("AgendaItemPresenters", "AgendaItemId", "PresentersId",
                data.AgendaItems.SelectMany(i => i.Presenters.Select(p => (i.Id, p.Id))), cancellationToken);
            await writer.WriteAsync(data.Minutes, cancellationToken);
            await writer.WriteAsync(data.Attendance, cancellationToken);
            await writer.WriteAsync(data.Decisions, cancellationToken);
            await writer.WriteAsync(data.Actions, cancellationToken);
            await writer.WriteLinksAsync("ActionOwners", "ActionItemId", "OwnersId", data.ActionOwners, cancellationToken);
            await writer.WriteAsync(data.ActionUpdates, cancellationToken);
            await writer.WriteAsync(data.Papers, cancellationToken);
            await writer.WriteLinksAsync("PaperBodies", "PaperId", "CirculatedToBodiesId", data.PaperBodies, cancellationToken);
            await writer.WriteAsync(data.PaperVersions, cancellationToken);
            await writer.WriteAsync(SearchDocuments(data, () => ++highest[nameof(SearchDocument)]), cancellationToken);
            rows += data.RowCount;
            written += data.Meetings.Count;
            if (clock.Elapsed >= nextReport)
            {
                log?.Invoke($"{written:N0} of about {meetings:N0} meetings written in {clock.Elapsed.TotalSeconds:F0} s");
                nextReport = clock.Elapsed + TimeSpan.FromSeconds(30);
            }
        }

        await writer.IndexSearchDocumentsAsync(searchDocumentsBefore, cancellationToken);
        await writer.FinishAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var analysing = Stopwatch.StartNew();
        await PlannerStatistics.RebuildAsync(db, cancellationToken);
        if (log is not null)
        {
            foreach (var (table, (count, time)) in writer.Written)
                log($"{table,-22} {count,12:N0} rows in {time.TotalSeconds,7:F1} s");
            log($"{"(planner statistics)",-22} {"",12} in {analysing.Elapsed.TotalSeconds,7:F1} s");
        }

        return rows;
    }

    /// <summary>The search index's documents of the generated records, as a save would have written them.</summary>
    private static IEnumerable<SearchDocument> SearchDocuments(SyntheticDataset data, Func<int> nextId)
    {
        var meetings = data.Meetings.ToDictionary(m => m.Id);
        var items = data.AgendaItems.ToDictionary(i => i.Id);
        var organisations = data.Organisations.ToDictionary(o => o.Id, o => o.Name);
        IEnumerable<SearchDocument> All()
        {
            foreach (var n in data.Minutes)
            {
                var item = items[n.AgendaItemId];
                var meeting = meetings[item.MeetingId];
                yield return SearchIndex.ForMinute(n.Id, meeting.BodyId, meeting.Date, item.Number, item.Title, n.Text);
            }

            foreach (var i in data.AgendaItems)
                yield return SearchIndex.ForAgendaItem(i.Id, meetings[i.MeetingId].BodyId, meetings[i.MeetingId].Date, i.Title);
            foreach (var d in data.Decisions)
                yield return SearchIndex.ForDecision(d.Id, d.BodyId, meetings[d.MeetingId].Date, d.Number, d.Text);
            foreach (var a in data.Actions)
                yield return SearchIndex.ForAction(a.Id, a.BodyId, meetings[a.MeetingId].Date, a.Reference, a.Text);
            foreach (var p in data.Papers)
                yield return SearchIndex.ForPaper(p.Id, p.BodyId, p.MeetingId is { } m ? meetings[m].Date : null, p.Title, p.Author, p.Text);
            foreach (var p in data.People)
                yield return SearchIndex.ForPerson(p.Id, p.FullName, p.JobTitle, p.OrganisationId is { } o ? organisations[o] : null);
        }

        foreach (var document in All())
        {
            document.Id = nextId();
            yield return document;
        }
    }
}
