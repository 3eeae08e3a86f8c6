using Microsoft.EntityFrameworkCore;
using Quorum.Cli.Generate;
using Quorum.Papers;

namespace Quorum.Cli.Tests.Generate;

public sealed class GenerateCommandTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private readonly QuorumCli cli = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await cli.DisposeAsync();

    private static string Fingerprint(SyntheticDataset data) =>
        string.Join("\n", data.Meetings.Select(m => $"{m.Id} {m.BodyId} {m.Date} {m.State} {m.MinutesState}")
            .Concat(data.Minutes.Select(n => $"{n.Id} {n.Text}"))
            .Concat(data.Actions.Select(a => $"{a.Id} {a.Reference} {a.Status} {a.Text}"))
            .Concat(data.People.Select(p => $"{p.Id} {p.FullName}")));

    [Fact]
    public void BuiltInParts_TheDatasetIsTheSameAsBuiltWhole()
    {
        var ids = new Dictionary<string, int>();
        var whole = Fingerprint(SyntheticDataset.Build(1300, 3, Today, name => ids[name] = ids.GetValueOrDefault(name) + 1));

        ids.Clear();
        var parts = SyntheticDataset.BuildInParts(1300, 3, Today, name => ids[name] = ids.GetValueOrDefault(name) + 1, authoritiesPerPart: 1)
            .Select(Fingerprint).ToList();

        parts.Count.ShouldBe(3, "1,300 meetings are 22 bodies of three authorities");
        string.Join("\n", parts).Split('\n').Order().ShouldBe(whole.Split('\n').Order());
    }

    [Fact]
    public async Task Generate_WritesEveryPart()
    {
        var papers = new DiskPaperStore(Path.Combine(cli.DataDirectory, "papers"));
        var rows = await cli.WithDbAsync(db => GenerateCommand.GenerateAsync(db, papers, 1300, 3, Today, null, CancellationToken.None, authoritiesPerPart: 1));

        var expected = SyntheticDataset.Build(1300, 3, Today, _ => 0);
        rows.ShouldBe(expected.RowCount);
        (await cli.WithDbAsync(db => db.Meetings.CountAsync())).ShouldBe(1300);
        (await cli.WithDbAsync(db => db.Minutes.CountAsync())).ShouldBe(expected.Minutes.Count);
        (await cli.WithDbAsync(db => db.Bodies.CountAsync())).ShouldBe(22);
        (await cli.WithDbAsync(db => db.SearchDocuments.CountAsync())).ShouldBeGreaterThan(expected.Minutes.Count + expected.People.Count);
    }
}
