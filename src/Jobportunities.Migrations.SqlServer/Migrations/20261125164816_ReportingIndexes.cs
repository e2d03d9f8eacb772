using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReportingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Participants_ProgrammeId_CreatedUtc_ApplicationId_Phase_Gender_Benefit_BirthDate",
                table: "Participants",
                columns: new[] { "ProgrammeId", "CreatedUtc", "ApplicationId", "Phase", "Gender", "Benefit", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ProgrammeId_SubmittedUtc_IsEligible",
                table: "Applications",
                columns: new[] { "ProgrammeId", "SubmittedUtc", "IsEligible" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Participants_ProgrammeId_CreatedUtc_ApplicationId_Phase_Gender_Benefit_BirthDate",
                table: "Participants");

            migrationBuilder.DropIndex(
                name: "IX_Applications_ProgrammeId_SubmittedUtc_IsEligible",
                table: "Applications");
        }
    }
}
