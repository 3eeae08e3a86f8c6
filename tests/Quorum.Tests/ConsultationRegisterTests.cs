using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Consultations;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.People;

namespace Quorum.Tests;

/// <summary>A consultation taken through the register: recorded against its paper, decided at a meeting, led, answered, and listed.</summary>
public class ConsultationRegisterTests
{
    private static readonly DateOnly Deadline = new(2026, 6, 30);

    private sealed record Council(InMemoryQuorum Quorum, int Body, int Panel, int Item, int PanelItem, int Paper, int Response, int PanelPaper, int Ada, int Bea) : IDisposable
    {
        public Viewer Clerk => new() { UserId = "clerk", ClerkOf = [Body] };

        public QuorumDb Open(Viewer viewer) => Quorum.Open(viewer);

        public void Dispose() => Quorum.Dispose();
    }

    private static async Task<Council> CouncilAsync()
    {
        var quorum = new InMemoryQuorum();
        using var db = quorum.Open(Viewer.System);
        var body = new Body { Name = "Digital Leaders", ShortName = "DL", ActionPrefix = "DL" };
        var panel = new Body { Name = "Audit Panel", ShortName = "AP", ActionPrefix = "AP" };
        var ada = new Person { FullName = "Ada Lead" };
        var bea = new Person { FullName = "Bea Lead" };
        var meeting = new Meeting { Body = body, Number = 1, Date = new DateOnly(2026, 4, 1) };
        var item = new AgendaItem { Title = "Consultations", Number = "5" };
        meeting.AgendaItems.Add(item);
        var panelMeeting = new Meeting { Body = panel, Number = 1, Date = new DateOnly(2026, 4, 2) };
        var panelItem = new AgendaItem { Title = "Consultations", Number = "3" };
        panelMeeting.AgendaItems.Add(panelItem);
        db.AddRange(body, panel, ada, bea, meeting, panelMeeting);
        await db.SaveChangesAsync();
        var paper = new Paper { BodyId = body.Id, Title = "Local digital standards" };
        var response = new Paper { BodyId = body.Id, Title = "Our response" };
        var panelPaper = new Paper { BodyId = panel.Id, Title = "The panel's paper" };
        foreach (var p in new[] { paper, response, panelPaper })
            p.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
        db.Papers.AddRange(paper, response, panelPaper);
        await db.SaveChangesAsync();
        return new Council(quorum, body.Id, panel.Id, item.Id, panelItem.Id, paper.Id, response.Id, panelPaper.Id, ada.Id, bea.Id);
    }

    private static ConsultationDetails Details(int paperId) => new()
    {
        PaperId = paperId,
        ConsultingOrganisation = "  Department for Local Services ",
        Title = " Local digital standards: call for evidence ",
        Link = " https://www.example.org/consultations/standards ",
        ResponseDeadline = Deadline,
    };

    private static async Task<Consultation> ReadAsync(Council c)
    {
        using var db = c.Open(Viewer.System);
        return await db.Consultations.Include(x => x.Decision).Include(x => x.LeadAction!).ThenInclude(a => a.Owners).Include(x => x.ResponsePaper).SingleAsync();
    }

    [Fact]
    public async Task Recording_TakesTheBodyFromThePaper_AndTrimsWhatWasTyped()
    {
        using var c = await CouncilAsync();
        using var db = c.Open(c.Clerk);

        var consultation = await ConsultationRegister.RecordAsync(db, Details(c.Paper) with { Link = " " });

        var read = await ReadAsync(c);
        read.Id.ShouldBe(consultation.Id);
        (read.BodyId, read.PaperId).ShouldBe((c.Body, c.Paper));
        (read.ConsultingOrganisation, read.Title, read.Link, read.ResponseDeadline).ShouldBe(("Department for Local Services", "Local digital standards: call for evidence", (string?)null, Deadline));
        read.StateOn(Deadline).ShouldBe(ConsultationState.Open);
    }

    [Fact]
    public async Task Recording_IsForTheClerksOfThePapersBody_AndOncePerPaper()
    {
        using var c = await CouncilAsync();
        using (var member = c.Open(new Viewer { UserId = "m", MemberOf = [c.Body] }))
            await Should.ThrowAsync<EditNotAllowedException>(() => ConsultationRegister.RecordAsync(member, Details(c.Paper)));
        using (var panelClerk = c.Open(new Viewer { UserId = "p", ClerkOf = [c.Panel] }))
        {
            await Should.ThrowAsync<EditNotAllowedException>(() => ConsultationRegister.RecordAsync(panelClerk, Details(c.Paper)));
            var missing = await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.RecordAsync(panelClerk, Details(999) with { Title = null }));
            missing.Problems.ShouldBe(new Dictionary<string, string>
            {
                ["paperId"] = "Choose the paper that is the consultation",
                ["title"] = "Enter the title of the consultation",
            }, ignoreOrder: true);
        }

        using var db = c.Open(c.Clerk);
        await ConsultationRegister.RecordAsync(db, Details(c.Paper));
        var again = await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.RecordAsync(db, Details(c.Paper)));
        again.Problems["paperId"].ShouldBe("Local digital standards is already recorded as a consultation");
        using var read = c.Open(Viewer.System);
        (await read.Consultations.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task DecidingToRespond_RecordsTheUsualWordsInTheDecisionsRegister()
    {
        using var c = await CouncilAsync();
        using var db = c.Open(c.Clerk);
        var consultation = await ConsultationRegister.RecordAsync(db, Details(c.Paper));

        var decision = await ConsultationRegister.DecideAsync(db, consultation, c.Item, respond: true, wording: " ");

        decision.Text.ShouldBe("To respond to the Department for Local Services consultation “Local digital standards: call for evidence” by 30 June 2026.");
        (decision.BodyId, decision.AgendaItemId, decision.Number).ShouldBe((c.Body, (int?)c.Item, 1));
        var read = await ReadAsync(c);
        read.WillRespond.ShouldBe(true);
        read.DecisionId.ShouldBe(decision.Id);
        read.StateOn(Deadline).ShouldBe(ConsultationState.Responding);

        var twice = await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.DecideAsync(db, consultation, c.Item, respond: false, wording: null));
        twice.Problems.ShouldBe(new Dictionary<string, string> { ["respond"] = "Whether to respond has already been decided" });
    }

    [Fact]
    public async Task DecidingNotToRespond_UsesItsOwnWords_OrThoseGiven()
    {
        using var c = await CouncilAsync();
        using var db = c.Open(c.Clerk);
        var consultation = await ConsultationRegister.RecordAsync(db, Details(c.Paper));

        var decision = await ConsultationRegister.DecideAsync(db, consultation, c.Item, respond: false, wording: null);

        decision.Text.ShouldBe("Not to respond to the Department for Local Services consultation “Local digital standards: call for evidence”.");
        (await ReadAsync(c)).StateOn(Deadline).ShouldBe(ConsultationState.NotResponding);

        using var other = await CouncilAsync();
        using var otherDb = other.Open(other.Clerk);
        var second = await ConsultationRegister.RecordAsync(otherDb, Details(other.Paper));
        (await ConsultationRegister.DecideAsync(otherDb, second, other.Item, respond: true, wording: "  To answer questions 1 to 4 only. ")).Text.ShouldBe("To answer questions 1 to 4 only.");
    }

    [Fact]
    public async Task Deciding_NeedsAChoice_AndAnItemOfTheBodysOwnMeeting()
    {
        using var c = await CouncilAsync();
        using var db = c.Open(Viewer.System);
        var consultation = await ConsultationRegister.RecordAsync(db, Details(c.Paper));

        var refused = await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.DecideAsync(db, consultation, c.PanelItem, respond: null, wording: null));
        refused.Problems.ShouldBe(new Dictionary<string, string>
        {
            ["respond"] = "Choose whether the body will respond",
            ["agendaItemId"] = "Choose the item of the body's meeting at which it was decided",
        }, ignoreOrder: true);
        (await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.DecideAsync(db, consultation, null, respond: true, wording: null))).Problems.Keys.ShouldBe(["agendaItemId"]);
        var tooLong = await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.DecideAsync(db, consultation, c.Item, respond: true, wording: new string('w', 4001)));
        tooLong.Problems.ShouldBe(new Dictionary<string, string> { ["wording"] = "The decision must be 4,000 characters or fewer" });
        consultation.WillRespond.ShouldBeNull();

        using var member = c.Open(new Viewer { UserId = "m", MemberOf = [c.Body] });
        var seen = await member.Consultations.SingleAsync();
        await Should.ThrowAsync<EditNotAllowedException>(() => ConsultationRegister.DecideAsync(member, seen, c.Item, respond: true, wording: null));
    }

    [Fact]
    public async Task NamingALead_RaisesAnActionUnderTheDecision_DueByTheDeadline_AndNamingAnotherChangesItsOwner()
    {
        using var c = await CouncilAsync();
        using var db = c.Open(c.Clerk);
        var consultation = await ConsultationRegister.RecordAsync(db, Details(c.Paper));
        var decision = await ConsultationRegister.DecideAsync(db, consultation, c.Item, respond: true, wording: null);

        var action = await ConsultationRegister.AssignLeadAsync(db, consultation, c.Ada, null);

        action.Text.ShouldBe("lead the response to the Department for Local Services consultation “Local digital standards: call for evidence”.");
        (action.DueDate, action.DecisionId, action.AgendaItemId, action.BodyId).ShouldBe(((DateOnly?)Deadline, (int?)decision.Id, (int?)c.Item, c.Body));
        action.Owners.Select(o => o.Id).ShouldBe([c.Ada]);
        (await ReadAsync(c)).LeadActionId.ShouldBe(action.Id);

        var again = await ConsultationRegister.AssignLeadAsync(db, consultation, c.Bea, new DateOnly(2026, 6, 1));
        again.Id.ShouldBe(action.Id);
        var read = await ReadAsync(c);
        read.LeadAction!.Owners.Select(o => o.Id).ShouldBe([c.Bea]);
        read.LeadAction.DueDate.ShouldBe(new DateOnly(2026, 6, 1));
        using var all = c.Open(Viewer.System);
        (await all.Actions.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task OnlyThoseWhoKeepTheBodysRecords_MayRecord_NameALead_OrAttachAResponse()
    {
        using var c = await CouncilAsync();
        var member = new Viewer { UserId = "m", MemberOf = [c.Body] };
        using (var db = c.Open(member))
        {
            await Should.ThrowAsync<EditNotAllowedException>(() => ConsultationRegister.RecordAsync(db, Details(c.Paper)));
            await Should.ThrowAsync<EditNotAllowedException>(() => ConsultationRegister.RecordAsync(db, new ConsultationDetails()));
        }

        using (var db = c.Open(c.Clerk))
        {
            var consultation = await ConsultationRegister.RecordAsync(db, Details(c.Paper));
            await ConsultationRegister.DecideAsync(db, consultation, c.Item, respond: true, wording: null);
        }

        using (var db = c.Open(member))
        {
            var seen = await db.Consultations.SingleAsync();
            await Should.ThrowAsync<EditNotAllowedException>(() => ConsultationRegister.AssignLeadAsync(db, seen, c.Ada, null));
            await Should.ThrowAsync<EditNotAllowedException>(() => ConsultationRegister.AttachResponseAsync(db, seen, c.Response));
        }

        var read = await ReadAsync(c);
        read.LeadAction.ShouldBeNull();
        read.ResponsePaperId.ShouldBeNull();
    }

    [Fact]
    public async Task ALeadsAction_IsDueOnTheDateGiven_BeforeTheDeadline()
    {
        using var c = await CouncilAsync();
        using var db = c.Open(c.Clerk);
        var consultation = await ConsultationRegister.RecordAsync(db, Details(c.Paper));
        await ConsultationRegister.DecideAsync(db, consultation, c.Item, respond: true, wording: null);

        var action = await ConsultationRegister.AssignLeadAsync(db, consultation, c.Ada, new DateOnly(2026, 6, 1));

        action.DueDate.ShouldBe(new DateOnly(2026, 6, 1));
    }

    [Fact]
    public async Task NamingNobody_BeforeDecidingToRespond_IsToldToRecordTheDecisionFirst()
    {
        using var c = await CouncilAsync();
        using var db = c.Open(c.Clerk);
        var consultation = await ConsultationRegister.RecordAsync(db, Details(c.Paper));
        (await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.AssignLeadAsync(db, consultation, null, null)))
            .Problems.ShouldBe(new Dictionary<string, string> { ["personId"] = "Record the decision to respond before naming a lead" });
    }

    [Fact]
    public async Task ALead_IsNamedOnlyAfterDecidingToRespond_AndMustBeSomeone()
    {
        using var c = await CouncilAsync();
        using var db = c.Open(c.Clerk);
        var consultation = await ConsultationRegister.RecordAsync(db, Details(c.Paper));

        (await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.AssignLeadAsync(db, consultation, c.Ada, null)))
            .Problems.ShouldBe(new Dictionary<string, string> { ["personId"] = "Record the decision to respond before naming a lead" });
        await ConsultationRegister.DecideAsync(db, consultation, c.Item, respond: true, wording: null);
        (await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.AssignLeadAsync(db, consultation, 999, null)))
            .Problems.ShouldBe(new Dictionary<string, string> { ["personId"] = "Choose who leads the response" });
        (await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.AssignLeadAsync(db, consultation, null, null)))
            .Problems.Keys.ShouldBe(["personId"]);

        using var other = await CouncilAsync();
        using var otherDb = other.Open(other.Clerk);
        var declined = await ConsultationRegister.RecordAsync(otherDb, Details(other.Paper));
        await ConsultationRegister.DecideAsync(otherDb, declined, other.Item, respond: false, wording: null);
        (await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.AssignLeadAsync(otherDb, declined, other.Ada, null)))
            .Problems["personId"].ShouldBe("Record the decision to respond before naming a lead");
    }

    [Fact]
    public async Task TheResponse_IsAnotherPaperOfTheBody_AndAnswersTheConsultation()
    {
        using var c = await CouncilAsync();
        using var db = c.Open(c.Clerk);
        var consultation = await ConsultationRegister.RecordAsync(db, Details(c.Paper));

        var problems = new (int? PaperId, string Problem)[]
        {
            (null, "Choose the paper of the body's that is its response"),
            (999, "Choose the paper of the body's that is its response"),
            (c.PanelPaper, "Choose the paper of the body's that is its response"),
            (c.Paper, "The response cannot be the consultation paper itself"),
        };
        foreach (var (paperId, problem) in problems)
        {
            (await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.AttachResponseAsync(db, consultation, paperId)))
                .Problems.ShouldBe(new Dictionary<string, string> { ["responsePaperId"] = problem });
        }

        await ConsultationRegister.AttachResponseAsync(db, consultation, c.Response);

        var read = await ReadAsync(c);
        read.ResponsePaperId.ShouldBe(c.Response);
        read.StateOn(Deadline.AddDays(1)).ShouldBe(ConsultationState.Responded);
    }

    [Fact]
    public async Task NoResponse_IsAttachedAfterDecidingNotToRespond()
    {
        using var c = await CouncilAsync();
        using var db = c.Open(c.Clerk);
        var consultation = await ConsultationRegister.RecordAsync(db, Details(c.Paper));
        await ConsultationRegister.DecideAsync(db, consultation, c.Item, respond: false, wording: null);

        (await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.AttachResponseAsync(db, consultation, c.Response)))
            .Problems.ShouldBe(new Dictionary<string, string> { ["responsePaperId"] = "The body decided not to respond to this consultation" });
        (await Should.ThrowAsync<InvalidInputException>(() => ConsultationRegister.AttachResponseAsync(db, consultation, c.Paper)))
            .Problems.ShouldBe(new Dictionary<string, string> { ["responsePaperId"] = "The body decided not to respond to this consultation" });
    }

    [Fact]
    public async Task TheList_PutsThoseStillOpenFirst_ByDeadline_AndOutstandingLeavesOutTheSettled()
    {
        using var c = await CouncilAsync();
        using var db = c.Open(Viewer.System);
        var today = new DateOnly(2026, 5, 1);
        var papers = new List<int>();
        foreach (var title in new[] { "answered", "declined", "lapsed", "due later", "due today", "due soon" })
        {
            var paper = new Paper { BodyId = c.Body, Title = title };
            paper.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
            db.Papers.Add(paper);
            await db.SaveChangesAsync();
            papers.Add(paper.Id);
        }

        async Task<Consultation> Record(int index, DateOnly deadline) =>
            await ConsultationRegister.RecordAsync(db, Details(papers[index]) with { Title = db.Papers.Single(p => p.Id == papers[index]).Title, ResponseDeadline = deadline });

        var answered = await Record(0, today.AddDays(1));
        await ConsultationRegister.AttachResponseAsync(db, answered, c.Response);
        var declined = await Record(1, today.AddDays(2));
        await ConsultationRegister.DecideAsync(db, declined, c.Item, respond: false, wording: null);
        await Record(2, today.AddDays(-1));
        await Record(3, today.AddDays(30));
        await Record(4, today);
        var soon = await Record(5, today.AddDays(3));
        await ConsultationRegister.DecideAsync(db, soon, c.Item, respond: true, wording: null);

        ConsultationRegister.ByDeadline(db, db.Consultations, today).Select(x => x.Title).ToList()
            .ShouldBe(["due today", "due soon", "due later", "lapsed", "answered", "declined"]);
        ConsultationRegister.Outstanding(db, db.Consultations, today).OrderBy(x => x.ResponseDeadline).Select(x => x.Title).ToList()
            .ShouldBe(["due today", "due soon", "due later"]);
    }

    [Fact]
    public async Task TheList_CountsOnlyTheResponseAndDecisionTheViewerSees()
    {
        using var c = await CouncilAsync();
        int responseId;
        using (var db = c.Open(Viewer.System))
        {
            var today = new DateOnly(2026, 5, 1);
            var consultation = await ConsultationRegister.RecordAsync(db, Details(c.Paper) with { ResponseDeadline = today.AddDays(5) });
            var response = new Paper { BodyId = c.Body, Title = "Draft response" };
            response.Classify(ProtectiveMarking.Official, null, Circulation.NamedPeople, [], [await db.People.SingleAsync(p => p.Id == c.Ada)]);
            db.Papers.Add(response);
            await db.SaveChangesAsync();
            responseId = response.Id;
            await ConsultationRegister.AttachResponseAsync(db, consultation, responseId);
        }

        var day = new DateOnly(2026, 5, 1);
        using var anonymous = c.Open(Viewer.Anonymous);
        ConsultationRegister.Outstanding(anonymous, anonymous.Consultations, day).Count().ShouldBe(1, "the public cannot open the response, so it is not answered as far as they can tell");
        using var ada = c.Open(new Viewer { UserId = "ada", PersonId = c.Ada });
        ConsultationRegister.Outstanding(ada, ada.Consultations, day).Count().ShouldBe(0);
    }
}
