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
}
