using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.People;
using Quorum.Search;

namespace Quorum.Tests.Search;

/// <summary>The ranking function SQLite calls for each match, asked directly as FTS5 asks it.</summary>
public sealed class SqliteRankTests : IDisposable
{
    private readonly SearchableQuorum quorum = new();

    public void Dispose() => quorum.Dispose();

    [Fact]
    public async Task TheScore_IsFts5sBm25ValueForValue_GivenEachWordsDocumentCount()
    {
        await using var db = quorum.Open(Viewer.System);
        // Six documents: "heron" is in half of them, so its weight is FTS5's floor; "osprey" is in one.
        db.People.AddRange(
            new Person { FullName = "Ada Lovelace", JobTitle = "Heron warden and osprey counter" },
            new Person { FullName = "Bea Stone", JobTitle = "Heron watcher, heron heron" },
            new Person { FullName = "Cy Heron", JobTitle = "Warden of the marsh" },
            new Person { FullName = "Di Field", JobTitle = "Ranger" },
            new Person { FullName = "Ed Moss", JobTitle = "Warden" },
            new Person { FullName = "Flo Reed", JobTitle = "Clerk to the board of the estate and of its woods" });
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("""
            CREATE VIRTUAL TABLE "TextOnlyIndex" USING fts5("Title", "Text", content='SearchDocuments', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
            INSERT INTO "TextOnlyIndex"("TextOnlyIndex") VALUES ('rebuild');
            """);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        SqliteRank.EnsureRegistered(connection);

        foreach (var (match, held) in new[] { ("\"heron\"", "3"), ("\"osprey\"", "1"), ("\"heron\" \"osprey\"", "3, 1"), ("\"warden\" \"heron\"", "3, 3") })
        {
            var ours = await ScoresAsync(connection, $$"""SELECT rowid, {{SqliteRank.Function}}("SearchIndex", 4.0, 1.0, 0.0, {{held}}) FROM "SearchIndex" WHERE "SearchIndex" MATCH '{"Title" "Text"}: ({{match}})' ORDER BY rowid""");
            var fts5 = await ScoresAsync(connection, $"""SELECT rowid, bm25("TextOnlyIndex", 4.0, 1.0) FROM "TextOnlyIndex" WHERE "TextOnlyIndex" MATCH '{match}' ORDER BY rowid""");

            fts5.ShouldNotBeEmpty();
            ours.Select(s => s.Row).ShouldBe(fts5.Select(s => s.Row));
            foreach (var (mine, theirs) in ours.Zip(fts5))
                mine.Score.ShouldBe(theirs.Score, Math.Abs(theirs.Score) * 1e-9, match);
        }
    }

    [Fact]
    public void AConnectionNotOpen_IsRefused_WithTheReason() =>
        Should.Throw<InvalidOperationException>(() => SqliteRank.EnsureRegistered(new SqliteConnection("DataSource=:memory:")))
            .Message.ShouldBe("The connection is not open.");

    [Theory]
    [InlineData(1)]
    [InlineData(128)]
    public async Task AMatchOfUpTo128Phrases_IsRanked(int phrases) =>
        ((double)(await RankAsync(phrases))!).ShouldBeLessThan(0);

    [Fact]
    public async Task AMatchOfMoreThan128Phrases_IsRefused_RatherThanWeighedOnTheStack() =>
        await Should.ThrowAsync<SqliteException>(() => RankAsync(129));

    private static async Task<List<(long Row, double Score)>> ScoresAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var scores = new List<(long, double)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            scores.Add((reader.GetInt64(0), reader.GetDouble(1)));
        return scores;
    }

    private async Task<object?> RankAsync(int phrases)
    {
        await using var db = quorum.Open(Viewer.System);
        db.People.Add(new Person { FullName = "Ada Lovelace", JobTitle = "Heron warden" });
        await db.SaveChangesAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        SqliteRank.EnsureRegistered(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT {SqliteRank.Function}("SearchIndex", 4.0, 1.0, 0.0) FROM "SearchIndex" WHERE "SearchIndex" MATCH $match""";
        command.Parameters.AddWithValue("$match", string.Join(' ', Enumerable.Repeat("\"heron\"", phrases)));
        return await command.ExecuteScalarAsync();
    }
}
