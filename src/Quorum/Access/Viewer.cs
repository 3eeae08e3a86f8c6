namespace Quorum.Access;

/// <summary>
/// Who is looking. Every query Quorum runs is filtered for the current viewer by
/// <see cref="Data.QuorumDb"/>'s query filters (see <see cref="VisibilityRule"/>); pages and
/// endpoints never decide visibility themselves.
/// </summary>
public sealed record Viewer
{
    /// <summary>Someone who is not signed in: sees public bodies, agendas and published minutes.</summary>
    public static readonly Viewer Anonymous = new();

    /// <summary>Quorum itself (start-up, demo data, the command line run by an operator): sees everything.</summary>
    public static readonly Viewer System = new() { IsAdministrator = true, Name = "system" };

    public string? UserId { get; init; }

    public string? Name { get; init; }

    /// <summary>The name others see for what the viewer did (the linked person's name, else the account's address).</summary>
    public string? DisplayName { get; init; }

    public int? PersonId { get; init; }

    public bool IsAdministrator { get; init; }

    /// <summary>Bodies on which the viewer currently holds a seat (any role): they see those bodies' unpublished records.</summary>
    public IReadOnlyList<int> MemberOf { get; init; } = [];

    /// <summary>Bodies whose clerk (secretary) the viewer is: they may edit those bodies' records.</summary>
    public IReadOnlyList<int> ClerkOf { get; init; } = [];

    public bool IsSignedIn => UserId is not null || IsAdministrator;

    public bool SeesEverything => IsAdministrator;

    public bool SeesUnpublishedOf(int bodyId) => IsAdministrator || MemberOf.Contains(bodyId) || ClerkOf.Contains(bodyId);

    public bool MayEdit(int bodyId) => IsAdministrator || ClerkOf.Contains(bodyId);

    /// <summary>Clerks of any body and administrators keep the registers of people and organisations.</summary>
    public bool MayEditPeople => IsAdministrator || ClerkOf.Count > 0;

    /// <summary>E-mail addresses and telephone numbers are shown only to people who are signed in.</summary>
    public bool SeesContactDetails => IsSignedIn;
}
