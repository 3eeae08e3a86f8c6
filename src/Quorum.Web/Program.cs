using Quorum.Web.Features;
using Quorum.Web.Features.Accounts;
using Quorum.Web.Features.Actions;
using Quorum.Web.Features.Api;
using Quorum.Web.Features.Audit;
using Quorum.Web.Features.Bodies;
using Quorum.Web.Features.Database;
using Quorum.Web.Features.Decisions;
using Quorum.Web.Features.Meetings;
using Quorum.Web.Features.Notifications;
using Quorum.Web.Features.Organisations;
using Quorum.Web.Features.Papers;
using Quorum.Web.Features.People;
using Quorum.Web.Features.Programmes;

var builder = WebApplication.CreateBuilder(DemoMode.Strip(args, out var demoSwitch));
var demo = DemoMode.From(demoSwitch, builder.Configuration);
builder.Services.AddSingleton(demo);
builder.UseQuorumDefaultUrl();
builder.AddQuorumDatabase();
builder.AddQuorumAccounts();
builder.AddQuorumPages();
builder.AddQuorumApi();
builder.AddQuorumNotifications();

// The modules, one line each: their pages live in their feature folder, their API under /api/v1.
builder.AddModule<OrganisationsModule>();
builder.AddModule<PeopleModule>();
builder.AddModule<BodiesModule>();
builder.AddModule<MeetingsModule>();
builder.AddModule<ActionsModule>();
builder.AddModule<DecisionsModule>();
builder.AddModule<PapersModule>();
builder.AddModule<ProgrammesModule>();
builder.AddModule<AuditModule>();

var app = builder.Build();
await app.PrepareQuorumDatabaseAsync(demo.IsOn);

app.UseQuorumSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseQuorumUploadLimit();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseQuorumViewer();
app.UseAuthorization();

app.MapQuorumPages();
app.MapQuorumApi();
app.MapModules();
app.MapOutboxApi();

app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
