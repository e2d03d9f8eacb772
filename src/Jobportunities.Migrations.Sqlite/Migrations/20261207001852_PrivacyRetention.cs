using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 24);

            migrationBuilder.AddColumn<int>(
                name: "RetentionMonthsForApplications",
                table: "Programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 6);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymisedOn",
                table: "Participants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ErasureReason",
                table: "Participants",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReEntryKey",
                table: "Participants",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnonymisedOn",
                table: "Applications",
                type: "TEXT",
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
