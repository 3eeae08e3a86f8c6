using Quorum.Conduct;
using Quorum.Meetings;

namespace Quorum.Tests;

public class MotionTests
{
    private const int Chair = 1, Ann = 2, Bob = 3, Cat = 4, Dan = 5;

    private static readonly AgendaItem Item = new() { Id = 7, MeetingId = 3, Title = "Library opening hours" };

    private static Floor FloorWith(int? chair = Chair, params int[] barred) => new(
        new HashSet<int> { Chair, Ann, Bob, Cat, Dan },
        chair,
        barred.ToHashSet(),
        new Dictionary<int, string> { [Chair] = "Carol Chair", [Ann] = "Ann", [Bob] = "Bob", [Cat] = "Cat", [Dan] = "Dan" });

    private static Motion Moved(Floor? floor = null) => Motion.Move(Item, "That the libraries open on Sundays", Ann, Bob, floor ?? FloorWith());

    [Fact]
    public void MoreVotesFor_CarriesTheMotion()
    {
        var motion = Moved();
        motion.PutToVote(new Ballot(For: 3, Against: 1, Abstained: 1), FloorWith());
        motion.Outcome.ShouldBe(MotionOutcome.Carried);
        motion.DescribeOutcome().ShouldBe("carried (3 for, 1 against, 1 abstention)");
    }

    [Fact]
    public void AnEqualityOfVotes_IsSettledByTheChairsCastingVote()
    {
        var motion = Moved();
        motion.PutToVote(new Ballot(For: 2, Against: 2, CastingVote: VoteChoice.For), FloorWith());
        motion.Outcome.ShouldBe(MotionOutcome.Carried);
        motion.CastingVoteById.ShouldBe(Chair);
        motion.DescribeOutcome().ShouldBe("carried (2 for, 2 against, 0 abstentions; on the chair's casting vote for)");
    }

    [Fact]
    public void AnEqualityWithoutACastingVote_LosesTheMotion()
    {
        var motion = Moved();
        motion.PutToVote(new Ballot(For: 2, Against: 2), FloorWith());
        motion.Outcome.ShouldBe(MotionOutcome.Lost);
    }

    [Fact]
    public void NoVotesAgainstAndNoAbstentions_CarryTheMotion_AndNoVotesForLoseIt()
    {
        var unanimous = Moved();
        unanimous.PutToVote(new Ballot(For: 3, Against: 0, Abstained: 0), FloorWith());
        unanimous.DescribeOutcome().ShouldBe("carried (3 for, 0 against, 0 abstentions)");

        var lost = Moved();
        lost.PutToVote(new Ballot(For: 0, Against: 3), FloorWith());
        lost.DescribeOutcome().ShouldBe("lost (0 for, 3 against, 0 abstentions)");
    }

    [Fact]
    public void ACastingVote_IsRefusedUnlessTheVotesAreEqual()
    {
        Should.Throw<DomainException>(() => Moved().PutToVote(new Ballot(For: 3, Against: 2, CastingVote: VoteChoice.Against), FloorWith()));
    }

    [Fact]
    public void ACastingVote_NeedsAChair()
    {
        Should.Throw<DomainException>(() => Moved().PutToVote(new Ballot(For: 2, Against: 2, CastingVote: VoteChoice.For), FloorWith(chair: null)))
            .Message.ShouldContain("chaired");
    }

    [Fact]
    public void AStatedOutcome_MustAgreeWithTheCount()
    {
        Should.Throw<DomainException>(() => Moved().PutToVote(new Ballot(MotionOutcome.Carried, For: 1, Against: 3), FloorWith()));
    }

    [Fact]
    public void WithoutACount_TheOutcomeIsStated()
    {
        var motion = Moved();
        Should.Throw<InvalidInputException>(() => motion.PutToVote(new Ballot(), FloorWith())).Problems.ShouldContainKey("outcome");
        motion.PutToVote(new Ballot(MotionOutcome.Carried), FloorWith());
        motion.DescribeOutcome().ShouldBe("carried");
    }

    [Fact]
    public void ARecordedVote_CountsTheNames()
    {
        var motion = Moved();
        motion.PutToVote(new Ballot(ByName: new Dictionary<int, VoteChoice> { [Chair] = VoteChoice.For, [Ann] = VoteChoice.For, [Bob] = VoteChoice.Against, [Cat] = VoteChoice.Abstain }), FloorWith());
        motion.IsRecordedVote.ShouldBeTrue();
        motion.Votes.Count.ShouldBe(4);
        (motion.VotesFor, motion.VotesAgainst, motion.Abstentions).ShouldBe((2, 1, 1));
        motion.Outcome.ShouldBe(MotionOutcome.Carried);
    }

    [Fact]
    public void AMemberWithAPecuniaryInterest_CannotBeRecordedAsVoting()
    {
        var floor = FloorWith(Chair, Dan);
        var motion = Moved(floor);
        var refused = Should.Throw<InvalidInputException>(() =>
            motion.PutToVote(new Ballot(ByName: new Dictionary<int, VoteChoice> { [Ann] = VoteChoice.For, [Dan] = VoteChoice.For }), floor));
        refused.Problems["votes"].ShouldContain("Dan declared an interest");
        motion.Outcome.ShouldBe(MotionOutcome.Moved);
    }

    [Fact]
    public void AMemberWithAPecuniaryInterest_CannotMoveOrSecond()
    {
        var floor = FloorWith(Chair, Ann);
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, "That…", Ann, Bob, floor)).Problems.ShouldContainKey("moverId");
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, "That…", Bob, Ann, floor)).Problems.ShouldContainKey("seconderId");
    }

    [Fact]
    public void AChairWithAPecuniaryInterest_HasNoCastingVote()
    {
        var floor = FloorWith(Chair, Chair);
        Should.Throw<DomainException>(() => Moved(floor).PutToVote(new Ballot(For: 2, Against: 2, CastingVote: VoteChoice.For), floor));
    }

    [Fact]
    public void TheMoverAndSeconder_AreTwoPeoplePresent()
    {
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, "That…", Ann, Ann, FloorWith())).Problems.ShouldContainKey("seconderId");
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, "That…", 99, Ann, FloorWith())).Problems["moverId"].ShouldContain("not recorded as present");
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, " ", null, null, FloorWith())).Problems.Keys.ShouldBe(["text", "moverId"], ignoreOrder: true);
    }

    [Fact]
    public void Amendments_ArePutBeforeTheMotion()
    {
        var motion = Moved();
        var amendment = Motion.Move(Item, "Insert 'from April'", Cat, Dan, FloorWith(), motion, "That the libraries open on Sundays from April");

        Should.Throw<DomainException>(() => motion.PutToVote(new Ballot(For: 4, Against: 1), FloorWith())).Message.ShouldContain("amendment");

        amendment.PutToVote(new Ballot(For: 3, Against: 2), FloorWith());
        motion.TextAsAmended.ShouldBe("That the libraries open on Sundays from April");
        motion.PutToVote(new Ballot(For: 4, Against: 1), FloorWith());
        motion.Resolution.ShouldBe("That the libraries open on Sundays from April");
    }

    [Fact]
    public void ALostAmendment_LeavesTheMotionAsMoved()
    {
        var motion = Moved();
        var amendment = Motion.Move(Item, "Delete 'Sundays'", Cat, Dan, FloorWith(), motion, "That the libraries open");
        amendment.PutToVote(new Ballot(For: 1, Against: 4), FloorWith());
        motion.TextAsAmended.ShouldBeNull();
        motion.Resolution.ShouldBe("That the libraries open on Sundays");
    }

    [Fact]
    public void AnAmendment_AmendsAPendingMotionOnly()
    {
        var motion = Moved();
        var amendment = Motion.Move(Item, "Insert", Cat, Dan, FloorWith(), motion);
        Should.Throw<DomainException>(() => Motion.Move(Item, "Amend the amendment", Bob, Cat, FloorWith(), amendment));
        amendment.Withdraw();
        motion.PutToVote(new Ballot(MotionOutcome.Lost), FloorWith());
        Should.Throw<DomainException>(() => Motion.Move(Item, "Too late", Bob, Cat, FloorWith(), motion));
    }

    [Fact]
    public void WithdrawingAMotion_TakesItsPendingAmendmentsWithIt()
    {
        var motion = Moved();
        var amendment = Motion.Move(Item, "Insert", Cat, Dan, FloorWith(), motion);
        motion.Withdraw();
        motion.Outcome.ShouldBe(MotionOutcome.Withdrawn);
        amendment.Outcome.ShouldBe(MotionOutcome.Withdrawn);
        Should.Throw<DomainException>(() => motion.PutToVote(new Ballot(For: 1, Against: 0), FloorWith()));
    }

    [Fact]
    public void MoreVotesThanMembersPresent_IsRefused()
    {
        Should.Throw<InvalidInputException>(() => Moved().PutToVote(new Ballot(For: 5, Against: 1), FloorWith())).Problems.ShouldContainKey("votesFor");
    }

    [Fact]
    public void APecuniaryDeclaration_BarsVoting_AnOtherInterestDoesNot()
    {
        new Declaration { Kind = InterestKind.DisclosablePecuniary }.BarsVoting.ShouldBeTrue();
        new Declaration { Kind = InterestKind.OtherRegistrable }.BarsVoting.ShouldBeFalse();
        new Declaration { Kind = InterestKind.NonRegistrable, LeftTheRoom = true }.BarsVoting.ShouldBeTrue();
        new Declaration { Kind = InterestKind.OtherRegistrable, Nature = "Governor of the school." }.Describe("Ann")
            .ShouldBe("Ann declared an other registrable interest: Governor of the school.");
    }

    [Fact]
    public void AnItemsResult_IsItsCarriedMotion_OrElseTheLastPut()
    {
        Motion.ResultOf([], informal: false).ShouldBeNull();
        var lost = Moved();
        lost.Position = 1;
        lost.PutToVote(new Ballot(For: 1, Against: 3), FloorWith());
        var pending = Moved();
        pending.Position = 2;
        Motion.ResultOf([lost, pending], informal: false).ShouldBe("Lost", "a motion not yet put has no result");

        var second = Moved();
        second.Position = 3;
        var amendment = Motion.Move(Item, "Insert “from April”", Cat, null, FloorWith(), second, "That the libraries open on Sundays from April");
        amendment.PutToVote(new Ballot(For: 3, Against: 1), FloorWith());
        second.PutToVote(new Ballot(For: 4, Against: 1), FloorWith());
        Motion.ResultOf([second, amendment, lost], informal: false).ShouldBe("Carried as amended");
        Motion.ResultOf([lost, second], informal: true).ShouldBe("Recommended as amended");
    }

    [Fact]
    public void AMotionsText_IsRequired_AndAtMost4000Characters()
    {
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, "   ", Ann, Bob, FloorWith())).Problems["text"].ShouldBe("Enter the motion");
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, new string('x', 4001), Ann, Bob, FloorWith())).Problems["text"]
            .ShouldBe("The motion must be 4,000 characters or fewer");
        Motion.Move(Item, " " + new string('x', 4000) + " ", Ann, Bob, FloorWith()).Text.Length.ShouldBe(4000);
    }

    [Fact]
    public void AnAmendmentsWordsIfCarried_AreAtMost4000Characters_AndKeptTrimmed()
    {
        var motion = Moved();
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, "Insert", Cat, null, FloorWith(), motion, new string('x', 4001)))
            .Problems.ShouldContainKey("textIfCarried");

        var amendment = Motion.Move(Item, "Insert", Cat, null, FloorWith(), motion, "  " + new string('x', 4000) + "  ");

        amendment.TextIfCarried!.Length.ShouldBe(4000);
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, "Insert", Cat, null, FloorWith(), null, new string('x', 4001)))
            .Problems.ShouldContainKey("textIfCarried");
    }

    [Fact]
    public void AMotion_KeepsNoWordsIfCarried_OnlyAnAmendmentDoes()
    {
        Motion.Move(Item, "That the libraries open on Sundays", Ann, Bob, FloorWith(), null, "Other words").TextIfCarried.ShouldBeNull();
        Motion.Move(Item, "Insert", Cat, null, FloorWith(), Moved(), "   ").TextIfCarried.ShouldBeNull();
    }

    [Fact]
    public void TheMover_IsRequired_AndMustBePresent()
    {
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, "Text", null, Bob, FloorWith())).Problems["moverId"].ShouldBe("Choose who moved the motion");
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, "Text", 99, Bob, FloorWith())).Problems["moverId"]
            .ShouldBe("That person is not recorded as present at the meeting");
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, "Text", Ann, 99, FloorWith())).Problems["seconderId"]
            .ShouldBe("That person is not recorded as present at the meeting");
    }

    [Fact]
    public void AMotion_NeedsNoSeconder()
    {
        var motion = Motion.Move(Item, "Text", Ann, null, FloorWith());

        (motion.MoverId, motion.SeconderId, motion.AgendaItemId, motion.MeetingId, motion.IsAmendment).ShouldBe((Ann, (int?)null, 7, 3, false));
    }

    [Fact]
    public void AnAmendment_IsMovedUnderTheItemOfItsMotion()
    {
        var other = new AgendaItem { Id = 8, MeetingId = 3, Title = "Parks" };

        Should.Throw<DomainException>(() => Motion.Move(other, "Insert", Cat, null, FloorWith(), Moved()))
            .Message.ShouldBe("An amendment is moved under the same item as the motion it amends.");
    }

    [Fact]
    public void AnAmendment_OfAMotionNotYetSaved_IsMovedUnderTheSameItemObject()
    {
        var unsaved = new AgendaItem { MeetingId = 3, Title = "Parks" };
        var motion = Motion.Move(unsaved, "That the parks stay open", Ann, Bob, FloorWith());

        Should.Throw<DomainException>(() => Motion.Move(new AgendaItem { MeetingId = 3, Title = "Parks" }, "Insert", Cat, null, FloorWith(), motion));
        var amendment = Motion.Move(unsaved, "Insert", Cat, null, FloorWith(), motion);

        amendment.Amends.ShouldBe(motion);
        amendment.AmendsId.ShouldBeNull();
        motion.Amendments.ShouldBe([amendment]);
    }

    [Fact]
    public void AnAmendmentOfASavedMotion_NamesIt()
    {
        var motion = Moved();
        motion.Id = 12;

        Motion.Move(Item, "Insert", Cat, null, FloorWith(), motion).AmendsId.ShouldBe(12);
    }

    [Fact]
    public void VotesAreCountedFromZero_ForAndAgainstTogether()
    {
        Should.Throw<InvalidInputException>(() => Moved().PutToVote(new Ballot(For: -1, Against: 0), FloorWith())).Problems["votesFor"].ShouldBe("Votes are counted from 0");
        Should.Throw<InvalidInputException>(() => Moved().PutToVote(new Ballot(For: 1, Against: -1), FloorWith())).Problems["votesFor"].ShouldBe("Votes are counted from 0");
        Should.Throw<InvalidInputException>(() => Moved().PutToVote(new Ballot(For: 1, Against: 0, Abstained: -1), FloorWith())).Problems["votesFor"].ShouldBe("Votes are counted from 0");
        Should.Throw<InvalidInputException>(() => Moved().PutToVote(new Ballot(For: 3), FloorWith())).Problems["votesAgainst"].ShouldBe("Enter the votes for and against, or neither");
        Should.Throw<InvalidInputException>(() => Moved().PutToVote(new Ballot(Against: 3), FloorWith())).Problems["votesFor"].ShouldBe("Enter the votes for and against, or neither");
    }

    [Fact]
    public void EveryMemberPresent_MayVote_ButNoMore()
    {
        var motion = Moved();
        motion.PutToVote(new Ballot(For: 3, Against: 1, Abstained: 1), FloorWith());
        (motion.Outcome, motion.VotesFor, motion.VotesAgainst, motion.Abstentions).ShouldBe((MotionOutcome.Carried, (int?)3, (int?)1, (int?)1));

        Should.Throw<InvalidInputException>(() => Moved().PutToVote(new Ballot(For: 3, Against: 1, Abstained: 2), FloorWith()))
            .Problems["votesFor"].ShouldBe("More votes than the 5 members present");
    }

    [Fact]
    public void WhenNobodyIsRecordedPresent_TheCountIsNotLimited()
    {
        var empty = new Floor(new HashSet<int>(), null, new HashSet<int>(), new Dictionary<int, string>());
        var motion = Moved();

        motion.PutToVote(new Ballot(For: 9, Against: 2), empty);

        (motion.Outcome, motion.Abstentions).ShouldBe((MotionOutcome.Carried, (int?)0));
    }

    [Fact]
    public void CountsAndNames_AreNotBothGiven_AndAnAbsentMemberDoesNotVoteByName()
    {
        var names = new Dictionary<int, VoteChoice> { [Ann] = VoteChoice.For };
        Should.Throw<InvalidInputException>(() => Moved().PutToVote(new Ballot(Abstained: 1, ByName: names), FloorWith())).Problems.ShouldContainKey("votesFor");

        Should.Throw<InvalidInputException>(() => Moved().PutToVote(new Ballot(ByName: new Dictionary<int, VoteChoice> { [99] = VoteChoice.For }), FloorWith()))
            .Problems["votes"].ShouldBe("That person is not recorded as present, so cannot vote");
    }

    [Fact]
    public void ACastingVote_IsForOrAgainst()
    {
        Should.Throw<DomainException>(() => Moved().PutToVote(new Ballot(For: 2, Against: 2, CastingVote: VoteChoice.Abstain), FloorWith()))
            .Message.ShouldBe("A casting vote is for or against.");
        Should.Throw<DomainException>(() => Moved().PutToVote(new Ballot(Outcome: MotionOutcome.Carried, CastingVote: VoteChoice.For), FloorWith()))
            .Message.ShouldStartWith("The chair has a casting vote only");
    }

    [Fact]
    public void ACastingVoteAgainst_LosesTheMotion_AndIsRecordedWithTheChair()
    {
        var motion = Moved();

        motion.PutToVote(new Ballot(For: 2, Against: 2, CastingVote: VoteChoice.Against), FloorWith());

        (motion.Outcome, motion.CastingVote, motion.CastingVoteById).ShouldBe((MotionOutcome.Lost, (VoteChoice?)VoteChoice.Against, (int?)Chair));
        motion.DescribeOutcome().ShouldBe("lost (2 for, 2 against, 0 abstentions; on the chair's casting vote against)");
        motion.Involves(Chair).ShouldBeTrue();
    }

    [Fact]
    public void AStatedOutcome_WithoutACount_IsCarriedOrLost()
    {
        Should.Throw<InvalidInputException>(() => Moved().PutToVote(new Ballot(), FloorWith())).Problems.ShouldContainKey("outcome");
        var lost = Moved();
        lost.PutToVote(new Ballot(Outcome: MotionOutcome.Lost), FloorWith());
        (lost.Outcome, lost.VotesFor, lost.Abstentions, lost.CastingVoteById, lost.IsRecordedVote).ShouldBe((MotionOutcome.Lost, (int?)null, (int?)null, (int?)null, false));
        lost.DescribeOutcome().ShouldBe("lost");
    }

    [Fact]
    public void AMotionIsPutOnce()
    {
        var motion = Moved();
        motion.PutToVote(new Ballot(For: 3, Against: 1), FloorWith());

        Should.Throw<DomainException>(() => motion.PutToVote(new Ballot(For: 3, Against: 1), FloorWith())).Message.ShouldBe("This motion was already carried.");
        Should.Throw<DomainException>(motion.Withdraw).Message.ShouldBe("This motion was already carried.");
    }

    [Fact]
    public void ABallotWithdrawingTheMotion_WithdrawsIt()
    {
        var motion = Moved();

        motion.PutToVote(new Ballot(Outcome: MotionOutcome.Withdrawn), FloorWith());

        motion.Outcome.ShouldBe(MotionOutcome.Withdrawn);
        motion.DescribeOutcome().ShouldBe("withdrawn");
    }

    [Fact]
    public void AVoteAgain_ByName_ReplacesTheNamesRecorded()
    {
        var motion = Moved();
        motion.PutToVote(new Ballot(ByName: new Dictionary<int, VoteChoice> { [Ann] = VoteChoice.For, [Bob] = VoteChoice.Against, [Cat] = VoteChoice.Abstain, [Dan] = VoteChoice.For }), FloorWith());

        (motion.VotesFor, motion.VotesAgainst, motion.Abstentions, motion.IsRecordedVote).ShouldBe(((int?)2, (int?)1, (int?)1, true));
        motion.DescribeOutcome().ShouldBe("carried (2 for, 1 against, 1 abstention)");
        motion.Involves(Cat).ShouldBeTrue();
        motion.Involves(Chair).ShouldBeFalse();
    }

    [Fact]
    public void TheMoverAndSeconder_AreInvolvedInTheMotion()
    {
        var motion = Moved();

        motion.Involves(Ann).ShouldBeTrue();
        motion.Involves(Bob).ShouldBeTrue();
        motion.Involves(Cat).ShouldBeFalse();
        motion.DescribeOutcome().ShouldBe("not yet put to the vote");
    }

    [Fact]
    public void ALostAmendment_LeavesTheMotionsWords()
    {
        var motion = Moved();
        var amendment = Motion.Move(Item, "Insert", Cat, null, FloorWith(), motion, "Other words");

        amendment.PutToVote(new Ballot(For: 1, Against: 3), FloorWith());

        motion.TextAsAmended.ShouldBeNull();
        motion.Resolution.ShouldBe("That the libraries open on Sundays");
    }

    [Fact]
    public void ADeclarationReadsAsTheMinutesRecordIt()
    {
        new Declaration { Kind = InterestKind.DisclosablePecuniary, Nature = "Owns the land", LeftTheRoom = true }.Describe("Bob")
            .ShouldBe("Bob declared a disclosable pecuniary interest: Owns the land. They left the room during the item.");
        new Declaration { Kind = InterestKind.NonRegistrable, Nature = "Lives nearby.", TookNoPart = true }.Describe("Cat")
            .ShouldBe("Cat declared a non-registrable interest: Lives nearby. They took no part in the discussion or the vote.");
        new Declaration { Kind = InterestKind.OtherRegistrable, TookNoPart = true }.BarsVoting.ShouldBeTrue();
    }

    [Fact]
    public void EachRefusalOfAMotionOrAmendment_SaysWhy()
    {
        var barred = FloorWith(Chair, Dan);
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, null, Ann, Ann, FloorWith())).Problems.ShouldBe(new Dictionary<string, string>
        {
            ["text"] = "Enter the motion",
            ["seconderId"] = "The seconder must be someone other than the mover",
        }, ignoreOrder: true);
        Should.Throw<InvalidInputException>(() => Motion.Move(Item, " ", Ann, Dan, barred, Moved(), new string('x', 4001))).Problems.ShouldBe(new Dictionary<string, string>
        {
            ["text"] = "Enter the amendment",
            ["textIfCarried"] = "The motion as amended must be 4,000 characters or fewer",
            ["seconderId"] = "Dan declared an interest that bars them from taking part in this item",
        }, ignoreOrder: true);

        var motion = Moved();
        var amendment = Motion.Move(Item, "Insert", Cat, null, FloorWith(), motion);
        Should.Throw<DomainException>(() => Motion.Move(Item, "Amend the amendment", Bob, null, FloorWith(), amendment))
            .Message.ShouldBe("An amendment amends a motion, not another amendment.");
        Should.Throw<DomainException>(() => motion.PutToVote(new Ballot(For: 4, Against: 1), FloorWith()))
            .Message.ShouldBe("Put the amendment moved by the mover to the vote first: amendments are decided before the motion they amend.");
        amendment.Mover = new Quorum.People.Person { FullName = "Cat Jones" };
        Should.Throw<DomainException>(() => motion.PutToVote(new Ballot(For: 4, Against: 1), FloorWith()))
            .Message.ShouldBe("Put the amendment moved by Cat Jones to the vote first: amendments are decided before the motion they amend.");
        amendment.PutToVote(new Ballot(For: 4, Against: 1), FloorWith());
        Should.Throw<DomainException>(() => amendment.Withdraw()).Message.ShouldBe("This amendment was already carried.");
        motion.PutToVote(new Ballot(MotionOutcome.Lost), FloorWith());
        Should.Throw<DomainException>(() => Motion.Move(Item, "Too late", Bob, null, FloorWith(), motion))
            .Message.ShouldBe("The motion was already lost: an amendment is moved before the motion is put.");
    }

    [Fact]
    public void EachRefusalOfAVote_SaysWhy()
    {
        var names = new Dictionary<int, VoteChoice> { [Ann] = VoteChoice.For };
        Should.Throw<InvalidInputException>(() => Moved().PutToVote(new Ballot(For: 1, ByName: names), FloorWith()))
            .Problems["votesFor"].ShouldBe("Enter the counts or each member's vote by name, not both");
        Should.Throw<InvalidInputException>(() => Moved().PutToVote(new Ballot(Against: 1, ByName: names), FloorWith()))
            .Problems.ShouldContainKey("votesFor");
        Should.Throw<InvalidInputException>(() => Moved().PutToVote(new Ballot(), FloorWith()))
            .Problems["outcome"].ShouldBe("Choose whether the motion was carried or lost, or enter the votes");
        Should.Throw<DomainException>(() => Moved().PutToVote(new Ballot(MotionOutcome.Carried, For: 1, Against: 3), FloorWith()))
            .Message.ShouldBe("The votes recorded mean the motion was lost, not carried.");
        var chairBarred = FloorWith(Chair, Chair);
        Should.Throw<DomainException>(() => Moved(chairBarred).PutToVote(new Ballot(For: 2, Against: 2, CastingVote: VoteChoice.For), chairBarred))
            .Message.ShouldBe("Carol Chair declared an interest that bars them from voting on this item, so cannot give a casting vote.");
    }

    [Fact]
    public void ARecordedVote_CountsEachChoiceApart()
    {
        var motion = Moved();

        motion.PutToVote(new Ballot(ByName: new Dictionary<int, VoteChoice> { [Ann] = VoteChoice.For, [Bob] = VoteChoice.For, [Cat] = VoteChoice.For, [Dan] = VoteChoice.Against }), FloorWith());

        (motion.VotesFor, motion.VotesAgainst, motion.Abstentions).ShouldBe(((int?)3, (int?)1, (int?)0));
    }

    [Fact]
    public void CountsWithAnEmptyListOfNames_AreNotARecordedVote()
    {
        var motion = Moved();

        motion.PutToVote(new Ballot(For: 3, Against: 1, ByName: new Dictionary<int, VoteChoice>()), FloorWith());

        (motion.Outcome, motion.IsRecordedVote).ShouldBe((MotionOutcome.Carried, false));
        motion.Votes.ShouldBeEmpty();
    }

    [Fact]
    public void AnItemsResult_IsItsLastCarriedMotion_ElseItsLastPut_InTheOrderMoved()
    {
        Motion At(int position, MotionOutcome? outcome)
        {
            var motion = Moved();
            motion.Position = position;
            if (outcome is { } o)
                motion.PutToVote(new Ballot(o), FloorWith());
            return motion;
        }

        var withdrawn = At(1, MotionOutcome.Withdrawn);
        var lost = At(2, MotionOutcome.Lost);
        var carried = At(3, MotionOutcome.Carried);
        var lostLater = At(4, MotionOutcome.Lost);

        Motion.ResultOf([lostLater, carried, lost], informal: false).ShouldBe("Carried");
        Motion.ResultOf([carried], informal: true).ShouldBe("Recommended");
        Motion.ResultOf([lost, withdrawn], informal: false).ShouldBe("Lost");
        Motion.ResultOf([withdrawn], informal: false).ShouldBe("Withdrawn");
        Motion.ResultOf([At(5, null)], informal: false).ShouldBeNull();
    }
}
