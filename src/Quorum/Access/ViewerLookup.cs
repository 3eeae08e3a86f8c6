using Microsoft.EntityFrameworkCore;
using Quorum.Bodies;
using Quorum.Data;

namespace Quorum.Access;

/// <summary>Works out a signed-in user's <see cref="Viewer"/> from their account and current memberships.</summary>
public static class ViewerLookup
{
    public static async Task<Viewer> ForUserAsync(QuorumDb db, string userId, DateOnly today, CancellationToken cancellationToken = default)
    {
        // Reads past the filter: the viewer is what the filter is built from.
        var user = await db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.Email, u.PersonId, u.IsAdministrator, PersonName = u.Person!.FullName })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
            return Viewer.Anonymous;

        var memberships = user.PersonId is null
            ? []
            : await db.Memberships.IgnoreQueryFilters().AsNoTracking()
                .Where(m => m.PersonId == user.PersonId
                    && (m.From == null || m.From <= today)
                    && (m.Until == null || m.Until >= today))
                .Select(m => new { m.BodyId, m.Role })
                .ToListAsync(cancellationToken);

        return new Viewer
        {
            UserId = user.Id,
            Name = user.Email,
            DisplayName = user.PersonName ?? user.Email,
            PersonId = user.PersonId,
            IsAdministrator = user.IsAdministrator,
            MemberOf = [.. memberships.Select(m => m.BodyId).Distinct()],
            ClerkOf = [.. memberships.Where(m => m.Role == MembershipRole.Secretary).Select(m => m.BodyId).Distinct()],
        };
    }

    /// <summary>
    /// The viewer whose private calendar address holds <paramref name="token"/>, or null when no
    /// account has it (never issued, or reset since).
    /// </summary>
    public static async Task<Viewer?> ForCalendarFeedAsync(QuorumDb db, string token, DateOnly today, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token))
            return null;
        var userId = await db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.CalendarFeedToken == token)
            .Select(u => u.Id)
            .SingleOrDefaultAsync(cancellationToken);
        return userId is null ? null : await ForUserAsync(db, userId, today, cancellationToken);
    }

    /// <summary>
    /// The viewer a person would be if signed in: what a message to them may show is what this
    /// viewer sees. A person without an account sees what their current seats allow.
    /// </summary>
    public static async Task<Viewer> ForPersonAsync(QuorumDb db, int personId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var userId = await db.Users.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.PersonId == personId)
            .OrderByDescending(u => u.IsAdministrator)
            .Select(u => u.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (userId is not null)
            return await ForUserAsync(db, userId, today, cancellationToken);

        var memberships = await db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.PersonId == personId
                && (m.From == null || m.From <= today)
                && (m.Until == null || m.Until >= today))
            .Select(m => new { m.BodyId, m.Role })
            .ToListAsync(cancellationToken);
        return new Viewer
        {
            Name = $"person {personId}",
            PersonId = personId,
            MemberOf = [.. memberships.Select(m => m.BodyId).Distinct()],
            ClerkOf = [.. memberships.Where(m => m.Role == MembershipRole.Secretary).Select(m => m.BodyId).Distinct()],
        };
    }
}
