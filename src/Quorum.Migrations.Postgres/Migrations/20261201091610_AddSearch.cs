using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Quorum.Migrations.Postgres.Migrations
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
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    BodyId = table.Column<int>(type: "integer", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false)
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

            // English stemming with accents removed (unaccent), as a configuration so that the
            // derived tsvector column stays immutable; titles weigh more than text.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("""
                DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'quorum_english') THEN
                    CREATE TEXT SEARCH CONFIGURATION quorum_english (COPY = english);
                    ALTER TEXT SEARCH CONFIGURATION quorum_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
                  END IF;
                END $$;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "SearchDocuments" ADD "SearchVector" tsvector GENERATED ALWAYS AS (
                  setweight(to_tsvector('quorum_english'::regconfig, "Title"), 'A') || setweight(to_tsvector('quorum_english'::regconfig, "Text"), 'B')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchDocuments_SearchVector" ON "SearchDocuments" USING GIN ("SearchVector");""");

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

            migrationBuilder.DropTable(
                name: "SearchDocuments");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "Papers");
        }
    }
}
