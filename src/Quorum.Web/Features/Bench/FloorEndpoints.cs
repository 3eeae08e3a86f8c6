using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Search;

namespace Quorum.Web.Features.Bench;

/// <summary>
/// The load harness's yardstick (bench/load): for each page it measures, an endpoint that reads
/// the same rows with one hand-written query and renders nothing, so a page's throughput can be
/// read as a share of what the database alone allows. Mapped only when <c>Quorum:Bench:Floor</c>
/// is true; it reads past the visibility rule, so it must never be on in production.
/// </summary>
public static class FloorEndpoints
{
    private const int TrackerRows = 50;

    private static readonly Dictionary<string, string> Queries = new()
    {
        ["home"] = """
            SELECT * FROM (SELECT m."Id", m."Date", b."Name" FROM "Meetings" m JOIN "Bodies" b ON b."Id" = m."BodyId"
                WHERE m."Date" >= @today AND m."State" <> 'Rescheduled' ORDER BY m."Date" LIMIT 8) AS upcoming
            UNION ALL
            SELECT * FROM (SELECT m."Id", m."Date", b."Name" FROM "Meetings" m JOIN "Bodies" b ON b."Id" = m."BodyId"
                WHERE m."MinutesState" = 'Published' ORDER BY m."Date" DESC LIMIT 5) AS published
            """,
        ["body"] = """
            SELECT m."Id", m."Number", m."Date", m."State", m."MinutesState" FROM "Meetings" m JOIN "Bodies" b ON b."Id" = m."BodyId"
            WHERE b."ShortName" = @key ORDER BY m."Date" DESC LIMIT 20
            """,
        ["meeting"] = """
            SELECT i."Id", i."Number", i."Title", n."Text", m."Date" FROM "Meetings" m
            JOIN "AgendaItems" i ON i."MeetingId" = m."Id" LEFT JOIN "Minutes" n ON n."AgendaItemId" = i."Id"
            WHERE m."Id" = CAST(@key AS INTEGER)
            """,
        ["actions"] = $"""
            SELECT a."Id", a."Reference", a."Text", a."Status", a."MeetingDate", b."Name" FROM "Actions" a
            JOIN "Bodies" b ON b."Id" = a."BodyId"
            ORDER BY a."MeetingDate" DESC, a."MeetingId" DESC, a."Sequence" LIMIT {TrackerRows}
            """,
        ["api-list"] = """
            SELECT a."Id", a."Reference", a."Text", a."Status", a."DueDate" FROM "Actions" a
            ORDER BY a."MeetingDate" DESC, a."MeetingId" DESC, a."Sequence" LIMIT 20
            """,
        // The lists of the main navigation, each as its page reads it: the decisions register by body
        // name (a hundred on the page, twenty in the API), a hundred bodies and organisations and fifty
        // people by name, the next two hundred meetings and every programme. A page reads one row more
        // than it shows, to know whether there is a next page.
        ["decisions"] = """
            SELECT d."Id", d."Number", d."Text", b."Name", m."Date" FROM "Decisions" d
            JOIN "Bodies" b ON b."Id" = d."BodyId" JOIN "Meetings" m ON m."Id" = d."MeetingId"
            ORDER BY b."Name", b."Id", d."Number" DESC LIMIT 101
            """,
        ["api-decisions"] = """
            SELECT d."Id", d."Number", d."Text", d."MeetingId" FROM "Decisions" d JOIN "Bodies" b ON b."Id" = d."BodyId"
            ORDER BY b."Name", b."Id", d."Number" DESC LIMIT 20
            """,
        ["bodies"] = """
            SELECT b."Id", b."Name", b."ShortName",
                (SELECT COUNT(*) FROM "Memberships" s WHERE s."BodyId" = b."Id" AND (s."Until" IS NULL OR s."Until" >= @today)),
                (SELECT MIN(m."Date") FROM "Meetings" m WHERE m."BodyId" = b."Id" AND m."Date" >= @today AND m."State" = 'Scheduled')
            FROM "Bodies" b ORDER BY b."Name", b."Id" LIMIT 101
            """,
        ["people"] = """
            SELECT p."Id", p."FullName", o."Name" FROM "People" p LEFT JOIN "Organisations" o ON o."Id" = p."OrganisationId"
            ORDER BY p."FullName" LIMIT 50
            """,
        ["meetings"] = """
            SELECT m."Id", m."Date", m."State", b."Name" FROM "Meetings" m JOIN "Bodies" b ON b."Id" = m."BodyId"
            WHERE m."Date" >= @today ORDER BY m."Date" LIMIT 200
            """,
        ["organisations"] = """
            SELECT o."Id", o."Name", (SELECT COUNT(*) FROM "People" p WHERE p."OrganisationId" = o."Id") FROM "Organisations" o
            ORDER BY o."Name", o."Id" LIMIT 101
            """,
        ["programmes"] = """
            SELECT p."Id", p."Name", b."Name" FROM "Programmes" p JOIN "Bodies" b ON b."Id" = p."BodyId" ORDER BY p."Name"
            """,
        ["api-get"] = """
            SELECT m."Id", m."Number", m."Date", i."Id", i."Title" FROM "Meetings" m
            LEFT JOIN "AgendaItems" i ON i."MeetingId" = m."Id" WHERE m."Id" = CAST(@key AS INTEGER)
            """,
    };

    public static WebApplication MapBenchFloor(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Quorum:Bench:Floor"))
            return app;
        app.MapGet("/bench/floor/{page}", ReadAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ReadAsync(string page, string? key, QuorumDb db, CancellationToken cancellationToken)
    {
        // Search asks the index the same bounded question as the search page, without reading the records.
        if (page == "search")
            return Results.Text((await SiteSearch.CandidatesAsync(db, new SearchRequest(key ?? ""), cancellationToken)).Take(10).Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!Queries.TryGetValue(page, out var sql))
            return Results.NotFound();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@today", DateOnly.FromDateTime(DateTime.Today));
        Add(command, "@key", key ?? "");
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < reader.FieldCount; i++)
                _ = reader.GetValue(i);
            rows++;
        }

        return Results.Text(rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
