using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PrivacyRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RetentionMonthsAfterExit",
                table: "Programmes",
                type: "int",
                nullable: false,
                defaultValue: 24);

            migrationBuilder.AddColumn<int>(
                name: "RetentionMonthsForApplications",
                table: "Programmes",
                type: "int",
                nullable: false,
                defaultValue: 6);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymisedOn",
                table: "Participants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ErasureReason",
                table: "Participants",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReEntryKey",
                table: "Participants",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymisedOn",
                table: "Applications",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Participants_Phase_ExitDate_AnonymisedOn",
                table: "Participants",
                columns: new[] { "Phase", "ExitDate", "AnonymisedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Participants_Phase_ExitDate_AnonymisedOn",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "RetentionMonthsAfterExit",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "RetentionMonthsForApplications",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "AnonymisedOn",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "ErasureReason",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "ReEntryKey",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "AnonymisedOn",
                table: "Applications");
        }
    }
}
