using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.People;

namespace Quorum.Conduct;

/// <summary>One entry of a register as the clerk records it; a row with no description and no category is left out.</summary>
public sealed record InterestInput(InterestCategory? Category, InterestHolder? Holder, string? Description, bool IsSensitive = false);

/// <summary>A new version of a member's register: the whole register as it now stands.</summary>
public sealed record InterestRegisterInput(DateOnly? EffectiveFrom, IReadOnlyList<InterestInput> Interests, bool Publish = false);

/// <summary>Keeps members' registers of interests, a dated version at a time.</summary>
public static class InterestRegister
{
    /// <summary>
    /// Records the member's register as it stands from <see cref="InterestRegisterInput.EffectiveFrom"/>:
    /// a new version, earlier ones kept as they were. Problems are keyed <c>interests[2].description</c>.
    /// </summary>
    public static async Task<InterestRegisterVersion> RecordAsync(QuorumDb db, Body body, Person person, InterestRegisterInput input, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(body, cancellationToken);
        var problems = new Dictionary<string, string>();
        if (!await db.Memberships.AnyAsync(m => m.BodyId == body.Id && m.PersonId == person.Id, cancellationToken))
            problems["personId"] = $"{person.FullName} holds no seat on {body.Name}";
        var latest = await db.InterestRegisterVersions.AsNoTracking()
            .Where(v => v.BodyId == body.Id && v.PersonId == person.Id)
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (input.EffectiveFrom is not { } from)
            problems["effectiveFrom"] = "Enter the date the register takes effect";
        else if (latest is not null && from < latest.EffectiveFrom)
            problems["effectiveFrom"] = $"The register already has a version from {latest.EffectiveFrom:d MMMM yyyy}: a new version starts on or after it";
        var interests = new List<RegisteredInterest>();
        for (var i = 0; i < input.Interests.Count; i++)
        {
            var entry = input.Interests[i];
            var description = entry.Description?.Trim() ?? "";
            if (description.Length == 0 && entry.Category is null)
                continue;
            if (entry.Category is null)
                problems[$"interests[{i}].category"] = "Choose the category of the interest";
            if (description.Length == 0)
                problems[$"interests[{i}].description"] = "Describe the interest";
            else if (FieldLengths.ProblemWith<RegisteredInterest>(db, nameof(RegisteredInterest.Description), description, "The description") is { } longDescription)
                problems[$"interests[{i}].description"] = longDescription;
            interests.Add(new RegisteredInterest
            {
                Category = entry.Category ?? default,
                Holder = entry.Holder ?? InterestHolder.Member,
                Description = description,
                IsSensitive = entry.IsSensitive,
            });
        }

        InvalidInputException.ThrowIfAny(problems);
        var version = new InterestRegisterVersion
        {
            BodyId = body.Id,
            PersonId = person.Id,
            EffectiveFrom = input.EffectiveFrom!.Value,
            PublishedOn = input.Publish ? db.Today : null,
            Interests = interests,
        };
        db.InterestRegisterVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    /// <summary>Publishes a version of a register: from today the public sees it, sensitive interests withheld.</summary>
    public static async Task PublishAsync(QuorumDb db, InterestRegisterVersion version, CancellationToken cancellationToken = default)
    {
        await db.EnsureMayEditAsync(version, cancellationToken);
        if (version.PublishedOn is { } published)
            throw new DomainException($"This version was published on {published:d MMMM yyyy}.");
        version.PublishedOn = db.Today;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The versions of registers the viewer may see, newest first, with the entries they may see.</summary>
    public static IQueryable<InterestRegisterVersion> Versions(QuorumDb db) =>
        db.InterestRegisterVersions.AsNoTracking()
            .Include(v => v.Body).Include(v => v.Person).Include(v => v.Interests)
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Id);
}
