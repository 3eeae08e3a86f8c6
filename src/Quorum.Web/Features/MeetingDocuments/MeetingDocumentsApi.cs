using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;
using Quorum.Papers;
using Quorum.Web.Features.Shared.Exports;

namespace Quorum.Web.Features.MeetingDocuments;

/// <summary>
/// A meeting's agenda pack and minutes as Word and PDF. The public versions are read as an
/// anonymous visitor whoever asks; the members' versions only by those who see the body's
/// unpublished records (to anyone else they do not exist), read as them.
/// </summary>
public static class MeetingDocumentsApi
{
    public static IEndpointRouteBuilder MapMeetingDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/meetings/{id:int}/{document:regex(^(agenda-pack|minutes)$)}.{format:regex(^(docx|pdf)$)}", PublicAsync)
            .AllowAnonymous().WithTags("Documents");
        app.MapGet("/meetings/{id:int}/members/{document:regex(^(agenda-pack|minutes)$)}.{format:regex(^(docx|pdf)$)}", MembersAsync)
            .AllowAnonymous().WithTags("Documents");
        return app;
    }

    private static async Task<IResult> PublicAsync(int id, string document, string format, QuorumDb db, IPaperStore store, CancellationToken cancellationToken)
    {
        db.Viewer = Viewer.Anonymous;
        return Download(await BuildAsync(db, store, id, document, forMembers: false, cancellationToken), document, format, id, "");
    }

    private static async Task<IResult> MembersAsync(int id, string document, string format, QuorumDb db, IPaperStore store, CancellationToken cancellationToken)
    {
        var bodyId = await db.Meetings.Where(m => m.Id == id).Select(m => (int?)m.BodyId).SingleOrDefaultAsync(cancellationToken);
        if (bodyId is null || !db.Viewer.SeesUnpublishedOf(bodyId.Value))
            return Results.NotFound();
        return Download(await BuildAsync(db, store, id, document, forMembers: true, cancellationToken), document, format, id, " - NOT FOR PUBLICATION");
    }

    private static Task<DocumentContent?> BuildAsync(QuorumDb db, IPaperStore store, int id, string document, bool forMembers, CancellationToken cancellationToken) =>
        document == "minutes"
            ? MeetingDocument.MinutesAsync(db, id, forMembers, cancellationToken)
            : MeetingDocument.AgendaPackAsync(db, store, id, forMembers, cancellationToken);

    private static IResult Download(DocumentContent? content, string document, string format, int id, string suffix)
    {
        if (content is null)
            return Results.NotFound();
        var name = $"{(document == "minutes" ? "Minutes" : "Agenda pack")} - meeting {id}{suffix}.{format}";
        return format == "pdf"
            ? Results.File(PdfExport.Write(content), PdfExport.ContentType, name)
            : Results.File(WordExport.Write(content), WordExport.ContentType, name);
    }
}
