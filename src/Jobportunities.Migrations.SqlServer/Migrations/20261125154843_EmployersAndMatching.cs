using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jobportunities.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EmployersAndMatching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CostShares",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    Payer = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PayerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Percent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CostShares_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmployerAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    EmployerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DevelopmentAgreement = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerAgreements_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Instruments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    NameNl = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    NameDe = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DefaultProvider = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DefaultCost = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MatchingEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgrammeId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedByUserId = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchingEvents_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    What = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ByWhen = table.Column<DateOnly>(type: "date", nullable: false),
                    HowMeasured = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AchievedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanGoals_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanHistory_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingProviders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Country = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    City = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Postcode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingProviders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VacancyProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VacancyId = table.Column<int>(type: "int", nullable: false),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    ProposedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProposedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StatusChangedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    StatusChangedByUserId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacancyProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VacancyProposals_AspNetUsers_ProposedByUserId",
                        column: x => x.ProposedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VacancyProposals_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VacancyProposals_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanInstruments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    InstrumentId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Provider = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PlannedStart = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    ActualStart = table.Column<DateOnly>(type: "date", nullable: true),
                    ActualEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StopReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Cost = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanInstruments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanInstruments_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanInstruments_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MatchingEventCandidates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MatchingEventId = table.Column<int>(type: "int", nullable: false),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    InvitedByUserId = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    InvitedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Attendance = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingEventCandidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchingEventCandidates_MatchingEvents_MatchingEventId",
                        column: x => x.MatchingEventId,
                        principalTable: "MatchingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchingEventCandidates_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MatchingEventConversations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MatchingEventId = table.Column<int>(type: "int", nullable: false),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    EmployerId = table.Column<int>(type: "int", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingEventConversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchingEventConversations_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MatchingEventConversations_MatchingEvents_MatchingEventId",
                        column: x => x.MatchingEventId,
                        principalTable: "MatchingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MatchingEventConversations_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MatchingEventEmployers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MatchingEventId = table.Column<int>(type: "int", nullable: false),
                    EmployerId = table.Column<int>(type: "int", nullable: false),
                    InvitedByUserId = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    InvitedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Attendance = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingEventEmployers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchingEventEmployers_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MatchingEventEmployers_MatchingEvents_MatchingEventId",
                        column: x => x.MatchingEventId,
                        principalTable: "MatchingEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Courses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TrainingProviderId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    Language = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    LocationPostcode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    LocationCity = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Cost = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    DurationWeeks = table.Column<int>(type: "int", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Courses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Courses_TrainingProviders_TrainingProviderId",
                        column: x => x.TrainingProviderId,
                        principalTable: "TrainingProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkBasedLearningCertificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    PlanInstrumentId = table.Column<int>(type: "int", nullable: false),
                    Occupation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Issuer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkBasedLearningCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkBasedLearningCertificates_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorkBasedLearningCertificates_PlanInstruments_PlanInstrumentId",
                        column: x => x.PlanInstrumentId,
                        principalTable: "PlanInstruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CourseRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CourseId = table.Column<int>(type: "int", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Seats = table.Column<int>(type: "int", nullable: false),
                    SeatsTaken = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseRuns", x => x.Id);
                    table.CheckConstraint("CK_CourseRuns_SeatsTaken", "SeatsTaken >= 0 AND SeatsTaken <= Seats");
                    table.ForeignKey(
                        name: "FK_CourseRuns_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Enrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CourseRunId = table.Column<int>(type: "int", nullable: false),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    PlanInstrumentId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    WithDiploma = table.Column<bool>(type: "bit", nullable: true),
                    DropOutReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    EnrolledUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrolments_CourseRuns_CourseRunId",
                        column: x => x.CourseRunId,
                        principalTable: "CourseRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enrolments_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Enrolments_PlanInstruments_PlanInstrumentId",
                        column: x => x.PlanInstrumentId,
                        principalTable: "PlanInstruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CostShares_ParticipantId",
                table: "CostShares",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseRuns_CourseId_StartDate",
                table: "CourseRuns",
                columns: new[] { "CourseId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CourseRuns_StartDate",
                table: "CourseRuns",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_Courses_Sector_IsActive",
                table: "Courses",
                columns: new[] { "Sector", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_Courses_TrainingProviderId",
                table: "Courses",
                column: "TrainingProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerAgreements_ParticipantId",
                table: "EmployerAgreements",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_CourseRunId_Status",
                table: "Enrolments",
                columns: new[] { "CourseRunId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_ParticipantId",
                table: "Enrolments",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_PlanInstrumentId",
                table: "Enrolments",
                column: "PlanInstrumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_Code",
                table: "Instruments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MatchingEventCandidates_MatchingEventId_ParticipantId",
                table: "MatchingEventCandidates",
                columns: new[] { "MatchingEventId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MatchingEventCandidates_ParticipantId",
                table: "MatchingEventCandidates",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchingEventConversations_EmployerId",
                table: "MatchingEventConversations",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchingEventConversations_MatchingEventId",
                table: "MatchingEventConversations",
                column: "MatchingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchingEventConversations_ParticipantId",
                table: "MatchingEventConversations",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchingEventEmployers_EmployerId",
                table: "MatchingEventEmployers",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_MatchingEventEmployers_MatchingEventId_EmployerId",
                table: "MatchingEventEmployers",
                columns: new[] { "MatchingEventId", "EmployerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MatchingEvents_ProgrammeId_Date",
                table: "MatchingEvents",
                columns: new[] { "ProgrammeId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoals_ParticipantId",
                table: "PlanGoals",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanHistory_ParticipantId_AtUtc",
                table: "PlanHistory",
                columns: new[] { "ParticipantId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanInstruments_InstrumentId_Status",
                table: "PlanInstruments",
                columns: new[] { "InstrumentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanInstruments_ParticipantId_Position",
                table: "PlanInstruments",
                columns: new[] { "ParticipantId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingProviders_Name",
                table: "TrainingProviders",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VacancyProposals_ParticipantId",
                table: "VacancyProposals",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyProposals_ProposedByUserId",
                table: "VacancyProposals",
                column: "ProposedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyProposals_VacancyId_ParticipantId",
                table: "VacancyProposals",
                columns: new[] { "VacancyId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkBasedLearningCertificates_IssuedOn",
                table: "WorkBasedLearningCertificates",
                column: "IssuedOn");

            migrationBuilder.CreateIndex(
                name: "IX_WorkBasedLearningCertificates_ParticipantId_IssuedOn",
                table: "WorkBasedLearningCertificates",
                columns: new[] { "ParticipantId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkBasedLearningCertificates_PlanInstrumentId",
                table: "WorkBasedLearningCertificates",
                column: "PlanInstrumentId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Placements_MatchingEvents_MatchingEventId",
                table: "Placements",
                column: "MatchingEventId",
                principalTable: "MatchingEvents",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Placements_MatchingEvents_MatchingEventId",
                table: "Placements");

            migrationBuilder.DropTable(
                name: "CostShares");

            migrationBuilder.DropTable(
                name: "EmployerAgreements");

            migrationBuilder.DropTable(
                name: "Enrolments");

            migrationBuilder.DropTable(
                name: "MatchingEventCandidates");

            migrationBuilder.DropTable(
                name: "MatchingEventConversations");

            migrationBuilder.DropTable(
                name: "MatchingEventEmployers");

            migrationBuilder.DropTable(
                name: "PlanGoals");

            migrationBuilder.DropTable(
                name: "PlanHistory");

            migrationBuilder.DropTable(
                name: "VacancyProposals");

            migrationBuilder.DropTable(
                name: "WorkBasedLearningCertificates");

            migrationBuilder.DropTable(
                name: "CourseRuns");

            migrationBuilder.DropTable(
                name: "MatchingEvents");

            migrationBuilder.DropTable(
                name: "PlanInstruments");

            migrationBuilder.DropTable(
                name: "Courses");

            migrationBuilder.DropTable(
                name: "Instruments");

            migrationBuilder.DropTable(
                name: "TrainingProviders");
        }
    }
}
