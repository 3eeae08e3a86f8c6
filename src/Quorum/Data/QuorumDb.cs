using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Quorum.Access;
using Quorum.Accounts;
using Quorum.Auditing;
using Quorum.Bodies;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Data;

/// <summary>
/// Quorum's database. Reads are filtered for <see cref="Viewer"/> by <see cref="VisibilityRule"/>;
/// every save bumps changed records' versions and writes an <see cref="AuditEvent"/> per change,
/// in the same transaction.
/// </summary>
public class QuorumDb(DbContextOptions<QuorumDb> options, TimeProvider? clock = null, Notifications.MailSite? site = null) : IdentityDbContext<QuorumUser>(options), IDataProtectionKeyContext
{
    private Viewer viewer = Viewer.Anonymous;
    private int[] visibleBodyIds = [];
    private int[] clerkBodyIds = [];

    /// <summary>The person whose view of the data this context gives. Set once per request or command.</summary>
    public Viewer Viewer
    {
        get => viewer;
        set
        {
            viewer = value;
            visibleBodyIds = [.. value.MemberOf.Union(value.ClerkOf)];
            clerkBodyIds = [.. value.ClerkOf];
        }
    }

    internal bool SeesEverything => viewer.SeesEverything;

    internal int[] VisibleBodyIds => visibleBodyIds;

    internal int[] ClerkBodyIds => clerkBodyIds;

    internal int ViewerPersonId => viewer.PersonId ?? -1;

    /// <summary>Quorum's one clock: audit times, today's date, what is overdue. Replaceable in tests.</summary>
    public TimeProvider Clock { get; set; } = clock ?? TimeProvider.System;

    /// <summary>Where Quorum is reached from the messages a save writes (links, unsubscribe addresses).</summary>
    public Notifications.MailSite Site { get; set; } = site ?? Notifications.MailSite.Default;

    /// <summary>Actions raised or changed in the unit of work whose owners are to be told when it is saved.</summary>
    internal Dictionary<Actions.ActionItem, Actions.ActionNotice> PendingActionNotices { get; } = [];

    /// <summary>Today's date by <see cref="Clock"/>, in the server's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Body> Bodies => Set<Body>();

    public DbSet<FormerName> FormerNames => Set<FormerName>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Attendance> Attendance => Set<Attendance>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<Minute> Minutes => Set<Minute>();

    public DbSet<MinutesAmendment> MinutesAmendments => Set<MinutesAmendment>();

    public DbSet<Actions.ActionItem> Actions => Set<Actions.ActionItem>();

    public DbSet<Actions.ActionUpdate> ActionUpdates => Set<Actions.ActionUpdate>();

    public DbSet<Decisions.Decision> Decisions => Set<Decisions.Decision>();

    public DbSet<Conduct.Declaration> Declarations => Set<Conduct.Declaration>();

    public DbSet<Conduct.Motion> Motions => Set<Conduct.Motion>();

    public DbSet<Conduct.RecordedVote> RecordedVotes => Set<Conduct.RecordedVote>();

    public DbSet<Conduct.InterestRegisterVersion> InterestRegisterVersions => Set<Conduct.InterestRegisterVersion>();

    public DbSet<Conduct.RegisteredInterest> RegisteredInterests => Set<Conduct.RegisteredInterest>();

    public DbSet<Papers.Paper> Papers => Set<Papers.Paper>();

    public DbSet<Papers.PaperVersion> PaperVersions => Set<Papers.PaperVersion>();

    public DbSet<Programmes.Programme> Programmes => Set<Programmes.Programme>();

    public DbSet<Programmes.Workstream> Workstreams => Set<Programmes.Workstream>();

    public DbSet<Programmes.RaidEntry> RaidEntries => Set<Programmes.RaidEntry>();

    public DbSet<Programmes.Milestone> Milestones => Set<Programmes.Milestone>();

    public DbSet<Programmes.HighlightReport> HighlightReports => Set<Programmes.HighlightReport>();

    public DbSet<Contracts.Contract> Contracts => Set<Contracts.Contract>();

    public DbSet<Contracts.ContractTerms> ContractTerms => Set<Contracts.ContractTerms>();

    public DbSet<Consultations.Consultation> Consultations => Set<Consultations.Consultation>();

    public DbSet<Applications.Application> Applications => Set<Applications.Application>();

    public DbSet<Applications.ApplicationAppraisal> ApplicationAppraisals => Set<Applications.ApplicationAppraisal>();

    public DbSet<Projects.Project> Projects => Set<Projects.Project>();

    public DbSet<Imports.ImportedDocument> ImportedDocuments => Set<Imports.ImportedDocument>();

    public DbSet<Imports.PendingImport> PendingImports => Set<Imports.PendingImport>();

    public DbSet<Kpis.Kpi> Kpis => Set<Kpis.Kpi>();

    public DbSet<Kpis.KpiValue> KpiValues => Set<Kpis.KpiValue>();

    /// <summary>The next number in a body's series, counting meetings the viewer cannot see so numbers never repeat.</summary>
    public async Task<int> NextMeetingNumberInSeriesAsync(int bodyId, CancellationToken cancellationToken = default) =>
        (await Meetings.IncludingWithheld().Where(m => m.BodyId == bodyId).MaxAsync(m => (int?)m.Number, cancellationToken) ?? 0) + 1;

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    /// <summary>The full-text index's view of the records, kept in step by every save (see <see cref="Search.SearchIndex"/>).</summary>
    public DbSet<Search.SearchDocument> SearchDocuments => Set<Search.SearchDocument>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<Setting> Settings => Set<Setting>();

    public DbSet<WithdrawnRecord> WithdrawnRecords => Set<WithdrawnRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Notifications.OutboxMessage> OutboxMessages => Set<Notifications.OutboxMessage>();

    public DbSet<Notifications.OutboxAttachment> OutboxAttachments => Set<Notifications.OutboxAttachment>();

    public DbSet<Notifications.MailOptOut> MailOptOuts => Set<Notifications.MailOptOut>();

    public DbSet<Notifications.BodyFollower> BodyFollowers => Set<Notifications.BodyFollower>();

    public DbSet<Notifications.ScheduledRun> ScheduledRuns => Set<Notifications.ScheduledRun>();

    /// <summary>
    /// A second context on the same database that sees what <paramref name="viewer"/> sees, through
    /// the same visibility rule: a message shows its recipient only what they may see.
    /// </summary>
    public QuorumDb ReadingAs(Viewer viewer) =>
        new((DbContextOptions<QuorumDb>)this.GetService<IDbContextOptions>()) { Viewer = viewer, Clock = Clock, Site = Site };

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Stored as UTC everywhere; SQLite forgets the kind, PostgreSQL insists on it.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<BodyKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MembershipRole>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MeetingKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AgendaItemKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MeetingState>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MinutesState>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AttendanceStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Actions.ActionStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Papers.ProtectiveMarking>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Papers.Circulation>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Programmes.Rag>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Programmes.RaidKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Programmes.RaidLevel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Programmes.MilestoneStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Contracts.ProcurementRoute>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Contracts.ValueBand>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Applications.Hosting>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Projects.ProjectStage>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Notifications.MessageKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Notifications.OutboxStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Conduct.QuorumRounding>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Conduct.QuorumBasis>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Conduct.InterestKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Conduct.InterestCategory>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Conduct.InterestHolder>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Conduct.MotionOutcome>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<Conduct.VoteChoice>().HaveConversion<string>().HaveMaxLength(16);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ModelConfiguration.Apply(builder);
        VisibilityRule.Apply(builder, this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        UnsafeCharacters.StripFrom(this);
        FieldLengths.ThrowIfTooLong(this);
        await References.ThrowIfMissingAsync(this, cancellationToken);
        var changedMeetings = await Quorum.Actions.ActionRegister.KeepMeetingCopiesAsync(this, cancellationToken);
        var audit = AuditTrail.Begin(this);
        if (audit.IsEmpty && PendingActionNotices.Count == 0 && changedMeetings.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var touched = Search.SearchIndex.Touched(this);
        List<Notifications.OutboxMessage> notices = [];
        for (var attempt = 1; ; attempt++)
        {
            DbUpdateException? conflict;
            // A retried save writes the search documents and the owners' notices afresh.
            foreach (var stale in ChangeTracker.Entries<Search.SearchDocument>().Where(e => e.State == EntityState.Added).ToList())
                stale.State = EntityState.Detached;
            foreach (var stale in notices)
                Entry(stale).State = EntityState.Detached;
            var ownTransaction = Database.CurrentTransaction is null
                ? await Database.BeginTransactionAsync(cancellationToken)
                : null;
            try
            {
                // A retry numbers its actions again inside its own transaction, holding the body's
                // numbering lock, so that writers who collided take the next numbers one after another.
                if (attempt > 1 && ownTransaction is not null)
                {
                    await Quorum.Actions.ActionRegister.LockNumberingAsync(this, cancellationToken);
                    await Quorum.Actions.ActionRegister.RenumberPendingAsync(this, cancellationToken);
                }

                var publication = await PublicationWatch.BeginAsync(this, cancellationToken);
                var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                await Quorum.Actions.ActionRegister.CarryToActionsAsync(this, changedMeetings, cancellationToken);
                await Search.SearchIndex.RefreshAsync(this, touched, cancellationToken);

                // Written after the first save, when a raised action has its id for the link, and
                // before the commit, so the notices stand or fall with the change.
                notices = await Notifications.ActionMail.WriteNoticesAsync(this, cancellationToken);
                var at = Clock.GetUtcNow().UtcDateTime;
                if (publication is not null)
                    await publication.CompleteAsync(this, at, cancellationToken);
                AuditEvents.AddRange(audit.Complete(Viewer, at));
                await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                if (ownTransaction is not null)
                    await ownTransaction.CommitAsync(cancellationToken);
                PendingActionNotices.Clear();
                return saved;
            }
            catch (DbUpdateException e) when (ownTransaction is not null && attempt < MaxNumberingAttempts && IsUniqueViolation(e))
            {
                // Another writer may have taken the number first; the rolled-back save is numbered again in the next attempt.
                conflict = e;
            }
            finally
            {
                if (ownTransaction is not null)
                    await ownTransaction.DisposeAsync();
            }

            if (!Quorum.Actions.ActionRegister.HasPending(this))
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(conflict);
            await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
        }
    }

    private const int MaxNumberingAttempts = 8;

    /// <summary>True when a save failed on a unique index (another writer got there first).</summary>
    internal static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
