using Quorum.Web.Features;
using Quorum.Web.Features.Accounts;
using Quorum.Web.Features.Actions;
using Quorum.Web.Features.Api;
using Quorum.Web.Features.Applications;
using Quorum.Web.Features.Audit;
using Quorum.Web.Features.Bench;
using Quorum.Web.Features.Bodies;
using Quorum.Web.Features.Calendars;
using Quorum.Web.Features.Conduct;
using Quorum.Web.Features.Consultations;
using Quorum.Web.Features.Contracts;
using Quorum.Web.Features.Database;
using Quorum.Web.Features.Decisions;
using Quorum.Web.Features.Kpis;
using Quorum.Web.Features.MeetingDocuments;
using Quorum.Web.Features.Meetings;
using Quorum.Web.Features.News;
using Quorum.Web.Features.Notifications;
using Quorum.Web.Features.OParl;
using Quorum.Web.Features.Operations;
using Quorum.Web.Features.Organisations;
using Quorum.Web.Features.Papers;
using Quorum.Web.Features.People;
using Quorum.Web.Features.Programmes;
using Quorum.Web.Features.Projects;
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
builder.AddQuorumApi();
builder.AddQuorumPublicAnswers();

// The modules, one line each: their pages live in their feature folder, their API under /api/v1.
builder.AddModule<OrganisationsModule>();
builder.AddModule<PeopleModule>();
builder.AddModule<BodiesModule>();
builder.AddModule<MeetingsModule>();
builder.AddModule<ActionsModule>();
builder.AddModule<DecisionsModule>();
builder.AddModule<ConductModule>();
builder.AddModule<PapersModule>();
builder.AddModule<ProgrammesModule>();
builder.AddModule<ContractsModule>();
builder.AddModule<ConsultationsModule>();
builder.AddModule<ApplicationsModule>();
builder.AddModule<ProjectsModule>();
builder.AddModule<KpisModule>();
builder.AddModule<AuditModule>();
builder.AddModule<NotificationsModule>();
builder.AddModule<SearchModule>();
builder.AddModule<CalendarsModule>();
builder.AddModule<MeetingDocumentsModule>();
builder.AddModule<NewsModule>();
builder.AddModule<OParlModule>();

var app = builder.Build();
await app.PrepareQuorumDatabaseAsync(demo.IsOn);

app.UseQuorumSecurityHeaders();
app.UseQuorumCompression();
app.UseQuorumErrorAnswers();
app.UseOParlProblems();
app.UseQuorumUploadLimit();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseQuorumViewer();
app.UseAuthorization();
app.UseQuorumPublicAnswers();
app.UseQuorumWorkLimit();

app.MapQuorumPages();
app.MapQuorumHealth();
app.MapQuorumApi();
app.MapModules();
app.MapBenchFloor();

app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
