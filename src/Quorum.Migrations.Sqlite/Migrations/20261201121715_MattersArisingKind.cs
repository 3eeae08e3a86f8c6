using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "AgendaItems",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Ordinary");

            // Until now the matters-arising item was found by those words in its title: keep what that found.
            migrationBuilder.Sql("""
                UPDATE "AgendaItems" SET "Kind" = 'MattersArising' WHERE "Id" IN (
                    SELECT MIN("Id") FROM "AgendaItems" WHERE lower("Title") LIKE '%matters arising%' GROUP BY "MeetingId")
                """);
            migrationBuilder.Sql("""
                WITH RECURSIVE "Lines"("Id", "N", "Line", "Rest") AS (
                    SELECT "Id", 0, '', "StandingItems" || char(10) FROM "Bodies"
                    UNION ALL
                    SELECT "Id", "N" + 1, trim(substr("Rest", 1, instr("Rest", char(10)) - 1)), substr("Rest", instr("Rest", char(10)) + 1)
                    FROM "Lines" WHERE "Rest" <> '')
                UPDATE "Bodies" SET "MattersArisingItem" = (
                    SELECT "Line" FROM "Lines" WHERE "Lines"."Id" = "Bodies"."Id" AND lower("Line") LIKE '%matters arising%' ORDER BY "N" LIMIT 1)
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
