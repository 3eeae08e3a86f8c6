using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddConduct : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsInformal",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsRecommendation",
                table: "Decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "QuorumBasis",
                table: "Bodies",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "WholeNumberUnlessAThirdVacant");

            migrationBuilder.AddColumn<string>(
                name: "QuorumFraction",
                table: "Bodies",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QuorumMinimum",
                table: "Bodies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QuorumRounding",
                table: "Bodies",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Up");

            migrationBuilder.AddColumn<int>(
                name: "Seats",
                table: "Bodies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Declarations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LeftTheRoom = table.Column<bool>(type: "INTEGER", nullable: false),
                    TookNoPart = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Modified = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declarations_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Declarations_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Declarations_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterestRegisterVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Modified = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterestRegisterVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterestRegisterVersions_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InterestRegisterVersions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Motions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    AmendsId = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TextIfCarried = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TextAsAmended = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MoverId = table.Column<int>(type: "INTEGER", nullable: false),
                    SeconderId = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VotesFor = table.Column<int>(type: "INTEGER", nullable: true),
                    VotesAgainst = table.Column<int>(type: "INTEGER", nullable: true),
                    Abstentions = table.Column<int>(type: "INTEGER", nullable: true),
                    IsRecordedVote = table.Column<bool>(type: "INTEGER", nullable: false),
                    CastingVote = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CastingVoteById = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Modified = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Motions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Motions_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Motions_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Motions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Motions_Motions_AmendsId",
                        column: x => x.AmendsId,
                        principalTable: "Motions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Motions_People_CastingVoteById",
                        column: x => x.CastingVoteById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Motions_People_MoverId",
                        column: x => x.MoverId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Motions_People_SeconderId",
                        column: x => x.SeconderId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisteredInterests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegisterVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IsSensitive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Modified = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisteredInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisteredInterests_InterestRegisterVersions_RegisterVersionId",
                        column: x => x.RegisterVersionId,
                        principalTable: "InterestRegisterVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordedVotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MotionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Choice = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Modified = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordedVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordedVotes_Motions_MotionId",
                        column: x => x.MotionId,
                        principalTable: "Motions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecordedVotes_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_AgendaItemId",
                table: "Declarations",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_MeetingId",
                table: "Declarations",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_PersonId",
                table: "Declarations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_InterestRegisterVersions_BodyId",
                table: "InterestRegisterVersions",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_InterestRegisterVersions_PersonId_BodyId_EffectiveFrom",
                table: "InterestRegisterVersions",
                columns: new[] { "PersonId", "BodyId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Motions_AgendaItemId_Position",
                table: "Motions",
                columns: new[] { "AgendaItemId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Motions_AmendsId",
                table: "Motions",
                column: "AmendsId");

            migrationBuilder.CreateIndex(
                name: "IX_Motions_CastingVoteById",
                table: "Motions",
                column: "CastingVoteById");

            migrationBuilder.CreateIndex(
                name: "IX_Motions_DecisionId",
                table: "Motions",
                column: "DecisionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Motions_MeetingId",
                table: "Motions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Motions_MoverId",
                table: "Motions",
                column: "MoverId");

            migrationBuilder.CreateIndex(
                name: "IX_Motions_SeconderId",
                table: "Motions",
                column: "SeconderId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordedVotes_MotionId_PersonId",
                table: "RecordedVotes",
                columns: new[] { "MotionId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecordedVotes_PersonId",
                table: "RecordedVotes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisteredInterests_RegisterVersionId",
                table: "RegisteredInterests",
                column: "RegisterVersionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Declarations");

            migrationBuilder.DropTable(
                name: "RecordedVotes");

            migrationBuilder.DropTable(
                name: "RegisteredInterests");

            migrationBuilder.DropTable(
                name: "Motions");

            migrationBuilder.DropTable(
                name: "InterestRegisterVersions");

            migrationBuilder.DropColumn(
                name: "IsInformal",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "IsRecommendation",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "QuorumBasis",
                table: "Bodies");

            migrationBuilder.DropColumn(
                name: "QuorumFraction",
                table: "Bodies");

            migrationBuilder.DropColumn(
                name: "QuorumMinimum",
                table: "Bodies");

            migrationBuilder.DropColumn(
                name: "QuorumRounding",
                table: "Bodies");

            migrationBuilder.DropColumn(
                name: "Seats",
                table: "Bodies");
        }
    }
}
