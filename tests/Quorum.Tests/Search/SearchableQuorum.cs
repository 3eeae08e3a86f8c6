using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Data;

namespace Quorum.Tests.Search;

/// <summary>
/// A Quorum database held in memory with its full-text index: the model creates the documents'
/// table, and the index, its facets and the triggers that feed it are added as the SQLite
/// migrations AddSearch and SearchFacets add them (the model does not know them).
/// </summary>
public sealed class SearchableQuorum : IDisposable
{
    private const string Index = """
        ALTER TABLE "SearchDocuments" ADD "Facets" TEXT GENERATED ALWAYS AS (
          CASE WHEN "BodyId" IS NULL THEN '' ELSE 'b' || "BodyId" || ' ' END || 'k' || "Kind"
          || CASE WHEN "Date" IS NULL THEN '' ELSE ' c' || substr("Date", 1, 2) || ' e' || substr("Date", 1, 3)
               || ' y' || substr("Date", 1, 4) || ' m' || substr("Date", 1, 4) || substr("Date", 6, 2) END) VIRTUAL;
        CREATE VIRTUAL TABLE "SearchIndex" USING fts5("Title", "Text", "Facets", content='SearchDocuments', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
        CREATE TRIGGER "SearchDocuments_Index" AFTER INSERT ON "SearchDocuments" BEGIN
          INSERT INTO "SearchIndex"(rowid, "Title", "Text", "Facets") VALUES (new."Id", new."Title", new."Text", new."Facets");
        END;
        CREATE TRIGGER "SearchDocuments_Unindex" AFTER DELETE ON "SearchDocuments" BEGIN
          INSERT INTO "SearchIndex"("SearchIndex", rowid, "Title", "Text", "Facets") VALUES ('delete', old."Id", old."Title", old."Text", old."Facets");
        END;
        CREATE TRIGGER "SearchDocuments_Reindex" AFTER UPDATE ON "SearchDocuments" BEGIN
          INSERT INTO "SearchIndex"("SearchIndex", rowid, "Title", "Text", "Facets") VALUES ('delete', old."Id", old."Title", old."Text", old."Facets");
          INSERT INTO "SearchIndex"(rowid, "Title", "Text", "Facets") VALUES (new."Id", new."Title", new."Text", new."Facets");
        END;
        """;

    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public SearchableQuorum()
    {
        connection.Open();
        using var db = Open(Viewer.System);
        db.Database.EnsureCreated();
        db.Database.ExecuteSqlRaw(Index);
    }

    public QuorumDb Open(Viewer viewer) =>
        new(new DbContextOptionsBuilder<QuorumDb>().UseSqlite(connection).Options) { Viewer = viewer };

    public void Dispose() => connection.Dispose();
}
