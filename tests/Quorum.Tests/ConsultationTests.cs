using Quorum.Consultations;
using Quorum.Decisions;
using Quorum.Papers;

namespace Quorum.Tests;

public class ConsultationTests
{
    private static readonly DateOnly Deadline = new(2026, 3, 31);

    private static ConsultationDetails Valid => new()
    {
        PaperId = 1,
        ConsultingOrganisation = "Department for Local Services",
        Title = "Local digital standards: call for evidence",
        Link = "https://www.example.org/consultations/standards",
        ResponseDeadline = Deadline,
    };

    [Theory]
    [InlineData(null, false, "2026-03-01", ConsultationState.Open)]
    [InlineData(null, false, "2026-03-31", ConsultationState.Open)]
    [InlineData(null, false, "2026-04-01", ConsultationState.DeadlinePassed)]
    [InlineData(true, false, "2026-03-01", ConsultationState.Responding)]
    [InlineData(true, false, "2026-04-01", ConsultationState.DeadlinePassed)]
    [InlineData(true, true, "2026-04-01", ConsultationState.Responded)]
    [InlineData(true, true, "2026-03-01", ConsultationState.Responded)]
    [InlineData(false, false, "2026-03-01", ConsultationState.NotResponding)]
    [InlineData(false, false, "2026-05-01", ConsultationState.NotResponding)]
    public void State_FollowsTheDecisionTheResponseAndTheDeadline(bool? willRespond, bool responded, string today, ConsultationState expected) =>
        Consultation.StateOf(willRespond, responded, Deadline, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void State_CountsOnlyTheDecisionAndResponseTheViewerCanSee()
    {
        var consultation = new Consultation { ConsultingOrganisation = "DLS", Title = "Standards", ResponseDeadline = Deadline, WillRespond = false, DecisionId = 7, ResponsePaperId = 9 };
        var before = new DateOnly(2026, 3, 1);

        consultation.StateOn(before).ShouldBe(ConsultationState.Open, "a decision in unpublished minutes and a restricted response are not shown");
        consultation.Decision = new Decision { Text = "Not to respond" };
        consultation.StateOn(before).ShouldBe(ConsultationState.NotResponding);
        consultation.WillRespond = true;
        consultation.StateOn(before).ShouldBe(ConsultationState.Responding);
        consultation.ResponsePaper = new Paper { Title = "Our response" };
        consultation.StateOn(before).ShouldBe(ConsultationState.Responded);
    }

    [Fact]
    public void Outstanding_IsOpenOrResponding_AndDaysLeftCountsToTheDeadline()
    {
        Consultation.IsOutstanding(ConsultationState.Open).ShouldBeTrue();
        Consultation.IsOutstanding(ConsultationState.Responding).ShouldBeTrue();
        Consultation.IsOutstanding(ConsultationState.Responded).ShouldBeFalse();
        Consultation.IsOutstanding(ConsultationState.NotResponding).ShouldBeFalse();
        Consultation.IsOutstanding(ConsultationState.DeadlinePassed).ShouldBeFalse();
        var consultation = new Consultation { ConsultingOrganisation = "DLS", Title = "Standards", ResponseDeadline = Deadline };
        consultation.DaysLeft(new DateOnly(2026, 3, 21)).ShouldBe(10);
        consultation.DaysLeft(Deadline).ShouldBe(0);
        consultation.DaysLeft(new DateOnly(2026, 4, 2)).ShouldBe(-2);
    }

    [Fact]
    public void Problems_NoneForAValidConsultation() => ConsultationRegister.Problems(Valid).ShouldBeEmpty();

    [Fact]
    public void Problems_NameEachMissingField()
    {
        var problems = ConsultationRegister.Problems(new ConsultationDetails());
        problems.Keys.ShouldBe(["paperId", "consultingOrganisation", "title", "responseDeadline"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("www.example.org/consultation")]
    [InlineData("ftp://example.org/consultation")]
    [InlineData("javascript:alert(1)")]
    public void Problems_RefuseALinkThatIsNotAWebAddress(string link) =>
        ConsultationRegister.Problems(Valid with { Link = link }).Keys.ShouldBe(["link"]);

    [Fact]
    public void Problems_AcceptNoLink_AndRefuseOverLongFields()
    {
        ConsultationRegister.Problems(Valid with { Link = "  " }).ShouldBeEmpty();
        var problems = ConsultationRegister.Problems(Valid with
        {
            Title = new string('t', ConsultationRegister.MaxTitleLength + 1),
            ConsultingOrganisation = new string('o', ConsultationRegister.MaxOrganisationLength + 1),
            Link = "https://example.org/" + new string('l', ConsultationRegister.MaxLinkLength),
        });
        problems.Keys.ShouldBe(["title", "consultingOrganisation", "link"], ignoreOrder: true);
        problems["title"].ShouldContain("300 characters");
    }

    [Fact]
    public void Problems_SayWhatToEnter_ForEachMissingOrWrongField()
    {
        ConsultationRegister.Problems(new ConsultationDetails { Link = "not an address" }).ShouldBe(new Dictionary<string, string>
        {
            ["paperId"] = "Choose the paper that is the consultation",
            ["consultingOrganisation"] = "Enter who is consulting, like Department for Local Services",
            ["title"] = "Enter the title of the consultation",
            ["link"] = "Enter the address of the consultation's page, starting https://",
            ["responseDeadline"] = "Enter the date responses are due",
        }, ignoreOrder: true);
        ConsultationRegister.Problems(Valid with { ConsultingOrganisation = new string('o', ConsultationRegister.MaxOrganisationLength + 1) })
            .ShouldBe(new Dictionary<string, string> { ["consultingOrganisation"] = "The consulting organisation must be 200 characters or fewer" });
    }

    [Fact]
    public void Problems_AcceptFieldsExactlyAtTheirLimit()
    {
        ConsultationRegister.Problems(Valid with
        {
            Title = new string('t', ConsultationRegister.MaxTitleLength),
            ConsultingOrganisation = new string('o', ConsultationRegister.MaxOrganisationLength),
        }).ShouldBeEmpty();
    }
}
