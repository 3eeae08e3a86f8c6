using Microsoft.EntityFrameworkCore;
using Quorum.Bodies;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Web.Features.Decisions;

namespace Quorum.Web.Tests.Decisions;

public sealed class DecisionsRegisterTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task Register_OfTwoBodiesOfOneName_ListsEachBodysDecisionsTogether_NewestFirst()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var listed = await app.WithDbAsync(async db =>
        {
            var bodies = new[] { "X", "Y" }.Select(k => new Body { Name = $"Twin board {suffix}", ShortName = $"{k}{suffix}", ActionPrefix = k, IsPublic = true }).ToList();
            db.Bodies.AddRange(bodies);
            await db.SaveChangesAsync();
            foreach (var body in bodies)
            {
                var meeting = new Meeting { BodyId = body.Id, Number = 1, Date = new DateOnly(2026, 2, 5) };
                var item = meeting.AddAgendaItem("Business");
                meeting.MarkHeld();
                db.Meetings.Add(meeting);
                await db.SaveChangesAsync();
                for (var i = 1; i <= 3; i++)
                    await DecisionRegister.RecordAsync(db, meeting, item, $"{body.ShortName} decision {i}", null);
                await db.SaveChangesAsync();
            }

            var ids = bodies.Select(b => b.Id).ToList();
            return await DecisionsExport.Register(db, null).Where(d => ids.Contains(d.BodyId)).Select(d => d.Text).ToListAsync();
        });

        var first = listed[0][..9];
        var second = first.StartsWith('X') ? $"Y{suffix}" : $"X{suffix}";
        listed.ShouldBe(
        [
            $"{first} decision 3", $"{first} decision 2", $"{first} decision 1",
            $"{second} decision 3", $"{second} decision 2", $"{second} decision 1",
        ]);
    }

    [Fact]
    public async Task RegisterPage_ShowsAHundredDecisionsAPage_EachBodysNewestFirst()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var shortName = $"P{suffix}";
        await app.WithDbAsync(async db =>
        {
            var body = new Body { Name = $"Paged board {suffix}", ShortName = shortName, ActionPrefix = "P", IsPublic = true };
            db.Bodies.Add(body);
            await db.SaveChangesAsync();
            var meeting = new Meeting { BodyId = body.Id, Number = 1, Date = new DateOnly(2026, 2, 5) };
            var item = meeting.AddAgendaItem("Business");
            meeting.MarkHeld();
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            for (var i = 1; i <= 105; i++)
                await DecisionRegister.RecordAsync(db, meeting, item, $"Paged decision {suffix}-{i:000}", null);
            db.Entry(meeting).Property(m => m.MinutesState).CurrentValue = MinutesState.Published;
            await db.SaveChangesAsync();
        });
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var first = await anonymous.GetStringAsync($"/decisions?Body={shortName}");
        first.Split($"Paged decision {suffix}-").Length.ShouldBe(101);
        first.ShouldContain($"Paged decision {suffix}-105");
        first.ShouldContain($"Paged decision {suffix}-006");
        first.ShouldNotContain($"Paged decision {suffix}-005");
        first.ShouldContain($"href=\"/decisions?Body={shortName}&amp;pageNumber=2\" rel=\"next\"");
        first.ShouldNotContain("rel=\"prev\"");

        var last = await anonymous.GetStringAsync($"/decisions?Body={shortName}&pageNumber=2");
        last.Split($"Paged decision {suffix}-").Length.ShouldBe(6);
        last.ShouldContain($"Paged decision {suffix}-001");
        last.ShouldContain($"href=\"/decisions?Body={shortName}&amp;pageNumber=1\" rel=\"prev\"");
        last.ShouldNotContain("rel=\"next\"");
    }
}
