namespace Quorum.Web.Features.MeetingDocuments;

/// <summary>The meeting documents module: agenda packs and minutes as Word and PDF.</summary>
public sealed class MeetingDocumentsModule : IQuorumModule
{
    public static void Map(IEndpointRouteBuilder app) => app.MapMeetingDocuments();
}
