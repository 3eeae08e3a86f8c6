namespace Quorum.Web.Features.Calendars;

/// <summary>The calendars module: public, per-body, private and per-meeting iCalendar feeds.</summary>
public sealed class CalendarsModule : IQuorumModule
{
    public static void Map(IEndpointRouteBuilder app) => app.MapCalendars();
}
