using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Quorum.E2E;

/// <summary>What every visited page must pass: axe with WCAG 2.2 A and AA rules, and a screenshot for people to look at.</summary>
public static class PageChecks
{
    private static readonly string ScreenshotFolder = FindScreenshotFolder();

    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        return [.. result.Violations.Select(v => $"{page.Url}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")];
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>Checks the page with axe, takes its screenshot, and collects any violations into <paramref name="violations"/>.</summary>
    public static async Task CheckAsync(IPage page, string name, List<string> violations)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        violations.AddRange(await AccessibilityViolationsAsync(page));
        await ScreenshotAsync(page, name);
    }

    private static string FindScreenshotFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Quorum.slnx")))
            dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "test-results", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
