using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Quorum.Accounts;

namespace Quorum.Web.Features.Accounts;

/// <summary>Carries "must change password" in the sign-in cookie, so the check costs no query.</summary>
public sealed class MustChangePasswordClaims(UserManager<QuorumUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<QuorumUser>(users, options)
{
    public const string Type = "quorum:must-change-password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(QuorumUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
            identity.AddClaim(new Claim(Type, "true"));
        return identity;
    }
}
