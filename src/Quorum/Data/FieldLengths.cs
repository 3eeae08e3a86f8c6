using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Quorum.Data;

/// <summary>
/// The most characters each text field may hold, declared once in <see cref="ModelConfiguration"/>
/// (<c>HasMaxLength</c>) and checked from the model on every save: pages, API, imports and commands
/// refuse an over-long value alike, as input naming the field.
/// </summary>
public static class FieldLengths
{
    /// <summary>Throws <see cref="InvalidInputException"/> when an added or changed text is longer than its field.</summary>
    public static void ThrowIfTooLong(DbContext db)
    {
        var problems = new Dictionary<string, string>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
                continue;
            foreach (var property in entry.Properties)
            {
                var text = property.CurrentValue as string;
                var max = property.Metadata.GetMaxLength();
                if (text is null || max is null || text.Length <= max || (entry.State == EntityState.Modified && !property.IsModified))
                    continue;
                var name = property.Metadata.Name;
                problems.TryAdd(References.FieldName(name), string.Create(CultureInfo.InvariantCulture,
                    $"The {References.Noun(name)} must be {max:N0} characters or fewer (it has {text.Length:N0})"));
            }
        }

        InvalidInputException.ThrowIfAny(problems);
    }

    /// <summary>
    /// What is wrong with <paramref name="value"/> as <typeparamref name="T"/>'s <paramref name="property"/>
    /// ("The name must be 200 characters or fewer"), for a check made before saving; null when it fits.
    /// </summary>
    public static string? ProblemWith<T>(DbContext db, string property, string? value, string label)
    {
        var max = Of<T>(db, property) ?? throw new InvalidOperationException($"{typeof(T).Name}.{property} declares no length");
        return value is not null && value.Trim().Length > max
            ? string.Create(CultureInfo.InvariantCulture, $"{label} must be {max:N0} characters or fewer")
            : null;
    }

    /// <summary>The most characters <typeparamref name="T"/>'s <paramref name="property"/> may hold; null when it has no limit.</summary>
    public static int? Of<T>(DbContext db, string property) =>
        db.Model.FindEntityType(typeof(T))?.FindProperty(property)?.GetMaxLength();
}
