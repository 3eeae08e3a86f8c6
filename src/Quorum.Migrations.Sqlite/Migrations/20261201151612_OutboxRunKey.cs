using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OutboxRunKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RunKey",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RunKey",
                table: "OutboxMessages",
                column: "RunKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_RunKey",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "RunKey",
                table: "OutboxMessages");
        }
    }
}
