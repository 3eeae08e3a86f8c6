using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "Papers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_BodyId_Date",
                table: "Meetings",
                columns: new[] { "BodyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Kind_RecordId",
                table: "SearchDocuments",
                columns: new[] { "Kind", "RecordId" },
                unique: true);

            // Full-text index over the documents (external content: the words are kept once, in SearchDocuments),
            // with English stemming and accents ignored; triggers keep it in step with every insert, update and delete.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5("Title", "Text", content='SearchDocuments', content_rowid='Id', tokenize='porter unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchDocuments_Index" AFTER INSERT ON "SearchDocuments" BEGIN
                  INSERT INTO "SearchIndex"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchDocuments_Unindex" AFTER DELETE ON "SearchDocuments" BEGIN
                  INSERT INTO "SearchIndex"("SearchIndex", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchDocuments_Reindex" AFTER UPDATE ON "SearchDocuments" BEGIN
                  INSERT INTO "SearchIndex"("SearchIndex", rowid, "Title", "Text") VALUES ('delete', old."Id", old."Title", old."Text");
                  INSERT INTO "SearchIndex"(rowid, "Title", "Text") VALUES (new."Id", new."Title", new."Text");
                END;
                """);

            // Records saved before search existed get their documents now; later saves keep them in step.
            migrationBuilder.Sql("""
                INSERT INTO "SearchDocuments" ("Kind", "RecordId", "BodyId", "Date", "Title", "Text")
                SELECT 'minute', n."Id", m."BodyId", m."Date", i."Number" || ' ' || i."Title", n."Text"
                  FROM "Minutes" n JOIN "AgendaItems" i ON i."Id" = n."AgendaItemId" JOIN "Meetings" m ON m."Id" = i."MeetingId"
                UNION ALL SELECT 'item', i."Id", m."BodyId", m."Date", i."Title", '' FROM "AgendaItems" i JOIN "Meetings" m ON m."Id" = i."MeetingId"
                UNION ALL SELECT 'decision', d."Id", d."BodyId", m."Date", 'Decision ' || CAST(d."Number" AS TEXT), d."Text" FROM "Decisions" d JOIN "Meetings" m ON m."Id" = d."MeetingId"
                UNION ALL SELECT 'action', a."Id", a."BodyId", m."Date", a."Reference", a."Text" FROM "Actions" a JOIN "Meetings" m ON m."Id" = a."MeetingId"
                UNION ALL SELECT 'paper', p."Id", p."BodyId", m."Date", p."Title", COALESCE(p."Author", '') FROM "Papers" p LEFT JOIN "Meetings" m ON m."Id" = p."MeetingId"
                UNION ALL SELECT 'person', p."Id", NULL, NULL, p."FullName", TRIM(COALESCE(p."JobTitle", '') || ' ' || COALESCE(o."Name", ''))
                  FROM "People" p LEFT JOIN "Organisations" o ON o."Id" = p."OrganisationId";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Meetings_BodyId_Date",
                table: "Meetings");

            migrationBuilder.Sql("DROP TABLE \"SearchIndex\";");

            migrationBuilder.DropTable(
                name: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "Papers");
        }
    }
}
