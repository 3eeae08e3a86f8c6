using Quorum.Access;
using Quorum.Bodies;
using Quorum.Decisions;
using Quorum.Meetings;

namespace Quorum.Tests.Decisions;

public sealed class DecisionNumberingTests : IDisposable
{
    private readonly InMemoryQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    [Fact]
    public async Task DecisionsAnotherBodyRecordsInTheSameSave_DoNotAdvanceThisBodysNumber()
    {
        using var db = quorum.Open(Viewer.System);
        var council = new Meeting { Body = new Body { Name = "Council Committee", ShortName = "CC" }, Number = 1, Date = new DateOnly(2026, 3, 1) };
        var panel = new Meeting { Body = new Body { Name = "Audit Panel", ShortName = "AP" }, Number = 1, Date = new DateOnly(2026, 3, 2) };
        db.Meetings.AddRange(council, panel);
        await db.SaveChangesAsync();

        var panelDecisions = new[]
        {
            await DecisionRegister.RecordAsync(db, panel, null, "First", null),
            await DecisionRegister.RecordAsync(db, panel, null, "Second", null),
        };
        var councilDecision = await DecisionRegister.RecordAsync(db, council, null, "Agreed", null);

        panelDecisions.Select(d => d.Number).ShouldBe([1, 2]);
        councilDecision.Number.ShouldBe(1);
    }
}
