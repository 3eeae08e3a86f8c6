using Quorum.Web.Features;
using Quorum.Web.Features.Accounts;
using Quorum.Web.Features.Actions;
using Quorum.Web.Features.Api;
using Quorum.Web.Features.AttendanceRegister;
using Quorum.Web.Features.Bench;
using Quorum.Web.Features.Audit;
using Quorum.Web.Features.Bodies;
using Quorum.Web.Features.Calendars;
using Quorum.Web.Features.Database;
using Quorum.Web.Features.Decisions;
using Quorum.Web.Features.MeetingDocuments;
using Quorum.Web.Features.News;
using Quorum.Web.Features.Meetings;
using Quorum.Web.Features.Notifications;
using Quorum.Web.Features.Operations;
using Quorum.Web.Features.Organisations;
using Quorum.Web.Features.Papers;
using Quorum.Web.Features.People;
using Quorum.Web.Features.Programmes;
using Quorum.Web.Features.Search;

var builder = WebApplication.CreateBuilder(DemoMode.Strip(args, out var demoSwitch));
var demo = DemoMode.From(demoSwitch, builder.Configuration);
builder.Services.AddSingleton(demo);
builder.UseQuorumDefaultUrl();
builder.AddQuorumProxySupport();
builder.AddQuorumDatabase();
builder.AddQuorumHealth();
builder.AddQuorumRateLimits();
builder.AddQuorumAccounts();
builder.AddQuorumPages();
builder.AddQuorumPapers();
builder.AddQuorumApi();
builder.AddQuorumNotifications();

var app = builder.Build();
await app.PrepareQuorumDatabaseAsync(demo.IsOn);

app.UseQuorumSecurityHeaders();
app.UseQuorumErrorAnswers();
app.UseQuorumUploadLimit();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseQuorumViewer();
app.UseAuthorization();

app.MapQuorumPages();
app.MapQuorumHealth();
app.MapQuorumApi();
app.MapOrganisationsApi();
app.MapPeopleApi();
app.MapBodiesApi();
app.MapMeetingsApi();
app.MapActionsApi();
app.MapDecisionsApi();
app.MapActionsExport();
app.MapDecisionsExport();
app.MapAttendanceExport();
app.MapPaperDownloads();
app.MapPapersApi();
app.MapAuditApi();
app.MapProgrammeExports();
app.MapProgrammesApi();
app.MapCalendars();
app.MapMeetingDocuments();
app.MapNewsFeeds();
app.MapOutboxApi();
app.MapSearchApi();
app.MapBenchFloor();

app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
