using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EsfIndicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ExitSixMonthDay",
                table: "Participants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExitStatusDay",
                table: "Participants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Indicators_Disability",
                table: "Participants",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotAsked");

            migrationBuilder.AddColumn<string>(
                name: "Indicators_ForeignBackground",
                table: "Participants",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotAsked");

            migrationBuilder.AddColumn<string>(
                name: "Indicators_HousingExclusion",
                table: "Participants",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotAsked");

            migrationBuilder.AddColumn<string>(
                name: "Indicators_LabourMarket",
                table: "Participants",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<string>(
                name: "Indicators_Minority",
                table: "Participants",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotAsked");

            migrationBuilder.AddColumn<bool>(
                name: "Indicators_NeverWorked",
                table: "Participants",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Indicators_ThirdCountryNational",
                table: "Participants",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotAsked");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Indicators_WithoutWorkSince",
                table: "Participants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "LongTermUnemployedAtEntry",
                table: "Participants",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Indicators_Disability",
                table: "Applications",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotAsked");

            migrationBuilder.AddColumn<string>(
                name: "Indicators_ForeignBackground",
                table: "Applications",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotAsked");

            migrationBuilder.AddColumn<string>(
                name: "Indicators_HousingExclusion",
                table: "Applications",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotAsked");

            migrationBuilder.AddColumn<string>(
                name: "Indicators_LabourMarket",
                table: "Applications",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<string>(
                name: "Indicators_Minority",
                table: "Applications",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotAsked");

            migrationBuilder.AddColumn<bool>(
                name: "Indicators_NeverWorked",
                table: "Applications",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Indicators_ThirdCountryNational",
                table: "Applications",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotAsked");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Indicators_WithoutWorkSince",
                table: "Applications",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExitSixMonthDay",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "ExitStatusDay",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Indicators_Disability",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Indicators_ForeignBackground",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Indicators_HousingExclusion",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Indicators_LabourMarket",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Indicators_Minority",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Indicators_NeverWorked",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Indicators_ThirdCountryNational",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Indicators_WithoutWorkSince",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "LongTermUnemployedAtEntry",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Indicators_Disability",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Indicators_ForeignBackground",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Indicators_HousingExclusion",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Indicators_LabourMarket",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Indicators_Minority",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Indicators_NeverWorked",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Indicators_ThirdCountryNational",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Indicators_WithoutWorkSince",
                table: "Applications");
        }
    }
}
