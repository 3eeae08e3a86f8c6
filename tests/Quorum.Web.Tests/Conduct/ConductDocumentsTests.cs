using Microsoft.EntityFrameworkCore;
using Quorum.Conduct;
using Quorum.Meetings;
using Quorum.Web.Tests.MeetingDocuments;

namespace Quorum.Web.Tests.Conduct;

/// <summary>
/// The Word and PDF minutes record the conduct of the meeting under each item, read back by
/// independent readers (the Open XML SDK and PdfPig); an exempt item's motion stays out of the
/// public versions.
/// </summary>
public sealed class ConductDocumentsTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    private sealed record Seeded(int Meeting, string Secret);

    private async Task<Seeded> SeedAsync(Scenario s, bool informal)
    {
        var secret = $"SECRET-{s.Suffix}";
        var m = informal
            ? await ConductMeeting.SeedAsync(app, s, "Chair", "Ann")
            : await ConductMeeting.SeedAsync(app, s, "Chair", "Ann", "Bob", "Dan");
        await app.WithDbAsync(async db =>
        {
            var meeting = await db.Meetings.Include(x => x.AgendaItems).SingleAsync(x => x.Id == m.Meeting);
            var exempt = meeting.AddAgendaItem($"Land disposal {secret}");
            exempt.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" });
            await db.SaveChangesAsync();
            var item = meeting.AgendaItems.Single(i => i.Id == m.Item);

            if (informal)
            {
                await ConductRegister.HoldAsInformalAsync(db, meeting, true);
                var motion = await ConductRegister.MoveAsync(db, item, new MotionInput("That the libraries open on Sundays", m.Ann, m.Chair));
                await ConductRegister.PutToVoteAsync(db, motion, new Ballot(For: 2, Against: 0));
            }
            else
            {
                await ConductRegister.DeclareAsync(db, item, new DeclarationInput(m.Dan, InterestKind.DisclosablePecuniary, "Owns the bookshop next to the central library", LeftTheRoom: true));
                var motion = await ConductRegister.MoveAsync(db, item, new MotionInput("That the libraries open on Sundays", m.Ann, m.Bob));
                var amendment = await ConductRegister.MoveAsync(db, item, new MotionInput("Insert “from April”", m.Chair, null, "That the libraries open on Sundays from April"), motion);
                await ConductRegister.PutToVoteAsync(db, amendment, new Ballot(For: 2, Against: 2, CastingVote: VoteChoice.For));
                await ConductRegister.PutToVoteAsync(db, motion, new Ballot(ByName: new Dictionary<int, VoteChoice> { [m.Ann] = VoteChoice.For, [m.Bob] = VoteChoice.For, [m.Chair] = VoteChoice.Against }));
                var hidden = await ConductRegister.MoveAsync(db, exempt, new MotionInput($"That the land be sold {secret}", m.Ann, m.Bob));
                await ConductRegister.PutToVoteAsync(db, hidden, new Ballot(For: 3, Against: 1));
            }

            meeting.MarkHeld();
            meeting.StartMinutes();
            var next = new Meeting { BodyId = meeting.BodyId, Number = 2, Date = meeting.Date.AddMonths(1) };
            next.MarkHeld();
            db.Meetings.Add(next);
            await db.SaveChangesAsync();
            meeting.ApproveMinutesAt(next);
            meeting.PublishMinutes();
            await db.SaveChangesAsync();
        });
        return new Seeded(m.Meeting, secret);
    }

    [Fact]
    public async Task WordAndPdfMinutes_RecordTheDeclarationsMotionsAndVotesUnderTheItem_InOrder()
    {
        var s = await app.NewScenarioAsync();
        var m = await SeedAsync(s, informal: false);
        var anonymous = app.CreateClient();

        var docx = await anonymous.GetByteArrayAsync($"/meetings/{m.Meeting}/minutes.docx");
        DocumentFiles.WordErrors(docx).ShouldBeEmpty();
        var word = DocumentFiles.WordText(docx).Body;
        var pdf = string.Join('\n', DocumentFiles.PdfPages(await anonymous.GetByteArrayAsync($"/meetings/{m.Meeting}/minutes.pdf")));

        foreach (var (format, text, read) in new[] { ("docx", word, (Func<string, string>)(t => t)), ("pdf", Squash(pdf), Squash) })
        {
            var order = new[]
            {
                "Quorate: 4 voting members present, 3 needed",
                "Library opening hours",
                $"Dan Voter {s.Suffix} declared a disclosable pecuniary interest: Owns the bookshop next to the central library. They left the room during the item.",
                $"Motion moved by Ann Voter {s.Suffix}, seconded by Bob Voter {s.Suffix}: “That the libraries open on Sundays”",
                $"Amendment moved by Chair Voter {s.Suffix}: “Insert “from April””. The amendment was carried (2 for, 2 against, 0 abstentions; on the chair's casting vote for).",
                "The motion, as amended (“That the libraries open on Sundays from April”), was carried (2 for, 1 against, 0 abstentions).",
                $"Recorded vote. For: Ann Voter {s.Suffix}, Bob Voter {s.Suffix}. Against: Chair Voter {s.Suffix}.",
                "Decision 1: That the libraries open on Sundays from April",
                "is exempt from publication under LGA 1972 Sch 12A para 3",
            }.Select(t => (t, text.IndexOf(read(t), StringComparison.Ordinal))).ToList();
            foreach (var (t, at) in order)
                at.ShouldBeGreaterThanOrEqualTo(0, $"{format}: {t}");
            order.Select(o => o.Item2).ShouldBeInOrder(SortDirection.Ascending, format);
            text.ShouldNotContain(read(m.Secret), Case.Sensitive, format);
            text.ShouldNotContain(read("That the land be sold"), Case.Sensitive, format);
        }

        var member = await app.SignedInClientAsync(s, Persona.MemberOfA);
        var members = DocumentFiles.WordText(await member.GetByteArrayAsync($"/meetings/{m.Meeting}/members/minutes.docx")).Body;
        members.ShouldContain($"That the land be sold {m.Secret}", Case.Sensitive, "the members' version holds the exempt item's motion");
        members.ShouldContain("was carried (3 for, 1 against, 0 abstentions)");
    }

    [Fact]
    public async Task AnInformalMeetingsMinutes_SayItWasNotQuorate_AndRecordRecommendations()
    {
        var s = await app.NewScenarioAsync();
        var m = await SeedAsync(s, informal: true);
        var anonymous = app.CreateClient();

        var word = DocumentFiles.WordText(await anonymous.GetByteArrayAsync($"/meetings/{m.Meeting}/minutes.docx")).Body;
        var pdf = Squash(string.Join('\n', DocumentFiles.PdfPages(await anonymous.GetByteArrayAsync($"/meetings/{m.Meeting}/minutes.pdf"))));
        foreach (var (text, read) in new[] { (word, (Func<string, string>)(t => t)), (pdf, Squash) })
        {
            text.ShouldContain(read("Not quorate: 2 voting members present, 3 needed"));
            text.ShouldContain(read("held as an informal meeting"));
            text.ShouldContain(read("Recommendation 1: That the libraries open on Sundays"));
            text.ShouldNotContain(read("Decision 1:"));
        }
    }

    /// <summary>A page's text as PdfPig reads it runs wrapped lines together: compare without any white space.</summary>
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
