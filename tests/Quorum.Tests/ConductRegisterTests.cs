using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Conduct;
using Quorum.Data;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Tests;

/// <summary>The conduct of a meeting recorded through its register: quorum, declarations, motions and votes, on a database.</summary>
public sealed class ConductRegisterTests : IDisposable
{
    private static readonly DateOnly MeetingDate = new(2026, 3, 10);

    private readonly InMemoryQuorum quorum = new();
    private readonly Seeded data;

    public ConductRegisterTests() => data = Seed();

    public void Dispose() => quorum.Dispose();

    /// <summary>A body of four voting members (quorum 3): Ann chairs, Ben, Cal and Dee sit; Eve observes; Fay sat until the day before.</summary>
    private sealed record Seeded(int Body, int Meeting, int Item, int Other, int Ann, int Ben, int Cal, int Dee, int Eve, int Fay, int Stranger)
    {
        public Viewer Clerk => new() { UserId = "clerk", ClerkOf = [Body] };
    }

    private Seeded Seed()
    {
        using var db = quorum.Open(Viewer.System);
        var body = new Body { Name = "Planning Committee", ShortName = "PC", Quorum = 3 };
        var people = new[] { "Ann Chair", "Ben Member", "Cal Member", "Dee Member", "Eve Observer", "Fay Former", "Sam Stranger" }
            .Select(n => new Person { FullName = n }).ToArray();
        db.AddRange(people);
        db.Memberships.AddRange(
            new Membership { Body = body, Person = people[0], Role = MembershipRole.Chair },
            new Membership { Body = body, Person = people[1] },
            new Membership { Body = body, Person = people[2], From = MeetingDate },
            new Membership { Body = body, Person = people[3], Until = MeetingDate },
            new Membership { Body = body, Person = people[4], Role = MembershipRole.Observer },
            new Membership { Body = body, Person = people[5], Until = MeetingDate.AddDays(-1) });
        var meeting = new Meeting { Body = body, Number = 1, Date = MeetingDate };
        var item = new AgendaItem { Meeting = meeting, Title = "Application 26/001", Number = "1", Position = 1 };
        var other = new AgendaItem { Meeting = meeting, Title = "Application 26/002", Number = "2", Position = 2 };
        db.AddRange(meeting, item, other);
        db.SaveChanges();
        return new Seeded(body.Id, meeting.Id, item.Id, other.Id, people[0].Id, people[1].Id, people[2].Id, people[3].Id, people[4].Id, people[5].Id, people[6].Id);
    }

    private void Attend(params (int Person, AttendanceStatus Status, string? Role)[] attendance)
    {
        using var db = quorum.Open(Viewer.System);
        db.Attendance.AddRange(attendance.Select(a => new Attendance { MeetingId = data.Meeting, PersonId = a.Person, Status = a.Status, Role = a.Role }));
        db.SaveChanges();
    }

    private void AttendAll() => Attend(
        (data.Ann, AttendanceStatus.Present, null),
        (data.Ben, AttendanceStatus.Present, null),
        (data.Cal, AttendanceStatus.Present, null),
        (data.Dee, AttendanceStatus.Present, null));

    /// <summary>Marks the minutes approved, as approving them at a later meeting does.</summary>
    private void ApproveMinutes()
    {
        using var db = quorum.Open(Viewer.System);
        var meeting = db.Meetings.Single(m => m.Id == data.Meeting);
        db.Entry(meeting).Property(m => m.MinutesState).CurrentValue = MinutesState.Approved;
        db.SaveChanges();
    }

    private QuorumDb Clerk() => quorum.Open(data.Clerk);

    private static Task<AgendaItem> ItemAsync(QuorumDb db, int id) => db.AgendaItems.SingleAsync(i => i.Id == id);

    private static Task<Meeting> MeetingAsync(QuorumDb db, int id) => db.Meetings.Include(m => m.Attendance).SingleAsync(m => m.Id == id);

    private async Task<Motion> MoveAsync(string text, int mover, int? seconder = null, int? item = null)
    {
        using var db = Clerk();
        return await ConductRegister.MoveAsync(db, await ItemAsync(db, item ?? data.Item), new MotionInput(text, mover, seconder));
    }

    private async Task PutAsync(int motionId, Ballot ballot)
    {
        using var db = Clerk();
        await ConductRegister.PutToVoteAsync(db, await db.Motions.SingleAsync(m => m.Id == motionId), ballot);
    }

    private async Task<Declaration> DeclareAsync(DeclarationInput input, int? item = null)
    {
        using var db = Clerk();
        return await ConductRegister.DeclareAsync(db, await ItemAsync(db, item ?? data.Item), input);
    }

    // Quorum

    [Fact]
    public async Task Quorum_CountsVotingMembersPresentWhoseSeatIsCurrentOnTheDay()
    {
        Attend(
            (data.Ann, AttendanceStatus.Present, null),
            (data.Cal, AttendanceStatus.Present, null),
            (data.Dee, AttendanceStatus.Apologies, null),
            (data.Eve, AttendanceStatus.Present, null),
            (data.Fay, AttendanceStatus.Present, null));

        using var db = Clerk();
        var count = await ConductRegister.QuorumOfAsync(db, await MeetingAsync(db, data.Meeting));

        // Ann, Ben, Cal (from the day) and Dee (until the day) hold voting seats; Eve observes, Fay had left.
        count.ShouldBe(new QuorumCount(3, 2, 4, 0, true));
        count.IsQuorate.ShouldBe(false);
    }

    [Fact]
    public async Task Quorum_IsMetWhenEnoughVotingMembersArePresent()
    {
        Attend((data.Ann, AttendanceStatus.Present, null), (data.Ben, AttendanceStatus.Present, null), (data.Dee, AttendanceStatus.Present, null));

        using var db = Clerk();
        (await ConductRegister.QuorumOfAsync(db, await MeetingAsync(db, data.Meeting))).IsQuorate.ShouldBe(true);
    }

    // Informal meetings

    [Fact]
    public async Task InquorateMeeting_MayBeHeldAsInformal_AndItsDecisionsBecomeRecommendations()
    {
        Attend((data.Ann, AttendanceStatus.Present, null));
        using (var db = quorum.Open(Viewer.System))
        {
            db.Decisions.Add(new Quorum.Decisions.Decision { BodyId = data.Body, MeetingId = data.Meeting, Number = 1, Text = "Agreed" });
            db.SaveChanges();
        }

        using (var db = Clerk())
            await ConductRegister.HoldAsInformalAsync(db, await db.Meetings.SingleAsync(m => m.Id == data.Meeting), true);

        using (var db = quorum.Open(Viewer.System))
        {
            (await db.Meetings.SingleAsync()).IsInformal.ShouldBeTrue();
            (await db.Decisions.SingleAsync()).IsRecommendation.ShouldBeTrue();
        }

        using (var db = Clerk())
            await ConductRegister.HoldAsInformalAsync(db, await db.Meetings.SingleAsync(m => m.Id == data.Meeting), false);

        using var reader = quorum.Open(Viewer.System);
        (await reader.Meetings.SingleAsync()).IsInformal.ShouldBeFalse();
        (await reader.Decisions.SingleAsync()).IsRecommendation.ShouldBeFalse();
    }

    [Fact]
    public async Task QuorateMeeting_CannotBeHeldAsInformal()
    {
        AttendAll();

        using var db = Clerk();
        (await Should.ThrowAsync<DomainException>(async () =>
            await ConductRegister.HoldAsInformalAsync(db, await db.Meetings.SingleAsync(m => m.Id == data.Meeting), true)))
            .Message.ShouldBe("The meeting is quorate as its attendance stands: only an inquorate meeting is held as an informal one.");
    }

    [Fact]
    public async Task OnlyTheBodysClerk_MayHoldTheMeetingAsInformal()
    {
        using var db = quorum.Open(new Viewer { UserId = "member", MemberOf = [data.Body], ClerkOf = [data.Body + 100] });
        await Should.ThrowAsync<EditNotAllowedException>(async () =>
            await ConductRegister.HoldAsInformalAsync(db, await db.Meetings.SingleAsync(m => m.Id == data.Meeting), true));
    }

    // The floor

    [Fact]
    public async Task Floor_TakesTheChairFromTheAttendanceRole()
    {
        Attend((data.Ann, AttendanceStatus.Present, null), (data.Ben, AttendanceStatus.Present, " chair "), (data.Cal, AttendanceStatus.Apologies, null));

        using var db = Clerk();
        var floor = await ConductRegister.FloorAsync(db, await MeetingAsync(db, data.Meeting), await ItemAsync(db, data.Item));

        floor.Present.ShouldBe([data.Ann, data.Ben], ignoreOrder: true);
        floor.ChairId.ShouldBe(data.Ben);
        floor.Barred.ShouldBeEmpty();
        floor.NameOf(data.Cal).ShouldBe("Cal Member");
    }

    [Fact]
    public async Task Floor_FallsBackToTheBodysChairWhenPresent()
    {
        Attend((data.Ann, AttendanceStatus.Present, null), (data.Ben, AttendanceStatus.Present, null));

        using var db = Clerk();
        (await ConductRegister.FloorAsync(db, await MeetingAsync(db, data.Meeting), await ItemAsync(db, data.Item))).ChairId.ShouldBe(data.Ann);
    }

    [Fact]
    public async Task Floor_HasNoChairWhenTheBodysChairIsAbsent()
    {
        Attend((data.Ann, AttendanceStatus.Apologies, "Chair"), (data.Ben, AttendanceStatus.Present, null));

        using var db = Clerk();
        (await ConductRegister.FloorAsync(db, await MeetingAsync(db, data.Meeting), await ItemAsync(db, data.Item))).ChairId.ShouldBeNull();
    }

    [Fact]
    public async Task Floor_TakesNoChairWhoseSeatIsNotCurrentOnTheDay()
    {
        using (var db = quorum.Open(Viewer.System))
        {
            db.Memberships.AddRange(
                new Membership { BodyId = data.Body, PersonId = data.Fay, Role = MembershipRole.Chair, Until = MeetingDate.AddDays(-1) },
                new Membership { BodyId = data.Body, PersonId = data.Stranger, Role = MembershipRole.Chair, From = MeetingDate.AddDays(1) });
            db.SaveChanges();
        }

        Attend((data.Ann, AttendanceStatus.Apologies, null), (data.Fay, AttendanceStatus.Present, null), (data.Stranger, AttendanceStatus.Present, null));

        using var reader = Clerk();
        (await ConductRegister.FloorAsync(reader, await MeetingAsync(reader, data.Meeting), await ItemAsync(reader, data.Item))).ChairId.ShouldBeNull();
    }

    [Fact]
    public async Task Floor_TakesAChairWhoseSeatBeginsAndEndsOnTheDay()
    {
        using (var db = quorum.Open(Viewer.System))
        {
            db.Memberships.Add(new Membership { BodyId = data.Body, PersonId = data.Cal, Role = MembershipRole.Chair, From = MeetingDate, Until = MeetingDate });
            db.SaveChanges();
        }

        Attend((data.Ann, AttendanceStatus.Apologies, null), (data.Ben, AttendanceStatus.Present, null), (data.Cal, AttendanceStatus.Present, null));

        using var reader = Clerk();
        (await ConductRegister.FloorAsync(reader, await MeetingAsync(reader, data.Meeting), await ItemAsync(reader, data.Item))).ChairId.ShouldBe(data.Cal);
    }

    [Fact]
    public async Task Floor_BarsThoseWhoseDeclarationKeepsThemOut_OfThatItemOnly()
    {
        AttendAll();
        await DeclareAsync(new DeclarationInput(data.Ben, InterestKind.DisclosablePecuniary, "Owns the site"));
        await DeclareAsync(new DeclarationInput(data.Cal, InterestKind.OtherRegistrable, "Knows the applicant"));
        await DeclareAsync(new DeclarationInput(data.Dee, InterestKind.NonRegistrable, "Lives nearby", LeftTheRoom: true));
        await DeclareAsync(new DeclarationInput(data.Ann, InterestKind.OtherRegistrable, "Governor", TookNoPart: true), data.Other);

        using var db = Clerk();
        var meeting = await MeetingAsync(db, data.Meeting);
        (await ConductRegister.FloorAsync(db, meeting, await ItemAsync(db, data.Item))).Barred.ShouldBe([data.Ben, data.Dee], ignoreOrder: true);
        (await ConductRegister.FloorAsync(db, meeting, await ItemAsync(db, data.Other))).Barred.ShouldBe([data.Ann]);
    }

    [Fact]
    public async Task Floor_NamesABarredMemberNotRecordedAtTheMeeting()
    {
        Attend((data.Ann, AttendanceStatus.Present, null));
        await DeclareAsync(new DeclarationInput(data.Ben, InterestKind.DisclosablePecuniary, "Owns the site"));

        using var db = Clerk();
        var floor = await ConductRegister.FloorAsync(db, await MeetingAsync(db, data.Meeting), await ItemAsync(db, data.Item));
        floor.NameOf(data.Ben).ShouldBe("Ben Member");
    }

    // Declarations

    [Fact]
    public async Task Declaration_IsRecordedTrimmed()
    {
        var declaration = await DeclareAsync(new DeclarationInput(data.Cal, InterestKind.OtherRegistrable, "  Knows the applicant  "));

        using var db = quorum.Open(Viewer.System);
        var saved = await db.Declarations.SingleAsync(d => d.Id == declaration.Id);
        (saved.MeetingId, saved.AgendaItemId, saved.PersonId, saved.Kind, saved.Nature, saved.LeftTheRoom, saved.TookNoPart)
            .ShouldBe((data.Meeting, data.Item, data.Cal, InterestKind.OtherRegistrable, "Knows the applicant", false, false));
    }

    [Fact]
    public async Task PecuniaryInterest_MeansTheMemberTookNoPart()
    {
        var declaration = await DeclareAsync(new DeclarationInput(data.Cal, InterestKind.DisclosablePecuniary, "Owns the site"));
        declaration.TookNoPart.ShouldBeTrue();
        declaration.LeftTheRoom.ShouldBeFalse();
    }

    [Fact]
    public async Task LeavingTheRoom_MeansTheMemberTookNoPart()
    {
        var declaration = await DeclareAsync(new DeclarationInput(data.Cal, InterestKind.NonRegistrable, "Lives nearby", LeftTheRoom: true));
        (declaration.LeftTheRoom, declaration.TookNoPart).ShouldBe((true, true));
    }

    [Fact]
    public async Task SomeoneRecordedAtTheMeeting_MayDeclare_ThoughNotAMember()
    {
        Attend((data.Stranger, AttendanceStatus.Present, "Officer"));
        (await DeclareAsync(new DeclarationInput(data.Stranger, InterestKind.NonRegistrable, "Advised the applicant"))).PersonId.ShouldBe(data.Stranger);
    }

    [Fact]
    public async Task MembersWhoseSeatCoversTheDay_MayDeclare()
    {
        (await DeclareAsync(new DeclarationInput(data.Cal, InterestKind.NonRegistrable, "Neighbour"))).PersonId.ShouldBe(data.Cal);
        (await DeclareAsync(new DeclarationInput(data.Dee, InterestKind.NonRegistrable, "Neighbour"))).PersonId.ShouldBe(data.Dee);
    }

    [Theory]
    [InlineData(nameof(Seeded.Fay))]
    [InlineData(nameof(Seeded.Stranger))]
    public async Task SomeoneNeitherSeatedNorRecorded_CannotDeclare(string who)
    {
        var person = who == nameof(Seeded.Fay) ? data.Fay : data.Stranger;
        var refused = await Should.ThrowAsync<InvalidInputException>(() => DeclareAsync(new DeclarationInput(person, InterestKind.NonRegistrable, "Neighbour")));
        refused.Problems.ShouldBe(new Dictionary<string, string> { ["personId"] = "Choose a member of the body or someone recorded at the meeting" });
    }

    [Fact]
    public async Task SomeoneRecordedOnlyAtAnotherMeeting_OrSeatedOnlyOnAnotherBody_CannotDeclare()
    {
        using (var db = quorum.Open(Viewer.System))
        {
            var otherBody = new Body { Name = "Licensing Committee", ShortName = "LC" };
            var otherMeeting = new Meeting { Body = otherBody, Number = 1, Date = MeetingDate };
            db.AddRange(otherBody, otherMeeting);
            db.Memberships.Add(new Membership { Body = otherBody, PersonId = data.Fay });
            db.SaveChanges();
            db.Attendance.Add(new Attendance { MeetingId = otherMeeting.Id, PersonId = data.Stranger, Status = AttendanceStatus.Present });
            db.SaveChanges();
        }

        Attend((data.Ann, AttendanceStatus.Present, null));

        foreach (var person in new[] { data.Stranger, data.Fay })
        {
            var refused = await Should.ThrowAsync<InvalidInputException>(() => DeclareAsync(new DeclarationInput(person, InterestKind.NonRegistrable, "Neighbour")));
            refused.Problems.ShouldBe(new Dictionary<string, string> { ["personId"] = "Choose a member of the body or someone recorded at the meeting" });
        }
    }

    [Fact]
    public async Task IncompleteDeclaration_IsRefusedFieldByField()
    {
        var refused = await Should.ThrowAsync<InvalidInputException>(() => DeclareAsync(new DeclarationInput(null, null, "  ")));
        refused.Problems.ShouldBe(new Dictionary<string, string>
        {
            ["personId"] = "Choose who declared the interest",
            ["kind"] = "Choose the kind of interest",
            ["nature"] = "Describe the nature of the interest",
        });
        using var db = quorum.Open(Viewer.System);
        (await db.Declarations.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task DeclarationWithNoNatureGiven_IsRefused()
    {
        var refused = await Should.ThrowAsync<InvalidInputException>(() => DeclareAsync(new DeclarationInput(data.Ben, InterestKind.NonRegistrable, null)));
        refused.Problems.ShouldBe(new Dictionary<string, string> { ["nature"] = "Describe the nature of the interest" });
    }

    [Fact]
    public async Task OverLongNature_IsRefused()
    {
        var max = FieldLengths.Of<Declaration>(quorum.Open(Viewer.System), nameof(Declaration.Nature))!.Value;
        var refused = await Should.ThrowAsync<InvalidInputException>(() => DeclareAsync(new DeclarationInput(data.Ben, InterestKind.NonRegistrable, new string('n', max + 1))));
        refused.Problems.ShouldBe(new Dictionary<string, string>
        {
            ["nature"] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The nature of the interest must be {max:N0} characters or fewer"),
        });
        (await DeclareAsync(new DeclarationInput(data.Ben, InterestKind.NonRegistrable, new string('n', max)))).Nature.Length.ShouldBe(max);
    }

    [Fact]
    public async Task BarringDeclaration_IsRefusedFromSomeoneWhoAlreadyTookPartInAMotion()
    {
        AttendAll();
        await MoveAsync("That the application be approved", data.Ben, data.Cal);

        var refused = await Should.ThrowAsync<DomainException>(() => DeclareAsync(new DeclarationInput(data.Cal, InterestKind.DisclosablePecuniary, "Owns the site")));
        refused.Message.ShouldBe("This member moved, seconded or voted on a motion under this item: a member with this interest takes no part, so correct the motion first.");
        // An interest that does not bar them may still be declared, and one under another item.
        await DeclareAsync(new DeclarationInput(data.Cal, InterestKind.OtherRegistrable, "Knows the applicant"));
        await DeclareAsync(new DeclarationInput(data.Cal, InterestKind.DisclosablePecuniary, "Owns the site"), data.Other);
    }

    [Fact]
    public async Task BarringDeclaration_IsRefusedFromSomeoneWhoVotedByName_ButNotFromAMemberWhoTookNoPart()
    {
        AttendAll();
        var motion = await MoveAsync("That the application be approved", data.Ben, data.Cal);
        await PutAsync(motion.Id, new Ballot(ByName: new Dictionary<int, VoteChoice>
        {
            [data.Ben] = VoteChoice.For,
            [data.Cal] = VoteChoice.For,
            [data.Dee] = VoteChoice.Against,
        }));

        var refused = await Should.ThrowAsync<DomainException>(() => DeclareAsync(new DeclarationInput(data.Dee, InterestKind.DisclosablePecuniary, "Owns the site")));
        refused.Message.ShouldStartWith("This member moved, seconded or voted on a motion under this item");
        (await DeclareAsync(new DeclarationInput(data.Ann, InterestKind.DisclosablePecuniary, "Owns the site"))).TookNoPart.ShouldBeTrue();
    }

    [Fact]
    public async Task OnlyTheBodysClerk_MayRecordADeclaration()
    {
        using var db = quorum.Open(new Viewer { UserId = "member", MemberOf = [data.Body], ClerkOf = [data.Body + 100] });
        await Should.ThrowAsync<EditNotAllowedException>(async () =>
            await ConductRegister.DeclareAsync(db, await ItemAsync(db, data.Item), new DeclarationInput(data.Ben, InterestKind.NonRegistrable, "Neighbour")));
    }

    [Fact]
    public async Task Declaration_MayBeRemoved_UntilTheMinutesAreApproved()
    {
        var declaration = await DeclareAsync(new DeclarationInput(data.Ben, InterestKind.NonRegistrable, "Neighbour"));
        using (var db = Clerk())
            await ConductRegister.RemoveDeclarationAsync(db, await db.Declarations.SingleAsync(d => d.Id == declaration.Id));

        using var reader = quorum.Open(Viewer.System);
        (await reader.Declarations.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Declaration_CannotBeRemoved_OnceTheMinutesAreApproved()
    {
        var declaration = await DeclareAsync(new DeclarationInput(data.Ben, InterestKind.NonRegistrable, "Neighbour"));
        ApproveMinutes();

        using (var db = Clerk())
        {
            var refused = await Should.ThrowAsync<DomainException>(async () =>
                await ConductRegister.RemoveDeclarationAsync(db, await db.Declarations.SingleAsync(d => d.Id == declaration.Id)));
            refused.Message.ShouldBe("The minutes of this meeting were approved and can no longer be edited.");
        }

        using var reader = quorum.Open(Viewer.System);
        (await reader.Declarations.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task OnlyTheBodysClerk_MayRemoveADeclaration()
    {
        var declaration = await DeclareAsync(new DeclarationInput(data.Ben, InterestKind.NonRegistrable, "Neighbour"));
        using (var db = quorum.Open(new Viewer { UserId = "member", MemberOf = [data.Body], ClerkOf = [data.Body + 100] }))
            await Should.ThrowAsync<EditNotAllowedException>(async () => await ConductRegister.RemoveDeclarationAsync(db, await db.Declarations.SingleAsync()));

        using var reader = quorum.Open(Viewer.System);
        (await reader.Declarations.CountAsync()).ShouldBe(1);
    }

    // Motions

    [Fact]
    public async Task Motion_IsNumberedInItsItem()
    {
        AttendAll();
        var first = await MoveAsync("First", data.Ben, data.Cal);
        var second = await MoveAsync("Second", data.Cal);
        var elsewhere = await MoveAsync("Elsewhere", data.Ben, item: data.Other);

        (first.Position, second.Position, elsewhere.Position).ShouldBe((1, 2, 1));
        using var db = quorum.Open(Viewer.System);
        var saved = await db.Motions.SingleAsync(m => m.Id == second.Id);
        (saved.MeetingId, saved.AgendaItemId, saved.Text, saved.MoverId, saved.SeconderId).ShouldBe((data.Meeting, data.Item, "Second", data.Cal, (int?)null));
    }

    [Fact]
    public async Task Motion_NeedsTheAttendanceRecordedFirst()
    {
        var refused = await Should.ThrowAsync<DomainException>(() => MoveAsync("That it be approved", data.Ben));
        refused.Message.ShouldBe("Record who is present on the attendance page first: only members present move, second and vote.");
    }

    [Fact]
    public async Task Motion_CannotBeMovedByABarredMember()
    {
        AttendAll();
        await DeclareAsync(new DeclarationInput(data.Ben, InterestKind.DisclosablePecuniary, "Owns the site"));

        var refused = await Should.ThrowAsync<InvalidInputException>(() => MoveAsync("That it be approved", data.Ben));
        refused.Problems["moverId"].ShouldBe("Ben Member declared an interest that bars them from taking part in this item");
    }

    [Fact]
    public async Task Amendment_IsMovedAgainstItsMotion()
    {
        AttendAll();
        var motion = await MoveAsync("That it be approved", data.Ben, data.Cal);

        using var db = Clerk();
        var amends = await db.Motions.SingleAsync(m => m.Id == motion.Id);
        var amendment = await ConductRegister.MoveAsync(db, await ItemAsync(db, data.Item), new MotionInput("Add a condition", data.Dee, data.Ann, "That it be approved with a condition"), amends);

        amendment.AmendsId.ShouldBe(motion.Id);
        amendment.Position.ShouldBe(2);
    }

    // Votes

    [Fact]
    public async Task CarriedMotion_BecomesTheItemsDecision()
    {
        AttendAll();
        var motion = await MoveAsync("That the application be approved", data.Ben, data.Cal);

        await PutAsync(motion.Id, new Ballot(For: 3, Against: 1));

        using var db = quorum.Open(Viewer.System);
        var saved = await db.Motions.Include(m => m.Decision).SingleAsync();
        saved.Outcome.ShouldBe(MotionOutcome.Carried);
        (saved.Decision!.Text, saved.Decision.AgendaItemId, saved.Decision.Number, saved.Decision.IsRecommendation)
            .ShouldBe(("That the application be approved", (int?)data.Item, 1, false));
    }

    [Fact]
    public async Task LostMotion_DecidesNothing()
    {
        AttendAll();
        var motion = await MoveAsync("That the application be approved", data.Ben, data.Cal);

        await PutAsync(motion.Id, new Ballot(For: 1, Against: 3));

        using var db = quorum.Open(Viewer.System);
        (await db.Motions.SingleAsync()).Outcome.ShouldBe(MotionOutcome.Lost);
        (await db.Decisions.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task CarriedAmendment_IsNoDecision()
    {
        AttendAll();
        var motion = await MoveAsync("That it be approved", data.Ben, data.Cal);
        int amendmentId;
        using (var db = Clerk())
        {
            var amends = await db.Motions.SingleAsync(m => m.Id == motion.Id);
            amendmentId = (await ConductRegister.MoveAsync(db, await ItemAsync(db, data.Item), new MotionInput("Add a condition", data.Dee, data.Ann, "That it be approved with a condition"), amends)).Id;
        }

        await PutAsync(amendmentId, new Ballot(MotionOutcome.Carried));
        using (var db = quorum.Open(Viewer.System))
            (await db.Decisions.CountAsync()).ShouldBe(0);

        await PutAsync(motion.Id, new Ballot(MotionOutcome.Carried));
        using var reader = quorum.Open(Viewer.System);
        (await reader.Decisions.SingleAsync()).Text.ShouldBe("That it be approved with a condition");
    }

    [Fact]
    public async Task Motion_WithAnAmendmentPending_IsNotPut_AndTheAmendmentsMoverIsNamed()
    {
        AttendAll();
        var motion = await MoveAsync("That it be approved", data.Ben, data.Cal);
        using (var db = Clerk())
        {
            var amends = await db.Motions.SingleAsync(m => m.Id == motion.Id);
            await ConductRegister.MoveAsync(db, await ItemAsync(db, data.Item), new MotionInput("Add a condition", data.Dee, data.Ann), amends);
        }

        var refused = await Should.ThrowAsync<DomainException>(() => PutAsync(motion.Id, new Ballot(For: 3, Against: 1)));
        refused.Message.ShouldBe("Put the amendment moved by Dee Member to the vote first: amendments are decided before the motion they amend.");
    }

    [Fact]
    public async Task InquorateMeeting_DecidesNothing()
    {
        Attend((data.Ann, AttendanceStatus.Present, null), (data.Ben, AttendanceStatus.Present, null));
        var motion = await MoveAsync("That the application be approved", data.Ben, data.Ann);

        var refused = await Should.ThrowAsync<DomainException>(() => PutAsync(motion.Id, new Ballot(For: 2, Against: 0)));
        refused.Message.ShouldStartWith("The meeting was not quorate (2 of 3 voting members present), so it decides nothing.");
        using var db = quorum.Open(Viewer.System);
        (await db.Motions.SingleAsync()).Outcome.ShouldBe(MotionOutcome.Moved);
    }

    [Fact]
    public async Task InquorateMeeting_MayStillWithdrawAMotion()
    {
        Attend((data.Ann, AttendanceStatus.Present, null), (data.Ben, AttendanceStatus.Present, null));
        var motion = await MoveAsync("That the application be approved", data.Ben, data.Ann);

        using (var db = Clerk())
            await ConductRegister.WithdrawAsync(db, await db.Motions.SingleAsync(m => m.Id == motion.Id));

        using var reader = quorum.Open(Viewer.System);
        (await reader.Motions.SingleAsync()).Outcome.ShouldBe(MotionOutcome.Withdrawn);
        (await reader.Decisions.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task InformalMeeting_RecordsACarriedMotionAsARecommendation()
    {
        Attend((data.Ann, AttendanceStatus.Present, null), (data.Ben, AttendanceStatus.Present, null));
        using (var db = Clerk())
            await ConductRegister.HoldAsInformalAsync(db, await db.Meetings.SingleAsync(m => m.Id == data.Meeting), true);
        var motion = await MoveAsync("That the application be approved", data.Ben, data.Ann);

        await PutAsync(motion.Id, new Ballot(For: 2, Against: 0));

        using var reader = quorum.Open(Viewer.System);
        (await reader.Decisions.SingleAsync()).IsRecommendation.ShouldBeTrue();
    }

    [Fact]
    public async Task MeetingWithoutAQuorumRule_MayDecide()
    {
        using (var db = quorum.Open(Viewer.System))
        {
            (await db.Bodies.SingleAsync()).Quorum = null;
            await db.SaveChangesAsync();
        }

        Attend((data.Ann, AttendanceStatus.Present, null));
        var motion = await MoveAsync("That the application be approved", data.Ann);
        await PutAsync(motion.Id, new Ballot(MotionOutcome.Carried));

        using var reader = quorum.Open(Viewer.System);
        (await reader.Decisions.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task VoteByName_IsRefusedFromABarredMember()
    {
        AttendAll();
        await DeclareAsync(new DeclarationInput(data.Dee, InterestKind.DisclosablePecuniary, "Owns the site"));
        var motion = await MoveAsync("That the application be approved", data.Ben, data.Cal);

        var refused = await Should.ThrowAsync<InvalidInputException>(() => PutAsync(motion.Id, new Ballot(ByName: new Dictionary<int, VoteChoice>
        {
            [data.Ben] = VoteChoice.For,
            [data.Dee] = VoteChoice.Against,
        })));
        refused.Problems["votes"].ShouldBe("Dee Member declared an interest that bars them from voting on this item");
    }

    [Fact]
    public async Task MotionsOfAnApprovedMeeting_CannotBeMoved()
    {
        AttendAll();
        ApproveMinutes();

        var refused = await Should.ThrowAsync<DomainException>(() => MoveAsync("That it be approved", data.Ben));
        refused.Message.ShouldBe("The minutes of this meeting were approved and can no longer be edited.");
    }
}
