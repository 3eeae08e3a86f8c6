using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WithdrawnMeetingBody : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BodyId",
                table: "WithdrawnRecords",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WithdrawnRecords_BodyId_Kind",
                table: "WithdrawnRecords",
                columns: new[] { "BodyId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WithdrawnRecords_BodyId_Kind",
                table: "WithdrawnRecords");

            migrationBuilder.DropColumn(
                name: "BodyId",
                table: "WithdrawnRecords");
        }
    }
}
