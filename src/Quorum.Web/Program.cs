using Quorum.Web.Features;
using Quorum.Web.Features.Accounts;
using Quorum.Web.Features.Database;

var builder = WebApplication.CreateBuilder(DemoMode.Strip(args, out var demo));
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

app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
