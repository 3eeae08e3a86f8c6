using Quorum.Papers;

namespace Quorum.Tests.Papers;

public class ProtectiveMarkingTests
{
    [Theory]
    [InlineData(ProtectiveMarking.Official, "OFFICIAL")]
    [InlineData(ProtectiveMarking.OfficialSensitive, "OFFICIAL-SENSITIVE")]
    [InlineData(ProtectiveMarking.Secret, "SECRET")]
    public void Labels_AreWrittenAsTheClassificationsWriteThem(ProtectiveMarking marking, string label) =>
        ProtectiveMarkings.Label(marking).ShouldBe(label);

    [Theory]
    [InlineData("OFFICIAL", ProtectiveMarking.Official)]
    [InlineData(" official ", ProtectiveMarking.Official)]
    [InlineData("Unclassified", ProtectiveMarking.Official)]
    [InlineData("not protectively marked", ProtectiveMarking.Official)]
    [InlineData("NOT_PROTECTIVELY_MARKED", ProtectiveMarking.Official)]
    [InlineData("OFFICIAL-SENSITIVE", ProtectiveMarking.OfficialSensitive)]
    [InlineData("official sensitive", ProtectiveMarking.OfficialSensitive)]
    [InlineData("OFFICIAL_SENSITIVE", ProtectiveMarking.OfficialSensitive)]
    [InlineData("OfficialSensitive", ProtectiveMarking.OfficialSensitive)]
    [InlineData("secret", ProtectiveMarking.Secret)]
    public void TodaysMarkings_AreReadAsWritten_WithNoLegacyMarking(string text, ProtectiveMarking expected)
    {
        ProtectiveMarkings.TryParse(text, out var marking, out var legacy).ShouldBeTrue();
        marking.ShouldBe(expected);
        legacy.ShouldBeNull();
    }

    [Theory]
    [InlineData("PROTECT", ProtectiveMarking.OfficialSensitive, "PROTECT")]
    [InlineData("Protect - Personal", ProtectiveMarking.OfficialSensitive, "PROTECT - PERSONAL")]
    [InlineData(" restricted ", ProtectiveMarking.OfficialSensitive, "RESTRICTED")]
    [InlineData("Restricted Commercial", ProtectiveMarking.OfficialSensitive, "RESTRICTED COMMERCIAL")]
    [InlineData("confidential", ProtectiveMarking.Secret, "CONFIDENTIAL")]
    [InlineData("CONFIDENTIAL_MANAGEMENT", ProtectiveMarking.Secret, "CONFIDENTIAL_MANAGEMENT")]
    public void LegacyMarkings_MapOntoTodays_AndAreKeptAsWritten(string text, ProtectiveMarking expected, string kept)
    {
        ProtectiveMarkings.TryParse(text, out var marking, out var legacy).ShouldBeTrue();
        marking.ShouldBe(expected);
        legacy.ShouldBe(kept);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("TOP SECRET")]
    [InlineData("Sensitive")]
    [InlineData("PUBLIC")]
    public void AnythingElse_IsNotAMarking(string? text)
    {
        ProtectiveMarkings.TryParse(text, out var marking, out var legacy).ShouldBeFalse();
        marking.ShouldBe(ProtectiveMarking.Official);
        legacy.ShouldBeNull();
    }
}
