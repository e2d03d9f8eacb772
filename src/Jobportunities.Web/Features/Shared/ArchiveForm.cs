using FluentValidation;
using Jobportunities.Core.Common;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Shared;

/// <summary>Archiving or restoring a record (ADR 0025): the user confirms with a tick, so one click does not hide a record.</summary>
public sealed class ArchiveForm
{
    public bool Confirm { get; set; }
}

public sealed class ArchiveFormValidator : AbstractValidator<ArchiveForm>
{
    public ArchiveFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Confirm).Equal(true).WithMessage(t["Archive.ConfirmRequired", t["Field.Confirm"]]);
    }
}

/// <summary>The archive block of a record's page: where to post and whether it is archived now.</summary>
public sealed record ArchiveBlock(string Action, bool IsArchived, DateOnly? ArchivedOn)
{
    /// <summary>The block of a record whose page is at <paramref name="recordPath"/>: it posts to recordPath/archive or recordPath/restore.</summary>
    public static ArchiveBlock For(string recordPath, IArchivable record) =>
        new($"{recordPath}/{(record.ArchivedUtc is null ? "archive" : "restore")}", record.ArchivedUtc is not null,
            record.ArchivedUtc is { } at ? DateOnly.FromDateTime(at) : null);
}
