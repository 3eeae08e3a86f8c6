using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Conduct;

namespace Quorum.Web.Tests.Conduct;

public sealed class ConductPagesTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task AttendancePage_SaysTheMeetingIsNotQuorate_AndAnInformalMeetingRecordsRecommendations()
    {
        var s = await app.NewScenarioAsync();
        var m = await ConductMeeting.SeedAsync(app, s, "Chair", "Ann");
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var attendance = await clerk.GetStringAsync($"/meetings/{m.Meeting}/attendance");
        attendance.ShouldContain("more than 1/2 of the voting members");
        attendance.ShouldContain("Not quorate: 2 voting members present, 3 needed");

        await MoveAsync(clerk, m, "That the libraries open on Sundays", m.Ann, m.Chair);
        var motion = await app.WithDbAsync(db => db.Motions.SingleAsync(x => x.AgendaItemId == m.Item));
        var refused = await clerk.PostFormAsync($"{m.ItemUrl}/motions/{motion.Id}/vote", new Dictionary<string, string> { ["Input.VotesFor"] = "2", ["Input.VotesAgainst"] = "0" });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("was not quorate");

        (await clerk.PostFormAsync($"/meetings/{m.Meeting}/attendance?handler=Informal", new Dictionary<string, string> { ["Informal"] = "true" }, $"/meetings/{m.Meeting}/attendance"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.PostFormAsync($"{m.ItemUrl}/motions/{motion.Id}/vote", new Dictionary<string, string> { ["Input.VotesFor"] = "2", ["Input.VotesAgainst"] = "0" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await clerk.GetStringAsync($"/meetings/{m.Meeting}");
        page.ShouldContain("Informal meeting");
        page.ShouldContain("Not quorate: 2 voting members present, 3 needed");
        page.ShouldContain("<strong>Recommendation 1:</strong> That the libraries open on Sundays");
        (await app.WithDbAsync(db => db.Decisions.SingleAsync(d => d.MeetingId == m.Meeting))).IsRecommendation.ShouldBeTrue();
    }

    [Fact]
    public async Task AQuorateMeeting_CannotBeMarkedInformal()
    {
        var s = await app.NewScenarioAsync();
        var m = await ConductMeeting.SeedAsync(app, s, "Chair", "Ann", "Bob");
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        var attendance = await clerk.GetStringAsync($"/meetings/{m.Meeting}/attendance");
        attendance.ShouldContain("Quorate: 3 voting members present, 3 needed");
        attendance.ShouldNotContain("went ahead as an informal meeting");
        var refused = await clerk.PostFormAsync($"/meetings/{m.Meeting}/attendance?handler=Informal", new Dictionary<string, string> { ["Informal"] = "true" }, $"/meetings/{m.Meeting}/attendance");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("only an inquorate meeting is held as an informal one");
    }

    [Fact]
    public async Task ClerkJourney_DeclareMoveAmendAndRecordANamedVote_TheMinutesShowItInOrder()
    {
        var s = await app.NewScenarioAsync();
        var m = await ConductMeeting.SeedAsync(app, s, "Chair", "Ann", "Bob", "Dan");
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);

        (await clerk.PostFormAsync($"{m.ItemUrl}/declarations/new", new Dictionary<string, string>
        {
            ["Input.PersonId"] = m.Dan.ToString(),
            ["Input.Kind"] = nameof(InterestKind.DisclosablePecuniary),
            ["Input.Nature"] = "Owns the bookshop next to the central library",
            ["Input.LeftTheRoom"] = "true",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await clerk.PostFormAsync($"{m.ItemUrl}/declarations/new", new Dictionary<string, string>
        {
            ["Input.PersonId"] = m.Bob.ToString(),
            ["Input.Kind"] = nameof(InterestKind.OtherRegistrable),
            ["Input.Nature"] = "Trustee of the Friends of the Library",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var empty = await clerk.PostFormAsync($"{m.ItemUrl}/declarations/new", new Dictionary<string, string> { ["Input.Nature"] = "" });
        var problems = await empty.Content.ReadAsStringAsync();
        problems.ShouldContain("Choose who declared the interest");
        problems.ShouldContain("Describe the nature of the interest");

        // Dan declared a pecuniary interest: he may not move the motion.
        var barred = await clerk.PostFormAsync($"{m.ItemUrl}/motions/new", new Dictionary<string, string>
        {
            ["Input.Text"] = "That the libraries open on Sundays",
            ["Input.MoverId"] = m.Dan.ToString(),
        });
        barred.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await barred.Content.ReadAsStringAsync()).ShouldContain("declared an interest that bars them");

        await MoveAsync(clerk, m, "That the libraries open on Sundays", m.Ann, m.Chair);
        var motion = await app.WithDbAsync(db => db.Motions.SingleAsync(x => x.AgendaItemId == m.Item));
        (await clerk.PostFormAsync($"{m.ItemUrl}/motions/new?amends={motion.Id}", new Dictionary<string, string>
        {
            ["Input.Text"] = "Insert “from April 2027”",
            ["Input.TextIfCarried"] = "That the libraries open on Sundays from April 2027",
            ["Input.MoverId"] = m.Bob.ToString(),
            ["Input.SeconderId"] = m.Chair.ToString(),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var amendment = await app.WithDbAsync(db => db.Motions.SingleAsync(x => x.AmendsId == motion.Id));

        var early = await clerk.PostFormAsync($"{m.ItemUrl}/motions/{motion.Id}/vote", new Dictionary<string, string> { ["Input.VotesFor"] = "3", ["Input.VotesAgainst"] = "0" });
        (await early.Content.ReadAsStringAsync()).ShouldContain("amendments are decided before the motion they amend");

        // The amendment is tied and carried on the chair's casting vote.
        (await clerk.PostFormAsync($"{m.ItemUrl}/motions/{amendment.Id}/vote", new Dictionary<string, string>
        {
            ["Input.VotesFor"] = "1",
            ["Input.VotesAgainst"] = "1",
            ["Input.Abstentions"] = "1",
            ["Input.CastingVote"] = "For",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // A recorded vote by name: Dan cannot be recorded as voting.
        var form = await clerk.GetStringAsync($"{m.ItemUrl}/motions/{motion.Id}/vote");
        var rows = System.Text.RegularExpressions.Regex.Matches(form, "name=\"Input.Votes\\[(\\d+)\\].PersonId\" value=\"(\\d+)\"").ToDictionary(x => int.Parse(x.Groups[2].Value), x => x.Groups[1].Value);
        rows.Count.ShouldBe(4);
        var votes = new Dictionary<string, string>
        {
            [$"Input.Votes[{rows[m.Chair]}].Choice"] = "For",
            [$"Input.Votes[{rows[m.Ann]}].Choice"] = "For",
            [$"Input.Votes[{rows[m.Bob]}].Choice"] = "Against",
            [$"Input.Votes[{rows[m.Dan]}].Choice"] = "For",
        };
        var refused = await clerk.PostFormAsync($"{m.ItemUrl}/motions/{motion.Id}/vote", votes);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain($"Dan Voter {s.Suffix} declared an interest that bars them from voting");
        votes[$"Input.Votes[{rows[m.Dan]}].Choice"] = "";
        (await clerk.PostFormAsync($"{m.ItemUrl}/motions/{motion.Id}/vote", votes)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var minutes = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/meetings/{m.Meeting}"));
        string[] inOrder =
        [
            $"Dan Voter {s.Suffix} declared a disclosable pecuniary interest: Owns the bookshop next to the central library. They left the room during the item.",
            $"Bob Voter {s.Suffix} declared an other registrable interest: Trustee of the Friends of the Library.",
            $"moved by Ann Voter {s.Suffix}, seconded by Chair Voter {s.Suffix}: “That the libraries open on Sundays”",
            "The amendment was carried (1 for, 1 against, 1 abstention; on the chair's casting vote for).",
            "The motion, as amended (“That the libraries open on Sundays from April 2027”), was carried (2 for, 1 against, 0 abstentions).",
            $"Recorded vote. For: Ann Voter {s.Suffix}, Chair Voter {s.Suffix}. Against: Bob Voter {s.Suffix}.",
            "<strong>Decision 1:</strong> That the libraries open on Sundays from April 2027",
        ];
        var at = -1;
        foreach (var text in inOrder)
        {
            var next = minutes.IndexOf(text, StringComparison.Ordinal);
            next.ShouldBeGreaterThan(at, $"“{text}” should follow what came before it in the minutes");
            at = next;
        }

        var decisions = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/decisions?Body={s.BodyA.ShortName}"));
        decisions.ShouldContain($"On a motion moved by Ann Voter {s.Suffix}, seconded by Chair Voter {s.Suffix}, carried (2 for, 1 against, 0 abstentions).");

        var dan = WebUtility.HtmlDecode(await clerk.GetStringAsync($"/people/{m.Dan}"));
        dan.ShouldContain("Disclosable pecuniary interest: Owns the bookshop next to the central library (left the room)");

        // The public reads none of it until the minutes are published.
        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        (await anonymous.GetStringAsync($"/meetings/{m.Meeting}")).ShouldNotContain("Owns the bookshop");
        (await anonymous.GetStringAsync($"/people/{m.Dan}")).ShouldNotContain("Owns the bookshop");
    }

    [Fact]
    public async Task RegisterOfInterests_WithholdsASensitiveInterest_FromAllButTheClerkAndTheMember()
    {
        var s = await app.NewScenarioAsync();
        var clerk = await app.SignedInClientAsync(s, Persona.ClerkOfA);
        var url = $"/people/{s.MemberA.Id}/interests/new";
        var form = await clerk.GetStringAsync(url);
        form.ShouldContain("Record the register of interests");

        (await clerk.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.BodyId"] = s.BodyA.Id.ToString(),
            ["Input.EffectiveFrom.Day"] = "1",
            ["Input.EffectiveFrom.Month"] = "4",
            ["Input.EffectiveFrom.Year"] = "2026",
            ["Input.Interests[0].Category"] = nameof(InterestCategory.Employment),
            ["Input.Interests[0].Description"] = $"Solicitor, Smith and Co {s.Suffix}",
            ["Input.Interests[1].Category"] = nameof(InterestCategory.Land),
            ["Input.Interests[1].Description"] = $"SENSITIVE-HOME-{s.Suffix}",
            ["Input.Interests[1].IsSensitive"] = "true",
            ["Input.Publish"] = "true",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var anonymous = await app.SignedInClientAsync(s, Persona.Anonymous);
        var memberOfB = await app.SignedInClientAsync(s, Persona.MemberOfB);
        var memberA = await app.SignedInClientAsync(s, Persona.MemberOfA);
        foreach (var outsider in new[] { anonymous, memberOfB })
        {
            foreach (var page in new[] { $"/people/{s.MemberA.Id}/interests", $"/people/{s.MemberA.Id}" })
            {
                var html = await outsider.GetStringAsync(page);
                html.ShouldContain($"Solicitor, Smith and Co {s.Suffix}");
                html.ShouldContain("Land");
                html.ShouldContain("withheld (sensitive interest)");
                html.ShouldNotContain($"SENSITIVE-HOME-{s.Suffix}");
            }
        }

        (await clerk.GetStringAsync($"/people/{s.MemberA.Id}/interests")).ShouldContain($"SENSITIVE-HOME-{s.Suffix}");
        (await memberA.GetStringAsync($"/people/{s.MemberA.Id}/interests")).ShouldContain($"SENSITIVE-HOME-{s.Suffix}");

        // A second version keeps the first as it was.
        var bad = await clerk.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.BodyId"] = s.BodyA.Id.ToString(),
            ["Input.EffectiveFrom.Day"] = "1",
            ["Input.EffectiveFrom.Month"] = "3",
            ["Input.EffectiveFrom.Year"] = "2026",
            ["Input.Interests[0].Category"] = "",
            ["Input.Interests[0].Description"] = "No category",
        });
        var errors = await bad.Content.ReadAsStringAsync();
        errors.ShouldContain("a new version starts on or after it");
        errors.ShouldContain("Choose the category of the interest");

        (await memberA.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "a member does not keep the register");
    }

    private static async Task MoveAsync(HttpClient clerk, ConductMeeting m, string text, int mover, int? seconder)
    {
        var fields = new Dictionary<string, string> { ["Input.Text"] = text, ["Input.MoverId"] = mover.ToString() };
        if (seconder is { } id)
            fields["Input.SeconderId"] = id.ToString();
        var response = await clerk.PostFormAsync($"{m.ItemUrl}/motions/new", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }
}
