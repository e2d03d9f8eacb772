using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ParticipantFile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Participants_CoachId_Phase",
                table: "Participants");

            migrationBuilder.DropIndex(
                name: "IX_Participants_ProgrammeId_Phase",
                table: "Participants");

            migrationBuilder.AddColumn<int>(
                name: "AvailableHoursPerWeek",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Benefit",
                table: "Participants",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "BirthDate",
                table: "Participants",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "City",
                table: "Participants",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Country",
                table: "Participants",
                type: "TEXT",
                maxLength: 2,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Education",
                table: "Participants",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Participants",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExitDate",
                table: "Participants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExitReason",
                table: "Participants",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FamilyName",
                table: "Participants",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Gender",
                table: "Participants",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GivenName",
                table: "Participants",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "HasDrivingLicence",
                table: "Participants",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "HasOwnTransport",
                table: "Participants",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "HasStartQualification",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseNumber",
                table: "Participants",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LadderStep",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastContactDate",
                table: "Participants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxTravelMinutes",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NextAction",
                table: "Participants",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "NextActionDate",
                table: "Participants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Participants",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "Participants",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PreferredSectors",
                table: "Participants",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "Participants",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Street",
                table: "Participants",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WorkPreferences",
                table: "Participants",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ObjectType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BarrierAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Moment = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FunctionalLimitations = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BarrierAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BarrierAssessments_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactMoments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    NextAction = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    NextActionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactMoments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactMoments_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LadderRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LadderRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LadderRecords_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PhaseChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhaseChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PhaseChanges_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanExperiences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Years = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanExperiences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanExperiences_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanLanguages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanLanguages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanLanguages_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanSkills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanSkills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanSkills_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandIns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AbsentCoachId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    StandInCoachId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GrantedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    GrantedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandIns_AspNetUsers_AbsentCoachId",
                        column: x => x.AbsentCoachId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandIns_AspNetUsers_StandInCoachId",
                        column: x => x.StandInCoachId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BarrierRating",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BarrierAssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BarrierRating", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BarrierRating_BarrierAssessments_BarrierAssessmentId",
                        column: x => x.BarrierAssessmentId,
                        principalTable: "BarrierAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Participants_CoachId_LastContactDate",
                table: "Participants",
                columns: new[] { "CoachId", "LastContactDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Participants_CoachId_NextActionDate",
                table: "Participants",
                columns: new[] { "CoachId", "NextActionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Participants_CoachId_Phase_FamilyName",
                table: "Participants",
                columns: new[] { "CoachId", "Phase", "FamilyName" });

            migrationBuilder.CreateIndex(
                name: "IX_Participants_ProgrammeId_Phase_FamilyName",
                table: "Participants",
                columns: new[] { "ProgrammeId", "Phase", "FamilyName" });

            migrationBuilder.CreateIndex(
                name: "IX_Participants_Reference",
                table: "Participants",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorUserId",
                table: "AuditEntries",
                column: "ActorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AtUtc",
                table: "AuditEntries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ObjectType_ObjectId",
                table: "AuditEntries",
                columns: new[] { "ObjectType", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_BarrierAssessments_ParticipantId_Date",
                table: "BarrierAssessments",
                columns: new[] { "ParticipantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_BarrierRating_BarrierAssessmentId",
                table: "BarrierRating",
                column: "BarrierAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMoments_ParticipantId_Date",
                table: "ContactMoments",
                columns: new[] { "ParticipantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_LadderRecords_ParticipantId_Date",
                table: "LadderRecords",
                columns: new[] { "ParticipantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseChanges_ParticipantId_AtUtc",
                table: "PhaseChanges",
                columns: new[] { "ParticipantId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ScanExperiences_ParticipantId",
                table: "ScanExperiences",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_ScanLanguages_ParticipantId",
                table: "ScanLanguages",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_ScanSkills_ParticipantId",
                table: "ScanSkills",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_StandIns_AbsentCoachId",
                table: "StandIns",
                column: "AbsentCoachId");

            migrationBuilder.CreateIndex(
                name: "IX_StandIns_StandInCoachId_From_Until",
                table: "StandIns",
                columns: new[] { "StandInCoachId", "From", "Until" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BarrierRating");

            migrationBuilder.DropTable(
                name: "ContactMoments");

            migrationBuilder.DropTable(
                name: "LadderRecords");

            migrationBuilder.DropTable(
                name: "PhaseChanges");

            migrationBuilder.DropTable(
                name: "ScanExperiences");

            migrationBuilder.DropTable(
                name: "ScanLanguages");

            migrationBuilder.DropTable(
                name: "ScanSkills");

            migrationBuilder.DropTable(
                name: "StandIns");

            migrationBuilder.DropTable(
                name: "BarrierAssessments");

            migrationBuilder.DropIndex(
                name: "IX_Participants_CoachId_LastContactDate",
                table: "Participants");

            migrationBuilder.DropIndex(
                name: "IX_Participants_CoachId_NextActionDate",
                table: "Participants");

            migrationBuilder.DropIndex(
                name: "IX_Participants_CoachId_Phase_FamilyName",
                table: "Participants");

            migrationBuilder.DropIndex(
                name: "IX_Participants_ProgrammeId_Phase_FamilyName",
                table: "Participants");

            migrationBuilder.DropIndex(
                name: "IX_Participants_Reference",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "AvailableHoursPerWeek",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Benefit",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "BirthDate",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "City",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Country",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Education",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "ExitDate",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "ExitReason",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "FamilyName",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Gender",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "GivenName",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "HasDrivingLicence",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "HasOwnTransport",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "HasStartQualification",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "HouseNumber",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "LadderStep",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "LastContactDate",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "MaxTravelMinutes",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "NextAction",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "NextActionDate",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Postcode",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "PreferredSectors",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Street",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "WorkPreferences",
                table: "Participants");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_CoachId_Phase",
                table: "Participants",
                columns: new[] { "CoachId", "Phase" });

            migrationBuilder.CreateIndex(
                name: "IX_Participants_ProgrammeId_Phase",
                table: "Participants",
                columns: new[] { "ProgrammeId", "Phase" });
        }
    }
}
