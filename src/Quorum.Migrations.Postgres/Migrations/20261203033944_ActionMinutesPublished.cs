using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ActionMinutesPublished : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Actions_MeetingDate_MeetingId_Sequence",
                table: "Actions");

            migrationBuilder.DropIndex(
                name: "IX_Actions_Status_DueDate",
                table: "Actions");

            migrationBuilder.DropIndex(
                name: "IX_Actions_Status_MeetingDate_MeetingId_Sequence",
                table: "Actions");

            migrationBuilder.AddColumn<bool>(
                name: "MinutesPublished",
                table: "Actions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("""
                UPDATE "Actions" AS a SET "MinutesPublished" = TRUE FROM "Meetings" AS m WHERE m."Id" = a."MeetingId" AND m."MinutesState" = 'Published';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Actions_MeetingDate_MeetingId_Sequence_MinutesPublished",
                table: "Actions",
                columns: new[] { "MeetingDate", "MeetingId", "Sequence", "MinutesPublished" },
                descending: new[] { true, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_Status_DueDate_MinutesPublished",
                table: "Actions",
                columns: new[] { "Status", "DueDate", "MinutesPublished" });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_Status_MeetingDate_MeetingId_Sequence_MinutesPublis~",
                table: "Actions",
                columns: new[] { "Status", "MeetingDate", "MeetingId", "Sequence", "MinutesPublished" },
                descending: new[] { false, true, true, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Actions_MeetingDate_MeetingId_Sequence_MinutesPublished",
                table: "Actions");

            migrationBuilder.DropIndex(
                name: "IX_Actions_Status_DueDate_MinutesPublished",
                table: "Actions");

            migrationBuilder.DropIndex(
                name: "IX_Actions_Status_MeetingDate_MeetingId_Sequence_MinutesPublis~",
                table: "Actions");

            migrationBuilder.DropColumn(
                name: "MinutesPublished",
                table: "Actions");

            migrationBuilder.CreateIndex(
                name: "IX_Actions_MeetingDate_MeetingId_Sequence",
                table: "Actions",
                columns: new[] { "MeetingDate", "MeetingId", "Sequence" },
                descending: new[] { true, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_Status_DueDate",
                table: "Actions",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_Status_MeetingDate_MeetingId_Sequence",
                table: "Actions",
                columns: new[] { "Status", "MeetingDate", "MeetingId", "Sequence" },
                descending: new[] { false, true, true, false });
        }
    }
}
