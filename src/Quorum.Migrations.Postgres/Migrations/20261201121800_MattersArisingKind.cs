using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MattersArisingKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MattersArisingItem",
                table: "Bodies",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "AgendaItems",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Ordinary");

            // Until now the matters-arising item was found by those words in its title: keep what that found.
            migrationBuilder.Sql("""
                UPDATE "AgendaItems" SET "Kind" = 'MattersArising' WHERE "Id" IN (
                    SELECT MIN("Id") FROM "AgendaItems" WHERE lower("Title") LIKE '%matters arising%' GROUP BY "MeetingId")
                """);
            migrationBuilder.Sql("""
                UPDATE "Bodies" b SET "MattersArisingItem" = (
                    SELECT btrim(l.line, E' \t\r') FROM regexp_split_to_table(b."StandingItems", E'\n') WITH ORDINALITY AS l(line, n)
                    WHERE lower(l.line) LIKE '%matters arising%' ORDER BY l.n LIMIT 1)
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MattersArisingItem",
                table: "Bodies");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "AgendaItems");
        }
    }
}
