using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quorum.Accounts;
using Quorum.Data;

namespace Quorum.Web.Features.Accounts;

/// <summary>Authenticates <c>Authorization: Bearer qrm_…</c> against the tokens issued by <c>quorum users token</c>.</summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, QuorumDb db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var hash = ApiToken.HashOf(header["Bearer ".Length..].Trim());
        var token = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash && t.RevokedAt == null)
            .Select(t => new { t.UserId, t.User!.Email })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (token is null)
            return AuthenticateResult.Fail("The bearer token is not valid.");
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, token.UserId), new Claim(ClaimTypes.Name, token.Email ?? token.UserId)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
