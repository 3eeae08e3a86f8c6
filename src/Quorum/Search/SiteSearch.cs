using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Quorum.Data;

namespace Quorum.Search;

/// <summary>A search as asked: the words, and the filters (kind, body, dates), one page at a time.</summary>
public sealed record SearchRequest(string Text, string? Kind = null, int? BodyId = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 20);

/// <summary>A stretch of a snippet, marked when it is one of the words searched for.</summary>
public sealed record SnippetPart(string Text, bool IsMatch);

/// <summary>A record found: what it is, where it lives, and the passage that matched.</summary>
public sealed record SearchHit(string Kind, int Id, string Title, string Url, IReadOnlyList<SnippetPart> Snippet, DateOnly? Date, string? BodyName);

/// <summary>One page of results. There is no total: counting the index would count what the viewer may not see.</summary>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Page, int PageSize, bool HasMore);

/// <summary>
/// Full-text search over minutes, agenda items, decisions, actions, papers and people. The index
/// (SQLite FTS5, or PostgreSQL's english text search with accents removed) gives ranked candidate
/// ids only; the records are then read through the visibility rule like any other page, and only
/// those the viewer may see are shown, with a snippet cut from what was read.
/// </summary>
public static partial class SiteSearch
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// How many matches are ranked: the newest this many documents that match the words and the
    /// filters (the index yields matches newest first without ranking them). Ranking every match
    /// would cost in proportion to the data; a common word matches a tenth of a large archive.
    /// </summary>
    public const int RankedMatches = 1000;

    public static async Task<SearchPage> RunAsync(QuorumDb db, SearchRequest request, CancellationToken cancellationToken = default)
    {
        var terms = Terms(request.Text);
        var size = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, request.Page);
        if (terms.Count == 0)
            return new SearchPage([], page, size, false);

        var skip = (page - 1) * size;
        var wanted = skip + size + 1;
        var candidates = await CandidatesAsync(db, request, terms, cancellationToken);
        var visible = new List<SearchHit>();
        var batch = Math.Max(50, wanted * 2);
        for (var offset = 0; visible.Count < wanted && offset < candidates.Count; offset += batch)
            visible.AddRange(await SearchReader.ReadVisibleAsync(db, candidates.GetRange(offset, Math.Min(batch, candidates.Count - offset)), terms, cancellationToken));

        return new SearchPage([.. visible.Skip(skip).Take(size)], page, size, visible.Count > skip + size);
    }

    /// <summary>The words of a query, without punctuation or operators, at most ten.</summary>
    public static IReadOnlyList<string> Terms(string? text) =>
        [.. Word().Matches(text ?? "").Select(m => m.Value).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(10)];

    /// <summary>
    /// The newest <see cref="RankedMatches"/> matches that pass the filters, best first, as the index
    /// knows them: kinds and ids only, not yet read through the visibility rule (which
    /// <see cref="RunAsync"/> does before anything is shown).
    /// </summary>
    public static async Task<List<(string Kind, int Id)>> CandidatesAsync(QuorumDb db, SearchRequest request, CancellationToken cancellationToken = default)
    {
        var terms = Terms(request.Text);
        return terms.Count == 0 ? [] : await CandidatesAsync(db, request, terms, cancellationToken);
    }

    /// <summary>
    /// Every word whole first; only when nothing has them all is the last word taken as the start of
    /// a word, as when someone stops typing mid-word. (Searched as a word's start every time, a
    /// common word made the index gather every document of every word beginning with it.)
    /// </summary>
    private static async Task<List<(string Kind, int Id)>> CandidatesAsync(QuorumDb db, SearchRequest request, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var found = await MatchesAsync(db, request, terms, lastIsStart: false, cancellationToken);
        return found.Count > 0 ? found : await MatchesAsync(db, request, terms, lastIsStart: true, cancellationToken);
    }

    private static async Task<List<(string Kind, int Id)>> MatchesAsync(QuorumDb db, SearchRequest request, IReadOnlyList<string> terms, bool lastIsStart, CancellationToken cancellationToken)
    {
        var postgres = db.Database.IsNpgsql();
        var facets = new List<string>();
        if (request.Kind is not null)
            facets.Add(Quoted(SearchFacets.Kind(request.Kind), postgres));
        if (request.BodyId is not null)
            facets.Add(Quoted(SearchFacets.Body(request.BodyId.Value), postgres));
        if (request.From is not null || request.To is not null)
        {
            var dates = SearchFacets.Dates(request.From, request.To);
            if (dates.Count == 0)
                return [];
            facets.Add($"({string.Join(postgres ? " | " : " OR ", dates.Select(d => Quoted(d, postgres)))})");
        }

        // The facets find the documents; the columns are tested again because a range's first and last months are taken whole.
        var filters = new StringBuilder();
        if (request.Kind is not null)
            filters.Append(" AND d.\"Kind\" = @kind");
        if (request.BodyId is not null)
            filters.Append(" AND d.\"BodyId\" = @body");
        if (request.From is not null)
            filters.Append(" AND d.\"Date\" >= @from");
        if (request.To is not null)
            filters.Append(" AND d.\"Date\" <= @to");

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (postgres)
            {
                command.CommandText = PostgresCandidates(filters.ToString(), facets.Count > 0);
                Add(command, "@query", PostgresQuery(terms, lastIsStart));
                if (facets.Count > 0)
                    Add(command, "@facets", string.Join(" & ", facets));
            }
            else
            {
                var sqlite = (SqliteConnection)connection;
                SqliteRank.EnsureRegistered(sqlite);
                var frequencies = new StringBuilder();
                // One word weighs the same in every row; several are weighed by how many documents hold each.
                for (var i = 0; terms.Count > 1 && i < terms.Count; i++)
                {
                    var phrase = $"{SqliteWordColumns}: {SqlitePhrase(terms[i], lastIsStart && i == terms.Count - 1)}";
                    Add(command, $"@held{i}", await DocumentFrequencies.CountAsync(sqlite, (SqliteTransaction?)command.Transaction, phrase, cancellationToken));
                    frequencies.Append(CultureInfo.InvariantCulture, $", @held{i}");
                }

                command.CommandText = SqliteCandidates(filters.ToString(), frequencies.ToString());
                var words = $"{SqliteWordColumns}: ({string.Join(" ", terms.Select((t, i) => SqlitePhrase(t, lastIsStart && i == terms.Count - 1)))})";
                Add(command, "@query", facets.Count == 0 ? words : $"{words} AND \"Facets\": ({string.Join(" AND ", facets)})");
            }

            Add(command, "@limit", RankedMatches);
            if (request.Kind is not null)
                Add(command, "@kind", request.Kind);
            if (request.BodyId is not null)
                Add(command, "@body", request.BodyId.Value);
            if (request.From is not null)
                Add(command, "@from", request.From.Value);
            if (request.To is not null)
                Add(command, "@to", request.To.Value);
            var found = new List<(string, int)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                found.Add((reader.GetString(0), reader.GetInt32(1)));
            return found;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The columns words are searched in: never the facets, so a word such as "b12" finds only text.</summary>
    private const string SqliteWordColumns = "{\"Title\" \"Text\"}";

    /// <summary>
    /// The matches newest first (the order FTS5 reads them in, so the scan stops after the limit),
    /// joined to their documents for the exact filters; bm25 (<see cref="SqliteRank"/>) is computed
    /// for those rows only, the facets weighing nothing. CROSS JOIN keeps the index as the outer
    /// loop: SQLite must not start from the documents of a kind.
    /// </summary>
    private static string SqliteCandidates(string filters, string frequencies) => $"""
        SELECT c."Kind", c."RecordId" FROM (
            SELECT d."Id", d."Kind", d."RecordId", {SqliteRank.Function}("SearchIndex", 4.0, 1.0, 0.0{frequencies}) AS "Rank"
            FROM "SearchIndex" s CROSS JOIN "SearchDocuments" d ON d."Id" = s.rowid
            WHERE "SearchIndex" MATCH @query{filters}
            ORDER BY s.rowid DESC LIMIT @limit) c
        ORDER BY c."Rank", c."Id" DESC
        """;

    /// <summary>
    /// The matches newest first, then ranked: PostgreSQL either walks the documents' key backwards
    /// testing each (a common word: it stops after the limit) or reads the few matches from the
    /// text index (a rare word, or a word with facets: the index holds the words and the facets
    /// together, so it meets them without reading every document of a common word), and
    /// ts_rank_cd is computed for the limited rows only.
    /// </summary>
    private static string PostgresCandidates(string filters, bool facets) => $"""
        SELECT c."Kind", c."RecordId" FROM (
            SELECT d."Id", d."Kind", d."RecordId", d."SearchVector" FROM "SearchDocuments" d
            WHERE d."SearchVector" @@ to_tsquery('quorum_english', @query){(facets ? " AND d.\"FacetVector\" @@ CAST(@facets AS tsquery)" : "")}{filters}
            ORDER BY d."Id" DESC LIMIT @limit) c
        ORDER BY ts_rank_cd(c."SearchVector", to_tsquery('quorum_english', @query)) DESC, c."Id" DESC
        """;

    // Every word must appear, each a phrase of its own (so each is weighed on its own in the ranking).
    private static string SqlitePhrase(string term, bool isStart) =>
        $"\"{term.Replace("\"", "\"\"", StringComparison.Ordinal)}\"{(isStart ? "*" : "")}";

    // Facet words are letters and digits only (see SearchFacets); quoted all the same.
    private static string Quoted(string facet, bool postgres) => postgres ? $"'{facet}'" : $"\"{facet}\"";

    private static string PostgresQuery(IReadOnlyList<string> terms, bool lastIsStart) =>
        string.Join(" & ", terms.Select((t, i) => $"'{t.Replace("'", "''", StringComparison.Ordinal)}'{(lastIsStart && i == terms.Count - 1 ? ":*" : "")}"));

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
