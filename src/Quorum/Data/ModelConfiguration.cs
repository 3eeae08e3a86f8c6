using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Accounts;
using Quorum.Actions;
using Quorum.Auditing;
using Quorum.Bodies;
using Quorum.Decisions;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.People;
using Quorum.Programmes;

namespace Quorum.Data;

/// <summary>Keys, indexes, lengths and relationships of Quorum's tables.</summary>
internal static class ModelConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        ApplyNotifications(model);
        ApplyConduct(model);
        KpiModel.Apply(model);

        model.Entity<Organisation>(e =>
        {
            e.Property(o => o.Name).HasMaxLength(200);
            e.Property(o => o.ShortName).HasMaxLength(50);
            e.Property(o => o.Website).HasMaxLength(500);
            e.HasIndex(o => o.Name).IsUnique();
        });

        model.Entity<Person>(e =>
        {
            e.Property(p => p.FullName).HasMaxLength(200);
            e.Property(p => p.JobTitle).HasMaxLength(200);
            e.Property(p => p.Email).HasMaxLength(320);
            e.Property(p => p.Phone).HasMaxLength(50);
            e.HasIndex(p => p.FullName);
            e.HasOne(p => p.Organisation).WithMany(o => o.People).OnDelete(DeleteBehavior.SetNull);
            e.Ignore(p => p.Initials);
        });

        model.Entity<Body>(e =>
        {
            e.Property(b => b.Name).HasMaxLength(200);
            e.Property(b => b.ShortName).HasMaxLength(50);
            e.Property(b => b.ActionPrefix).HasMaxLength(30);
            e.Property(b => b.TimeZone).HasMaxLength(64);
            e.HasIndex(b => b.ShortName).IsUnique();
            // A national deployment holds tens of thousands of bodies: lists by name stop after a page,
            // and what the public may see is counted from the index alone. The id is in the index
            // because the count also takes the bodies the viewer sits on: without it PostgreSQL read
            // every body's row to count them (SQLite's indexes carry the id anyway).
            e.HasIndex(b => b.Name);
            e.HasIndex(b => new { b.IsPublic, b.Id });
            // Most bodies have no parent, and the planners' statistics count every one of them under
            // one value (SQLite's say each parent has all the bodies as sub-bodies), so a body's
            // sub-bodies were read by scanning every body. Indexed only where there is a parent, the
            // index holds the few that have one and is used.
            e.HasIndex(b => b.ParentBodyId).HasFilter("\"ParentBodyId\" IS NOT NULL");
            e.HasOne(b => b.ParentBody).WithMany(b => b.SubBodies).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(b => b.FormerNames).WithOne().HasForeignKey(n => n.BodyId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<FormerName>(e => e.Property(n => n.Name).HasMaxLength(200));

        model.Entity<Membership>(e =>
        {
            e.HasOne(m => m.Body).WithMany(b => b.Memberships).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(m => m.Person).WithMany(p => p.Memberships).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Location>(e =>
        {
            e.Property(l => l.Name).HasMaxLength(200);
            e.Property(l => l.Address).HasMaxLength(500);
        });

        model.Entity<Meeting>(e =>
        {
            e.Property(m => m.Title).HasMaxLength(200);
            e.Property(m => m.TimeZone).HasMaxLength(64);
            e.Property(m => m.StateReason).HasMaxLength(1000);
            e.Property(m => m.RemoteDetails).HasMaxLength(1000);
            e.HasIndex(m => new { m.BodyId, m.Number }).IsUnique();
            // Meetings in date and time order (the home page's next meetings, calendars): with the time in the
            // index a page of them is read in order and stops, where a date alone sorted every meeting of the
            // first day, hundreds of them at national size.
            e.HasIndex(m => new { m.Date, m.StartTime });
            // A body's meetings by date: its page, matters arising, the next meeting.
            e.HasIndex(m => new { m.BodyId, m.Date });
            // The latest published minutes (home page, feeds) without walking every meeting still to come first.
            e.HasIndex(m => new { m.MinutesState, m.Date });
            e.HasOne(m => m.Body).WithMany(b => b.Meetings).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(m => m.Location).WithMany().OnDelete(DeleteBehavior.SetNull);
            e.HasOne(m => m.HostOrganisation).WithMany().OnDelete(DeleteBehavior.SetNull);
            e.HasOne(m => m.ReplacementMeeting).WithMany().HasForeignKey(m => m.ReplacementMeetingId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(m => m.MinutesApprovedAt).WithMany().HasForeignKey(m => m.MinutesApprovedAtId).OnDelete(DeleteBehavior.Restrict);
            e.Ignore(m => m.IsRemote);
            e.Ignore(m => m.IsFrozen);
            e.Ignore(m => m.DisplayTitle);
        });

        model.Entity<Attendance>(e =>
        {
            e.Property(a => a.OrganisationName).HasMaxLength(200);
            e.Property(a => a.Role).HasMaxLength(100);
            e.HasIndex(a => new { a.MeetingId, a.PersonId }).IsUnique();
            e.HasOne(a => a.Meeting).WithMany(m => m.Attendance).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(a => a.Person).WithMany().OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<AgendaItem>(e =>
        {
            e.Property(i => i.Title).HasMaxLength(500);
            e.Property(i => i.Number).HasMaxLength(20);
            e.HasOne(i => i.Meeting).WithMany(m => m.AgendaItems).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(i => i.Parent).WithMany(i => i.Children).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(i => i.Presenters).WithMany().UsingEntity("AgendaItemPresenters");
            e.OwnsOne(i => i.Exemption, x =>
            {
                x.Property(p => p.Ground).HasMaxLength(100).HasColumnName("ExemptionGround");
                x.Property(p => p.Note).HasMaxLength(2000).HasColumnName("ExemptionNote");
                x.Property(p => p.ReviewDate).HasColumnName("ExemptionReviewDate");
            });
        });

        model.Entity<Minute>(e =>
        {
            e.HasIndex(n => n.AgendaItemId).IsUnique();
            e.HasOne(n => n.AgendaItem).WithOne(i => i.Minute).HasForeignKey<Minute>(n => n.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Body>(e =>
        {
            e.Property(b => b.ActionReferenceScheme).HasMaxLength(100);
            e.Property(b => b.StandingItems).HasMaxLength(4000);
            e.Property(b => b.MattersArisingItem).HasMaxLength(500);
            e.Ignore(b => b.StandingItemTitles);
        });

        model.Entity<AgendaItem>().Ignore(i => i.IsMattersArising);

        model.Entity<ActionItem>(e =>
        {
            e.Property(a => a.Reference).HasMaxLength(60);
            e.Property(a => a.Text).HasMaxLength(4000);
            e.HasIndex(a => new { a.BodyId, a.Reference }).IsUnique();
            e.HasIndex(a => new { a.MeetingId, a.Sequence }).IsUnique();
            // The tracker's counts (open, in progress, overdue) read only the actions of that status.
            // Each of these indexes ends with the action's copy of "its minutes are published", so
            // that a walk for the public passes unpublished actions on the index alone.
            e.HasIndex(a => new { a.Status, a.DueDate, a.MinutesPublished });
            // The tracker's list, newest meeting first then in the order raised, read from the
            // actions alone, across statuses and within one.
            e.HasIndex(a => new { a.MeetingDate, a.MeetingId, a.Sequence, a.MinutesPublished }).IsDescending(true, true, false, false);
            e.HasIndex(a => new { a.Status, a.MeetingDate, a.MeetingId, a.Sequence, a.MinutesPublished }).IsDescending(false, true, true, false, false);
            e.HasOne(a => a.Body).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne(a => a.Meeting).WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(a => a.AgendaItem).WithMany().OnDelete(DeleteBehavior.SetNull);
            e.HasOne(a => a.ClosedAtMeeting).WithMany().HasForeignKey(a => a.ClosedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(a => a.Owners).WithMany().UsingEntity("ActionOwners");
            e.HasOne(a => a.Workstream).WithMany().OnDelete(DeleteBehavior.SetNull);
            e.HasMany(a => a.Updates).WithOne(u => u.ActionItem).OnDelete(DeleteBehavior.Cascade);
            e.Ignore(a => a.IsClosed);
            e.Ignore(a => a.PrintedReference);
        });

        model.Entity<ActionUpdate>(e =>
        {
            e.Property(u => u.Text).HasMaxLength(4000);
            e.Property(u => u.RecordedBy).HasMaxLength(256);
            e.HasOne(u => u.Meeting).WithMany().OnDelete(DeleteBehavior.SetNull);
        });

        model.Entity<Decision>(e =>
        {
            e.Property(d => d.Text).HasMaxLength(4000);
            e.Property(d => d.RenamesBodyTo).HasMaxLength(200);
            e.HasIndex(d => new { d.BodyId, d.Number }).IsUnique();
            e.HasOne(d => d.Body).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne(d => d.Meeting).WithMany().OnDelete(DeleteBehavior.Restrict);
            e.HasOne(d => d.AgendaItem).WithMany().OnDelete(DeleteBehavior.SetNull);
            e.HasMany(d => d.Actions).WithOne().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne(d => d.Workstream).WithMany().OnDelete(DeleteBehavior.SetNull);
        });

        model.Entity<Paper>(e =>
        {
            e.Property(p => p.Title).HasMaxLength(300);
            e.Property(p => p.Author).HasMaxLength(200);
            e.Property(p => p.LegacyMarking).HasMaxLength(60);
            e.HasOne(p => p.Body).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne(p => p.Meeting).WithMany().OnDelete(DeleteBehavior.SetNull);
            e.HasOne(p => p.AgendaItem).WithMany().OnDelete(DeleteBehavior.SetNull);
            e.HasMany(p => p.CirculatedToBodies).WithMany().UsingEntity("PaperBodies");
            e.HasMany(p => p.CirculatedToPeople).WithMany().UsingEntity("PaperPeople");
            e.HasMany(p => p.Versions).WithOne(v => v.Paper).OnDelete(DeleteBehavior.Cascade);
            e.Ignore(p => p.Latest);
            e.Ignore(p => p.MarkingLabel);
        });

        model.Entity<PaperVersion>(e =>
        {
            e.Property(v => v.FileName).HasMaxLength(255);
            e.Property(v => v.ContentType).HasMaxLength(200);
            e.Property(v => v.Sha256).HasMaxLength(64);
            e.Property(v => v.UploadedBy).HasMaxLength(256);
            e.HasIndex(v => new { v.PaperId, v.Number }).IsUnique();
        });

        model.Entity<MinutesAmendment>(e =>
        {
            e.Property(a => a.Reason).HasMaxLength(2000);
            e.Property(a => a.AmendedBy).HasMaxLength(256);
            e.HasOne(a => a.Meeting).WithMany(m => m.Amendments).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(a => a.AgendaItem).WithMany().OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Programme>(e =>
        {
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.Description).HasMaxLength(4000);
            e.HasOne(p => p.Body).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Workstreams).WithOne(w => w.Programme).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Workstream>(e =>
        {
            e.Property(w => w.Name).HasMaxLength(200);
            e.Property(w => w.Description).HasMaxLength(4000);
            e.Property(w => w.StrategicObjectives).HasMaxLength(8000);
            e.Property(w => w.WorkstreamObjectives).HasMaxLength(8000);
            e.HasOne(w => w.LeadBody).WithMany().OnDelete(DeleteBehavior.SetNull);
            e.HasMany(w => w.Sponsors).WithMany().UsingEntity("WorkstreamSponsors");
            e.HasMany(w => w.Raid).WithOne(r => r.Workstream).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(w => w.Milestones).WithOne(m => m.Workstream).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(w => w.Reports).WithOne(r => r.Workstream).OnDelete(DeleteBehavior.Cascade);
            e.ComplexProperty(w => w.PlannedSpend, Money("Planned"));
            e.ComplexProperty(w => w.ActualSpend, Money("Actual"));
            e.Ignore(w => w.LatestReport);
        });

        model.Entity<RaidEntry>(e =>
        {
            e.Property(r => r.Description).HasMaxLength(4000);
            e.Property(r => r.Mitigation).HasMaxLength(4000);
            e.HasOne(r => r.Owner).WithMany().OnDelete(DeleteBehavior.SetNull);
            e.Ignore(r => r.IsHighRisk);
        });

        model.Entity<Milestone>(e =>
        {
            e.Property(m => m.Text).HasMaxLength(1000);
            e.Ignore(m => m.Deadline);
            e.Ignore(m => m.TargetLabel);
        });

        model.Entity<HighlightReport>(e =>
        {
            e.Property(r => r.StatusUpdates).HasMaxLength(16000);
            e.Property(r => r.NextMilestones).HasMaxLength(8000);
            e.Property(r => r.KeyRisksAndIssues).HasMaxLength(8000);
            e.Property(r => r.AuthoredBy).HasMaxLength(256);
            e.HasOne(r => r.AgendaItem).WithMany().OnDelete(DeleteBehavior.SetNull);
            e.ComplexProperty(r => r.SpendToDate, Money("SpendToDate"));
            e.Ignore(r => r.IsFrozen);
        });

        ApplyRegisters(model);
        ApplyConsultations(model);

        model.Entity<Imports.ImportedDocument>(e =>
        {
            e.Property(d => d.Sha256).HasMaxLength(64);
            e.Property(d => d.FileName).HasMaxLength(255);
            e.Property(d => d.ImportedBy).HasMaxLength(256);
            e.HasIndex(d => new { d.BodyId, d.Sha256 }).IsUnique();
            e.HasOne<Body>().WithMany().HasForeignKey(d => d.BodyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(d => d.Meeting).WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.SetNull);
        });

        model.Entity<Imports.PendingImport>(e =>
        {
            e.Property(d => d.Sha256).HasMaxLength(64);
            e.Property(d => d.FileName).HasMaxLength(255);
            e.Property(d => d.CreatedBy).HasMaxLength(256);
            e.Property(d => d.Kind).HasMaxLength(16);
            e.HasOne(d => d.Body).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Programme>().WithMany().HasForeignKey(d => d.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<AuditEvent>(e =>
        {
            e.Property(a => a.Actor).HasMaxLength(256);
            e.Property(a => a.EntityType).HasMaxLength(100);
            e.Property(a => a.EntityId).HasMaxLength(100);
            e.Property(a => a.Change).HasMaxLength(20);
            e.HasIndex(a => new { a.EntityType, a.EntityId });
        });

        model.Entity<ApiToken>(e =>
        {
            e.Property(t => t.Hash).HasMaxLength(64);
            e.Property(t => t.Name).HasMaxLength(100);
            e.HasIndex(t => t.Hash).IsUnique();
            e.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<QuorumUser>(e =>
        {
            e.HasOne(u => u.Person).WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.SetNull);
            e.Property(u => u.CalendarFeedToken).HasMaxLength(64);
            e.HasIndex(u => u.CalendarFeedToken).IsUnique();
        });

        model.Entity<WithdrawnRecord>(e =>
        {
            e.HasKey(w => new { w.Kind, w.EntityId });
            e.Property(w => w.Kind).HasMaxLength(20);
            e.HasIndex(w => new { w.Kind, w.Withdrawn });
            e.HasIndex(w => new { w.BodyId, w.Kind });
        });

        // Open-data harvesters ask what changed since a time.
        model.Entity<Meeting>().HasIndex(m => m.Modified);
        model.Entity<AgendaItem>().HasIndex(i => i.Modified);
        model.Entity<Paper>().HasIndex(p => p.Modified);

        model.Entity<Search.SearchDocument>(e =>
        {
            // Triggers keep SQLite's FTS5 table in step; PostgreSQL derives tsvector columns (see the migrations).
            // Both databases also derive the filters' words (Facets, FacetVector; see Search.SearchFacets),
            // outside the model: a migration that rebuilds this table must add them back.
            e.ToTable(t => t.HasTrigger("SearchDocuments_Index"));
            e.Property(d => d.Kind).HasMaxLength(16);
            e.Property(d => d.Title).HasMaxLength(1000);
            e.HasIndex(d => new { d.Kind, d.RecordId }).IsUnique();
        });

        model.Entity<Setting>(e =>
        {
            e.HasKey(s => s.Key);
            e.Property(s => s.Key).HasMaxLength(100);
        });

        static Action<Microsoft.EntityFrameworkCore.Metadata.Builders.ComplexPropertyBuilder<Money>> Money(string prefix) => m =>
        {
            m.Property(x => x.Amount).HasPrecision(14, 2).HasColumnName($"{prefix}Amount");
            m.Property(x => x.Currency).HasMaxLength(3).HasColumnName($"{prefix}Currency");
            m.Ignore(x => x.IsToBeAgreed);
        };

        foreach (var type in model.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType) && !t.IsOwned()))
            model.Entity(type.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();
    }

    private static void ApplyRegisters(ModelBuilder model)
    {
        model.Entity<Contracts.Contract>(e =>
        {
            e.Property(c => c.Reference).HasMaxLength(100);
            e.Property(c => c.Title).HasMaxLength(300);
            e.Property(c => c.Description).HasMaxLength(4000);
            e.Property(c => c.Department).HasMaxLength(200);
            e.Property(c => c.Category).HasMaxLength(100);
            e.Property(c => c.SupplierName).HasMaxLength(200);
            e.Property(c => c.SupplierCompanyNumber).HasMaxLength(8);
            e.Property(c => c.ManagedBy).HasMaxLength(200);
            e.Property(c => c.NoticeUrl).HasMaxLength(500);
            e.HasOne(c => c.Body).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne(c => c.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.Terms).WithOne(t => t.Contract).HasForeignKey<Contracts.ContractTerms>(t => t.ContractId).OnDelete(DeleteBehavior.Cascade);
            // An organisation's reference is unique in a register; contracts without one are told apart by nothing else.
            e.HasIndex(c => new { c.BodyId, c.OrganisationId, c.Reference }).IsUnique();
            // The alignment view: one category's contracts by end date.
            e.HasIndex(c => new { c.Category, c.EndDate });
            e.Ignore(c => c.LatestEndDate);
            e.Ignore(c => c.NoticeBy);
        });

        model.Entity<Contracts.ContractTerms>(e =>
        {
            e.HasKey(t => t.ContractId);
            e.Property(t => t.WholeLifeValue).HasPrecision(14, 2);
            e.Property(t => t.AnnualValue).HasPrecision(14, 2);
            e.Property(t => t.IrrecoverableVat).HasPrecision(14, 2);
        });

        model.Entity<Applications.Application>(e =>
        {
            e.Property(a => a.Product).HasMaxLength(200);
            e.Property(a => a.ProductKey).HasMaxLength(200);
            e.Property(a => a.SupplierName).HasMaxLength(200);
            e.Property(a => a.ProductVersion).HasMaxLength(50);
            e.Property(a => a.Notes).HasMaxLength(2000);
            e.HasOne(a => a.Body).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne(a => a.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
            // A contract leaving the register leaves the application without a link.
            e.HasOne(a => a.Contract).WithMany().OnDelete(DeleteBehavior.SetNull);
            e.HasOne(a => a.Appraisal).WithOne(x => x.Application).HasForeignKey<Applications.ApplicationAppraisal>(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            // One entry per organisation and product in a catalogue; "who else runs this" reads by product.
            e.HasIndex(a => new { a.BodyId, a.OrganisationId, a.ProductKey }).IsUnique();
            e.HasIndex(a => a.ProductKey);
        });

        model.Entity<Applications.ApplicationAppraisal>(e =>
        {
            e.HasKey(x => x.ApplicationId);
            e.Property(x => x.Comment).HasMaxLength(2000);
        });

        model.Entity<Projects.Project>(e =>
        {
            e.Property(p => p.Name).HasMaxLength(300);
            e.Property(p => p.Description).HasMaxLength(4000);
            e.Property(p => p.Budget).HasPrecision(14, 2);
            e.HasOne(p => p.Body).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne(p => p.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
            // A workstream that is removed leaves its projects standing, unlinked.
            e.HasOne(p => p.Workstream).WithMany().OnDelete(DeleteBehavior.SetNull);
        });
    }

    private static void ApplyConsultations(ModelBuilder model) =>
        model.Entity<Consultations.Consultation>(e =>
        {
            e.Property(c => c.ConsultingOrganisation).HasMaxLength(Consultations.ConsultationRegister.MaxOrganisationLength);
            e.Property(c => c.Title).HasMaxLength(Consultations.ConsultationRegister.MaxTitleLength);
            e.Property(c => c.Link).HasMaxLength(Consultations.ConsultationRegister.MaxLinkLength);
            e.HasOne(c => c.Body).WithMany().OnDelete(DeleteBehavior.Cascade);
            // A paper is a consultation once; the consultation goes with its paper.
            e.HasOne(c => c.Paper).WithMany().HasForeignKey(c => c.PaperId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => c.PaperId).IsUnique();
            e.HasOne(c => c.ResponsePaper).WithMany().HasForeignKey(c => c.ResponsePaperId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne(c => c.Decision).WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne(c => c.LeadAction).WithMany().HasForeignKey(c => c.LeadActionId).OnDelete(DeleteBehavior.SetNull);
            // The body's open consultations by deadline.
            e.HasIndex(c => new { c.BodyId, c.ResponseDeadline });
        });

    private static void ApplyConduct(ModelBuilder model)
    {
        model.Entity<Body>(e => e.Property(b => b.QuorumFraction).HasMaxLength(10));

        model.Entity<Conduct.Declaration>(e =>
        {
            e.Property(d => d.Nature).HasMaxLength(2000);
            e.HasIndex(d => d.MeetingId);
            e.HasOne(d => d.Meeting).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne(d => d.AgendaItem).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne(d => d.Person).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.Ignore(d => d.BarsVoting);
        });

        model.Entity<Conduct.Motion>(e =>
        {
            e.Property(m => m.Text).HasMaxLength(4000);
            e.Property(m => m.TextIfCarried).HasMaxLength(4000);
            e.Property(m => m.TextAsAmended).HasMaxLength(4000);
            e.HasIndex(m => m.MeetingId);
            e.HasIndex(m => new { m.AgendaItemId, m.Position }).IsUnique();
            e.HasOne(m => m.Meeting).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne(m => m.AgendaItem).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne(m => m.Amends).WithMany(m => m.Amendments).HasForeignKey(m => m.AmendsId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(m => m.Mover).WithMany().HasForeignKey(m => m.MoverId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(m => m.Seconder).WithMany().HasForeignKey(m => m.SeconderId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(m => m.CastingVoteBy).WithMany().HasForeignKey(m => m.CastingVoteById).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(m => m.Decision).WithOne(d => d.Motion).HasForeignKey<Conduct.Motion>(m => m.DecisionId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(m => m.Votes).WithOne(v => v.Motion).OnDelete(DeleteBehavior.Cascade);
            e.Ignore(m => m.IsAmendment);
            e.Ignore(m => m.Resolution);
        });

        model.Entity<Conduct.RecordedVote>(e =>
        {
            e.HasIndex(v => new { v.MotionId, v.PersonId }).IsUnique();
            e.HasOne(v => v.Person).WithMany().OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Conduct.InterestRegisterVersion>(e =>
        {
            e.HasIndex(v => new { v.PersonId, v.BodyId, v.EffectiveFrom });
            e.HasOne(v => v.Body).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasOne(v => v.Person).WithMany().OnDelete(DeleteBehavior.Cascade);
            e.HasMany(v => v.Interests).WithOne(i => i.RegisterVersion).HasForeignKey(i => i.RegisterVersionId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Conduct.RegisteredInterest>(e => e.Property(i => i.Description).HasMaxLength(2000));
    }

    private static void ApplyNotifications(ModelBuilder model)
    {
        model.Entity<Notifications.OutboxMessage>(e =>
        {
            e.Property(m => m.Recipient).HasMaxLength(320);
            e.Property(m => m.RecipientName).HasMaxLength(200);
            e.Property(m => m.Subject).HasMaxLength(500);
            e.Property(m => m.MessageId).HasMaxLength(200);
            e.Property(m => m.UnsubscribeToken).HasMaxLength(64);
            e.Property(m => m.LeaseOwner).HasMaxLength(100);
            e.Property(m => m.LastError).HasMaxLength(2000);
            e.HasIndex(m => m.MessageId).IsUnique();
            e.HasIndex(m => m.UnsubscribeToken).IsUnique();
            e.Property(m => m.RunKey).HasMaxLength(100);
            e.HasIndex(m => m.RunKey).IsUnique();
            e.HasIndex(m => new { m.Status, m.NextAttemptAt });
            e.HasIndex(m => m.BodyId);
            e.HasMany(m => m.Attachments).WithOne(a => a.OutboxMessage).HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Notifications.OutboxAttachment>(e =>
        {
            e.Property(a => a.FileName).HasMaxLength(200);
            e.Property(a => a.ContentType).HasMaxLength(200);
        });
        model.Entity<Notifications.MailOptOut>(e =>
        {
            e.Property(o => o.Address).HasMaxLength(320);
            e.HasIndex(o => new { o.Address, o.Kind }).IsUnique();
        });
        model.Entity<Notifications.BodyFollower>(e =>
        {
            e.Property(f => f.Address).HasMaxLength(320);
            e.Property(f => f.ConfirmationToken).HasMaxLength(64);
            e.HasIndex(f => new { f.BodyId, f.Address }).IsUnique();
            e.HasIndex(f => f.ConfirmationToken).IsUnique();
            e.HasOne(f => f.Body).WithMany().HasForeignKey(f => f.BodyId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Notifications.ScheduledRun>(e =>
        {
            e.Property(r => r.Key).HasMaxLength(100);
            e.HasIndex(r => r.Key).IsUnique();
        });
    }
}
