using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TodayIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PlanInstruments_Status_PlannedEnd",
                table: "PlanInstruments",
                columns: new[] { "Status", "PlannedEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanInstruments_Status_PlannedStart",
                table: "PlanInstruments",
                columns: new[] { "Status", "PlannedStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Participants_ProgrammeId_NextActionDate",
                table: "Participants",
                columns: new[] { "ProgrammeId", "NextActionDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PlanInstruments_Status_PlannedEnd",
                table: "PlanInstruments");

            migrationBuilder.DropIndex(
                name: "IX_PlanInstruments_Status_PlannedStart",
                table: "PlanInstruments");

            migrationBuilder.DropIndex(
                name: "IX_Participants_ProgrammeId_NextActionDate",
                table: "Participants");
        }
    }
}
