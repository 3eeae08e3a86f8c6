namespace Quorum.Web.Features.Applications;

/// <summary>How an application's hosting, satisfaction and users read on a page.</summary>
public static class ApplicationDisplay
{
    public static string Hosting(Quorum.Applications.Hosting hosting) => hosting switch
    {
        Quorum.Applications.Hosting.OnPremises => "On premises",
        _ => "Cloud",
    };

    public static string Satisfaction(int? score) => score switch
    {
        1 => "1 of 5: poor",
        2 => "2 of 5: fair",
        3 => "3 of 5: good",
        4 => "4 of 5: very good",
        5 => "5 of 5: excellent",
        _ => "Not rated",
    };

    public static string Users(int? users) => users switch
    {
        null => "Not known",
        1 => "1 user",
        _ => $"{users:#,##0} users",
    };
}
