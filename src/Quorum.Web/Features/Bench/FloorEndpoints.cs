using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;

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
            SELECT a."Id", a."Reference", a."Text", a."Status", m."Date", b."Name" FROM "Actions" a
            JOIN "Meetings" m ON m."Id" = a."MeetingId" JOIN "Bodies" b ON b."Id" = a."BodyId"
            ORDER BY m."Date" DESC, m."Id" DESC, a."Sequence" LIMIT {TrackerRows}
            """,
        ["api-list"] = """
            SELECT a."Id", a."Reference", a."Text", a."Status", a."DueDate" FROM "Actions" a
            JOIN "Meetings" m ON m."Id" = a."MeetingId" ORDER BY m."Date" DESC, m."Id" DESC, a."Sequence" LIMIT 20
            """,
        ["api-get"] = """
            SELECT m."Id", m."Number", m."Date", i."Id", i."Title" FROM "Meetings" m
            LEFT JOIN "AgendaItems" i ON i."MeetingId" = m."Id" WHERE m."Id" = CAST(@key AS INTEGER)
            """,
        // The best ten of the newest thousand matches (SQLite FTS5, as the search page asks it).
        ["search"] = """
            SELECT c."Kind", c."RecordId", c."Title" FROM (
                SELECT d."Id", d."Kind", d."RecordId", d."Title", bm25("SearchIndex", 4.0, 1.0) AS "Rank"
                FROM "SearchIndex" s CROSS JOIN "SearchDocuments" d ON d."Id" = s.rowid
                WHERE "SearchIndex" MATCH @key ORDER BY s.rowid DESC LIMIT 1000) c
            ORDER BY c."Rank", c."Id" DESC LIMIT 10
            """,
    };

    /// <summary>Where PostgreSQL needs its own words: search goes through the documents' text search vectors.</summary>
    private static readonly Dictionary<string, string> PostgresQueries = new()
    {
        ["search"] = """
            SELECT c."Kind", c."RecordId", c."Title" FROM (
                SELECT d."Id", d."Kind", d."RecordId", d."Title", d."SearchVector" FROM "SearchDocuments" d
                WHERE d."SearchVector" @@ to_tsquery('quorum_english', @key || ':*')
                ORDER BY d."Id" DESC LIMIT 1000) c
            ORDER BY ts_rank_cd(c."SearchVector", to_tsquery('quorum_english', @key || ':*')) DESC, c."Id" DESC LIMIT 10
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
        if (!(db.Database.IsNpgsql() && PostgresQueries.TryGetValue(page, out var sql)) && !Queries.TryGetValue(page, out sql))
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
