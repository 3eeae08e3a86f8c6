using Quorum.Notifications;

namespace Quorum.Tests.Notifications;

public class MessageKindTests
{
    [Fact]
    public void EveryKindButTheFollowConfirmation_MayBeTurnedOff_InTheOrderThePageShowsThem() =>
        MessageKinds.Choosable.Select(c => c.Kind).ShouldBe([
            MessageKind.MeetingInvitation, MessageKind.DraftMinutes, MessageKind.PublishedMinutes,
            MessageKind.ActionAssigned, MessageKind.ActionDigest, MessageKind.ClerkReminders,
        ]);

    [Theory]
    [InlineData(MessageKind.MeetingInvitation, "Agendas and meeting invitations")]
    [InlineData(MessageKind.DraftMinutes, "Draft minutes")]
    [InlineData(MessageKind.PublishedMinutes, "Published minutes")]
    [InlineData(MessageKind.ActionAssigned, "Actions given to you")]
    [InlineData(MessageKind.ActionDigest, "Weekly digest of your actions")]
    [InlineData(MessageKind.ClerkReminders, "Reminders for clerks")]
    [InlineData(MessageKind.FollowConfirmation, "Follow confirmations")]
    public void EachKind_HasTheLabelItsPageShows(MessageKind kind, string label) => MessageKinds.Label(kind).ShouldBe(label);

    [Fact]
    public void EachChoosableKind_SaysWhatItIs() =>
        MessageKinds.Choosable.ShouldAllBe(c => c.Hint.Length > 20 && char.IsLower(c.Hint[0]));
}
