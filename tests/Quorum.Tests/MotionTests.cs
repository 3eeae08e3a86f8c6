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
}
