using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quorum.Accounts;
using Quorum.Data;

namespace Quorum.Web.Features.Accounts;

/// <summary>
/// Authenticates <c>Authorization: Bearer qrm_…</c> against the tokens issued by <c>quorum users token</c>
/// or the account page. A revoked or expired token, or one whose account is locked or disabled, is refused.
/// </summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, QuorumDb db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>Set on a request whose bearer token was refused, so that even an open read answers 401.</summary>
    public const string RefusedItem = "quorum:bearer-refused";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
            return AuthenticateResult.NoResult();
        var hash = ApiToken.HashOf(Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim());
        var token = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash)
            .Select(t => new { Token = t, t.User!.Email, t.User.LockoutEnd, t.User.LockoutEnabled })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (token is null || !token.Token.IsValidAt(DateTime.UtcNow) || !QuorumAccounts.MayActNow(token.LockoutEnd, token.LockoutEnabled, DateTimeOffset.UtcNow))
        {
            Context.Items[RefusedItem] = true;
            return AuthenticateResult.Fail("The bearer token is not valid: unknown, revoked or expired, or its account is locked.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, token.Token.UserId), new Claim(ClaimTypes.Name, token.Email ?? token.Token.UserId)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = Context.Items.ContainsKey(RefusedItem) ? "Bearer error=\"invalid_token\"" : "Bearer";
        return Task.CompletedTask;
    }
}
