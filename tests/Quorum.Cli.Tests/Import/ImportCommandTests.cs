using Microsoft.EntityFrameworkCore;

namespace Quorum.Cli.Tests.Import;

public sealed class ImportCommandTests : IAsyncLifetime
{
    private const string Minutes = """
        Local CIO Council Conference Call Notes

        NOTES FROM LOCAL CIO COUNCIL CONFERENCE CALL THURSDAY 7TH JANUARY 2010
        Participants:
        Martin Bellamy
        Cabinet Office
        Jos Creese
        Hampshire County Council (Chair of LCIOC)
        Apologies:
        Glyn Evans
        Birmingham City Council

        1.   Welcome & Introductions

        The call opened with welcome and introductions.

        2.   Briefing from Martin Bellamy
        Martin Bellamy gave a summary briefing.

        Action 01: Martin Bellamy will circulate the slide pack on these issues to the LCIOC.

        3.   Any other business
        It was agreed to change the name of this group to Local CIO Council.
        """;

    private readonly QuorumCli cli = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await cli.DisposeAsync();

    [Fact]
    public async Task Minutes_WithoutABody_PrintsTheDraft_AndSavesNothing()
    {
        var file = cli.WriteFile("notes.txt", Minutes);

        var read = await cli.RunAsync("import", "minutes", file);

        read.ExitCode.ShouldBe(0, read.Error);
        read.Out.ShouldContain("meeting of 2010-01-07");
        read.Out.ShouldContain("3 agenda items");
        (await cli.RunAsync("import", "minutes", file, "--json")).Out.ShouldContain("\"kind\": \"minutes\"");
    }

    [Fact]
    public async Task DryRun_ShowsWhatWouldBeSaved_AndSavesNothing()
    {
        var body = await cli.AddBodyAsync("LCIOC");
        var file = cli.WriteFile("notes.txt", Minutes);

        var dry = await cli.RunAsync("import", "minutes", file, "--body", "LCIOC", "--dry-run");

        dry.ExitCode.ShouldBe(0, dry.Error);
        dry.Out.ShouldContain("Would save into Board LCIOC: meeting 01 of 7 January 2010");
        dry.Out.ShouldContain("Dry run: nothing was saved.");
        (await cli.WithDbAsync(db => db.Meetings.CountAsync(m => m.BodyId == body.Id))).ShouldBe(0);
        (await cli.WithDbAsync(db => db.Actions.CountAsync())).ShouldBe(0);
        (await cli.WithDbAsync(db => db.People.CountAsync())).ShouldBe(0);
        (await cli.WithDbAsync(db => db.ImportedDocuments.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Save_WritesOneHeldMeeting_AndTheSameFileIsRefusedAfter()
    {
        var body = await cli.AddBodyAsync("LCIOC");
        var file = cli.WriteFile("notes.txt", Minutes);

        var saved = await cli.RunAsync("import", "minutes", file, "--body", "LCIOC");
        saved.ExitCode.ShouldBe(0, saved.Error);
        saved.Out.ShouldContain("Saved, with draft minutes for the clerk to check.");
        var meeting = await cli.WithDbAsync(db => db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.BodyId == body.Id));
        meeting.Date.ShouldBe(new DateOnly(2010, 1, 7));
        meeting.AgendaItems.Count.ShouldBe(3);
        (await cli.WithDbAsync(db => db.Actions.CountAsync(a => a.MeetingId == meeting.Id))).ShouldBe(1);

        var again = await cli.RunAsync("import", "minutes", file, "--body", "LCIOC");
        again.ExitCode.ShouldBe(1);
        again.Error.ShouldContain("notes.txt has already been imported into Board LCIOC.");
        (await cli.WithDbAsync(db => db.Meetings.CountAsync(m => m.BodyId == body.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task Save_RecordsTheDeclarationsAndMotions_ByTheMeetingsRules()
    {
        var body = await cli.AddBodyAsync("BTC");
        var file = cli.WriteFile("council.txt", """
            MINUTES OF THE MEETING OF BROOKFIELD TOWN COUNCIL HELD ON TUESDAY 5TH MARCH 2024

            Present: Cllr Ann Lee (Chair), Cllr Bob Hart, Cllr Cara Mills, Cllr Dev Shah

            24/01 Apologies for absence
            None.

            24/02 Planning
            Cllr Dev Shah declared a pecuniary interest as he owns the neighbouring field.
            Cllr Bob Hart declared an interest as a member of the Ramblers.
            It was moved by Cllr Ann Lee, seconded by Cllr Cara Mills, that no objection be raised. Carried by 3 votes to 0.

            24/03 Close of meeting
            The meeting closed at 9pm.
            """);

        var saved = await cli.RunAsync("import", "minutes", file, "--body", "BTC");

        saved.ExitCode.ShouldBe(0, saved.Error);
        saved.Out.ShouldContain("1 declarations of interest, 1 motions");
        saved.Out.ShouldContain("1 declarations or motions the minutes do not fully describe are left for the clerk to record.");
        var motion = await cli.WithDbAsync(db => db.Motions.Include(m => m.Mover).Include(m => m.Decision).SingleAsync(m => m.Meeting!.BodyId == body.Id));
        motion.Mover!.FullName.ShouldBe("Cllr Ann Lee");
        motion.Outcome.ShouldBe(Quorum.Conduct.MotionOutcome.Carried);
        (motion.VotesFor, motion.VotesAgainst).ShouldBe((3, 0));
        motion.Decision.ShouldNotBeNull();
        var declaration = await cli.WithDbAsync(db => db.Declarations.Include(d => d.Person).SingleAsync(d => d.Meeting!.BodyId == body.Id));
        declaration.Person!.FullName.ShouldBe("Cllr Dev Shah");
        declaration.Kind.ShouldBe(Quorum.Conduct.InterestKind.DisclosablePecuniary);
    }

    [Fact]
    public async Task Minutes_IntoABodyQuorumDoesNotHold_AreRefused()
    {
        var file = cli.WriteFile("notes.txt", Minutes);

        var refused = await cli.RunAsync("import", "minutes", file, "--body", "NOPE", "--dry-run");

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("There is no body with the short name NOPE.");
    }

    [Fact]
    public async Task Minutes_WithoutADate_AreRefused_ForTheWebReview()
    {
        await cli.AddBodyAsync("LCIOC");
        var file = cli.WriteFile("undated.txt", "Notes\n\n1. Welcome\nThe meeting opened.\n");

        var refused = await cli.RunAsync("import", "minutes", file, "--body", "LCIOC");

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("do not give the meeting's date");
    }

    [Fact]
    public async Task AFileThatDoesNotExist_IsRefused()
    {
        var refused = await cli.RunAsync("import", "minutes", Path.Combine(cli.DataDirectory, "missing.txt"));

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("does not exist");
    }
}
