using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FollowUpsAndArchive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ArchivedUtc",
                table: "Employers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EmployerId",
                table: "EmployerAgreements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FollowUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExitDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUps_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerAgreements_EmployerId",
                table: "EmployerAgreements",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_DueDate_Situation",
                table: "FollowUps",
                columns: new[] { "DueDate", "Situation" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ParticipantId",
                table: "FollowUps",
                column: "ParticipantId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_EmployerAgreements_Employers_EmployerId",
                table: "EmployerAgreements",
                column: "EmployerId",
                principalTable: "Employers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_EmployerAgreements_Employers_EmployerId",
                table: "EmployerAgreements");

            migrationBuilder.DropTable(
                name: "FollowUps");

            migrationBuilder.DropIndex(
                name: "IX_EmployerAgreements_EmployerId",
                table: "EmployerAgreements");

            migrationBuilder.DropColumn(
                name: "ArchivedUtc",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "EmployerId",
                table: "EmployerAgreements");
        }
    }
}
