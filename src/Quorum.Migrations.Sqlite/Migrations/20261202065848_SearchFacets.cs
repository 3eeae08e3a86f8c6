using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchFacets : Migration
    {
        private const string Triggers = """
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

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The filters become words of the index (Quorum.Search.SearchFacets), in a column of their own
            // that the document derives (virtual: nothing more is stored in the table) and the index
            // is rebuilt with, in one statement: minutes at a million meetings.
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchDocuments_Index";
                DROP TRIGGER "SearchDocuments_Unindex";
                DROP TRIGGER "SearchDocuments_Reindex";
                DROP TABLE "SearchIndex";
                ALTER TABLE "SearchDocuments" ADD "Facets" TEXT GENERATED ALWAYS AS (
                  CASE WHEN "BodyId" IS NULL THEN '' ELSE 'b' || "BodyId" || ' ' END || 'k' || "Kind"
                  || CASE WHEN "Date" IS NULL THEN '' ELSE ' c' || substr("Date", 1, 2) || ' e' || substr("Date", 1, 3)
                       || ' y' || substr("Date", 1, 4) || ' m' || substr("Date", 1, 4) || substr("Date", 6, 2) END) VIRTUAL;
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5("Title", "Text", "Facets", content='SearchDocuments', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
                INSERT INTO "SearchIndex"("SearchIndex") VALUES ('rebuild');
                """);
            migrationBuilder.Sql(Triggers);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "SearchDocuments_Index";
                DROP TRIGGER "SearchDocuments_Unindex";
                DROP TRIGGER "SearchDocuments_Reindex";
                DROP TABLE "SearchIndex";
                ALTER TABLE "SearchDocuments" DROP COLUMN "Facets";
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5("Title", "Text", content='SearchDocuments', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
                INSERT INTO "SearchIndex"("SearchIndex") VALUES ('rebuild');
                CREATE TRIGGER "SearchDocuments_Index" AFTER INSERT ON "SearchDocuments" BEGIN
                  INSERT INTO "SearchIndex"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
                END;
                CREATE TRIGGER "SearchDocuments_Unindex" AFTER DELETE ON "SearchDocuments" BEGIN
                  INSERT INTO "SearchIndex"("SearchIndex", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
                END;
                CREATE TRIGGER "SearchDocuments_Reindex" AFTER UPDATE ON "SearchDocuments" BEGIN
                  INSERT INTO "SearchIndex"("SearchIndex", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
                  INSERT INTO "SearchIndex"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
                END;
                """);
        }
    }
}
