using FluentValidation;
using Jobportunities.Core.Common;
using Jobportunities.Core.Organisations;
using Jobportunities.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jobportunities.Web.Features.Organisations;

/// <summary>Administrators keep the partner organisations and their API keys for the referral API.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("admin/organisations")]
public sealed class OrganisationsController(
    OrganisationService organisations,
    IValidator<OrganisationForm> organisationValidator,
    IValidator<ApiKeyForm> keyValidator,
    IStringLocalizer<SharedResource> texts) : Controller
{
    private const string NewKeyItem = "NewApiKey";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await organisations.ListAsync(ct));

    [HttpGet("new")]
    public IActionResult Create() => View(new OrganisationForm { Country = Core.Organisations.Countries.Netherlands });

    [HttpPost("new")]
    public async Task<IActionResult> Create(OrganisationForm form, CancellationToken ct)
    {
        (await organisationValidator.ValidateAsync(form, ct)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var result = await organisations.CreateAsync(form.Name!, form.Kind!.Value, form.Country!, ct);
        if (!result.IsOk)
        {
            ModelState.AddModelError(nameof(form.Name), texts["Organisations.Error." + result.ErrorCode]);
            return View(form);
        }

        TempData["Notice"] = texts["Organisations.Created", form.Name!.Trim()].Value;
        return RedirectToAction(nameof(Details), new { id = result.Value });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var newKey = TempData[NewKeyItem] as string;
        if (newKey is not null)
        {
            // The plain key is on this page only: keep it out of every cache.
            Response.Headers.CacheControl = "no-store";
        }

        return await DetailsPageAsync(id, new ApiKeyForm(), newKey, ct);
    }

    [HttpPost("{id:int}/keys")]
    public async Task<IActionResult> CreateKey(int id, [Bind(Prefix = "KeyForm")] ApiKeyForm form, CancellationToken ct)
    {
        (await keyValidator.ValidateAsync(form, ct)).AddTo(ModelState, "KeyForm");
        if (!ModelState.IsValid)
        {
            return await DetailsPageAsync(id, form, null, ct);
        }

        var result = await organisations.CreateApiKeyAsync(id, form.Name!, User.ToStaffUser().Id, ct);
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }

        TempData[NewKeyItem] = result.Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/keys/{keyId:int}/revoke")]
    public async Task<IActionResult> Revoke(int id, int keyId, CancellationToken ct)
    {
        var organisation = await organisations.FindAsync(id, ct);
        var key = organisation?.Keys.FirstOrDefault(k => k.Id == keyId && k.IsActive);
        return key is null ? NotFound() : View(new RevokePage(id, organisation!.Name, key));
    }

    [HttpPost("{id:int}/keys/{keyId:int}/revoke")]
    [ActionName(nameof(Revoke))]
    public async Task<IActionResult> RevokeConfirmed(int id, int keyId, CancellationToken ct)
    {
        var result = await organisations.RevokeApiKeyAsync(id, keyId, User.ToStaffUser().Id, ct);
        if (result.Outcome == Outcome.NotFound)
        {
            return NotFound();
        }

        TempData["Notice"] = texts["Organisations.Revoked", result.Value!].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> DetailsPageAsync(int id, ApiKeyForm form, string? newKey, CancellationToken ct)
    {
        var organisation = await organisations.FindAsync(id, ct);
        return organisation is null ? NotFound() : View(nameof(Details), new OrganisationPage(organisation, form, newKey));
    }
}
