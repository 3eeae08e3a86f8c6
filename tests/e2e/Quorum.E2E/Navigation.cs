using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Quorum.E2E;

/// <summary>Sending a form and arriving at the page it leads to.</summary>
public static class Navigation
{
    /// <summary>
    /// Starts waiting for the page at <paramref name="url"/> before <paramref name="send"/> runs.
    /// Waiting only after it can miss the arrival: Playwright compares the page's address, then
    /// listens for the next navigation, and one that lands between the two leaves it waiting for
    /// another until its timeout.
    /// </summary>
    public static async Task SendAndArriveAsync(this IPage page, Func<Task> send, Regex url)
    {
        var arrived = page.WaitForURLAsync(url);
        await send();
        await arrived;
    }

    /// <inheritdoc cref="SendAndArriveAsync(IPage, Func{Task}, Regex)"/>
    public static async Task SendAndArriveAsync(this IPage page, Func<Task> send, string url)
    {
        var arrived = page.WaitForURLAsync(url);
        await send();
        await arrived;
    }
}
