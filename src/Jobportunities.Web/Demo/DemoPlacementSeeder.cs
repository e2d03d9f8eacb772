using Jobportunities.Core.Common;
using Jobportunities.Core.Data;
using Jobportunities.Core.Documents;
using Jobportunities.Core.Participants;
using Jobportunities.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Jobportunities.Web.Demo;

/// <summary>
/// Demo placements (Development only, after the employers): every demo participant in phase
/// Placed or Duurzaam gets a placement that started when the phase began, with its durable check;
/// the Duurzaam ones have a recorded durable outcome with evidence. One placed person changed
/// employer after a short break, one has a placement that ended without new work.
/// Idempotent: nothing happens when placements exist.
/// </summary>
public sealed class DemoPlacementSeeder(AppDbContext db, TimeProvider clock, ILogger<DemoPlacementSeeder> logger)
{
    public async Task SeedAsync()
    {
        if (await db.Placements.AnyAsync() || !await db.Employers.AnyAsync())
        {
            return;
        }

        var employers = await db.Employers.OrderBy(e => e.Id).Select(e => new { e.Id, e.Country }).ToListAsync();
        var participants = await db.Participants.Include(p => p.Programme)
            .Where(p => p.Phase == Phase.Placed || p.Phase == Phase.Durable).OrderBy(p => p.Id).ToListAsync();
        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        var index = 0;
        foreach (var participant in participants)
        {
            // An employer in the participant's own country, taking turns.
            var local = employers.Where(e => e.Country == participant.Country).ToList();
            var employer = local.Count > 0 ? local[index % local.Count] : employers[index % employers.Count];
            var rule = participant.Programme!.DurableRule;
            // Placed people spread over the check's states: upcoming, changed employer, interrupted, due, overdue.
            var placedIndex = participants.Where(p => p.Phase == Phase.Placed).ToList().IndexOf(participant);
            var start = participant.Phase == Phase.Durable
                ? today.AddMonths(-rule.PeriodMonths).AddDays(-20 - index)
                : (placedIndex % 5) switch
                {
                    0 => today.AddMonths(-rule.PeriodMonths).AddDays(12),
                    1 => today.AddMonths(-4),
                    2 => today.AddMonths(-3),
                    3 => today.AddMonths(-rule.PeriodMonths).AddDays(-5),
                    _ => today.AddMonths(-rule.PeriodMonths).AddDays(-45),
                };
            var placement = new Placement(participant.Id, employer.Id, null, index % 5 == 4 ? PlacementKind.WorkAndLearn : PlacementKind.Job,
                index % 3 == 0 ? ContractType.Permanent : ContractType.FixedTerm, 16 + (index * 4 % 20), employer.Country, start, participant.CoachId, now);
            db.Placements.Add(placement);
            await db.SaveChangesAsync();

            var check = new DurableCheck(participant.Id, placement.Id, rule.DueDate(start));
            db.DurableChecks.Add(check);
            var placements = new List<Placement> { placement };
            if (participant.Phase == Phase.Placed && placedIndex % 5 == 1)
            {
                // Changed employer after two weeks without work: still on course for durable.
                placement.End(start.AddDays(40), PlacementEndReason.NewJob);
                var next = new Placement(participant.Id, employers[(index + 3) % employers.Count].Id, null, PlacementKind.Job, ContractType.FixedTerm, 24, employers[(index + 3) % employers.Count].Country, start.AddDays(55), participant.CoachId, now);
                db.Placements.Add(next);
                placements.Add(next);
            }
            else if (participant.Phase == Phase.Placed && placedIndex % 5 == 2)
            {
                placement.End(today.AddDays(-35), PlacementEndReason.ContractEnded);
            }

            check.Apply(DurableCheckCalculator.Evaluate(rule, placement, placements, today));
            if (participant.Phase == Phase.Placed && placedIndex % 5 is 3 or 4)
            {
                // A payslip on the file of a due or overdue check, ready to be chosen as its evidence.
                AddPayslip(participant, now);
            }

            if (participant.Phase == Phase.Durable)
            {
                check.Record(DurableOutcome.Durable, index % 2 == 0 ? DurableEvidence.EmployerConfirmation : DurableEvidence.Payslip,
                    check.DueDate.AddDays(3), null, participant.CoachId, now, today);
            }

            await db.SaveChangesAsync();
            index++;
        }

        logger.LogInformation("Demo placements seeded for {Count} participants", participants.Count);
    }

    private void AddPayslip(Participant participant, DateTime now)
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% Demo payslip {participant.Reference}\n%%EOF\n");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        var document = new Document(participant.Id, DocumentKind.Payslip, "loonstrook-demo.pdf", DocumentRules.Pdf.ContentType, bytes.Length, hash, participant.CoachId, now);
        db.Documents.Add(document);
        db.DocumentContents.Add(new DocumentContent(document.ContentKey, bytes));
    }
}
