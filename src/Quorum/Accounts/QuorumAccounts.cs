using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Quorum.Accounts;

/// <summary>
/// Identity's user store with one rule added: locking an account (by failed sign-ins or by an
/// administrator) changes its security stamp, which ends every session it has.
/// </summary>
public sealed class QuorumAccounts(
    IUserStore<QuorumUser> store, IOptions<IdentityOptions> optionsAccessor, IPasswordHasher<QuorumUser> passwordHasher,
    IEnumerable<IUserValidator<QuorumUser>> userValidators, IEnumerable<IPasswordValidator<QuorumUser>> passwordValidators,
    ILookupNormalizer keyNormalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<QuorumUser>> logger)
    : UserManager<QuorumUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    /// <summary>The lockout end of a disabled account: it never ends.</summary>
    public static readonly DateTimeOffset Disabled = DateTimeOffset.MaxValue;

    public override async Task<IdentityResult> AccessFailedAsync(QuorumUser user)
    {
        var result = await base.AccessFailedAsync(user);
        if (result.Succeeded && await IsLockedOutAsync(user))
            return await UpdateSecurityStampAsync(user);
        return result;
    }

    public override async Task<IdentityResult> SetLockoutEndDateAsync(QuorumUser user, DateTimeOffset? lockoutEnd)
    {
        var result = await base.SetLockoutEndDateAsync(user, lockoutEnd);
        if (result.Succeeded && lockoutEnd > DateTimeOffset.UtcNow)
            return await UpdateSecurityStampAsync(user);
        return result;
    }

    /// <summary>Whether the account may act now: not locked out, not disabled.</summary>
    public static bool MayActNow(DateTimeOffset? lockoutEnd, bool lockoutEnabled, DateTimeOffset now) =>
        !lockoutEnabled || lockoutEnd is null || lockoutEnd <= now;
}
