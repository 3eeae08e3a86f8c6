using Quorum.Web.Features;
using Quorum.Web.Features.Accounts;
using Quorum.Web.Features.Actions;
using Quorum.Web.Features.AttendanceRegister;
using Quorum.Web.Features.Database;
using Quorum.Web.Features.Decisions;

var builder = WebApplication.CreateBuilder(DemoMode.Strip(args, out var demoSwitch));
var demo = DemoMode.From(demoSwitch, builder.Configuration);
builder.Services.AddSingleton(demo);
builder.UseQuorumDefaultUrl();
builder.AddQuorumDatabase();
builder.AddQuorumAccounts();
builder.AddQuorumPages();

var app = builder.Build();
await app.PrepareQuorumDatabaseAsync(demo.IsOn);

app.UseQuorumSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseQuorumViewer();
app.UseAuthorization();

app.MapQuorumPages();
app.MapActionsExport();
app.MapDecisionsExport();
app.MapAttendanceExport();

app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
