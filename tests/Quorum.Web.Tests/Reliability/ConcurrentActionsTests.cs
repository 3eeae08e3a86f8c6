using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Quorum.Meetings;

namespace Quorum.Web.Tests.Reliability;

public sealed class ConcurrentActionsTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task ActionsRaisedAtOnceOnOneMeeting_AllSucceed_WithDistinctReferences()
    {
        var s = await app.NewScenarioAsync();
        var meetingId = await app.WithDbAsync(async db =>
        {
            var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 3, 12) };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var clients = Enumerable.Range(0, 4).Select(_ => app.ApiClient(s, Persona.ClerkOfA)).ToList();

        var references = new List<string>();
        for (var round = 0; round < 10; round++)
        {
            var responses = await Task.WhenAll(clients.Select((c, i) =>
                c.PostAsJsonAsync("/api/v1/actions", new { meetingId, ownerIds = new[] { s.MemberA.Id }, text = $"round {round} client {i}" })));
            foreach (var response in responses)
            {
                response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
                references.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!);
            }
        }

        references.Count.ShouldBe(40);
        references.Distinct().Count().ShouldBe(40);
        references.Order().ToList().ShouldBe(Enumerable.Range(1, 40).Select(n => $"TA 01/{n:00}").ToList());
    }
}
