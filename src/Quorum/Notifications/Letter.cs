using System.Net;
using System.Text;

namespace Quorum.Notifications;

/// <summary>A message written once and rendered twice: as plain text and as HTML, with the same words.</summary>
public sealed class Letter(string subject)
{
    private readonly StringBuilder text = new();
    private readonly StringBuilder html = new();

    public string Subject { get; } = subject;

    public string Text => text.ToString();

    public string Html =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(Subject)}</title></head>" +
        $"<body style=\"font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4\">{html}</body></html>";

    public Letter Heading(string words)
    {
        text.Append(words).Append('\n').Append(new string('=', Math.Min(words.Length, 70))).Append("\n\n");
        html.Append("<h1 style=\"font-size: 24px\">").Append(Encode(words)).Append("</h1>");
        return this;
    }

    public Letter Subheading(string words)
    {
        text.Append(words).Append('\n').Append(new string('-', Math.Min(words.Length, 70))).Append("\n\n");
        html.Append("<h2 style=\"font-size: 19px\">").Append(Encode(words)).Append("</h2>");
        return this;
    }

    public Letter Paragraph(string words)
    {
        text.Append(words).Append("\n\n");
        html.Append("<p>").Append(Encode(words)).Append("</p>");
        return this;
    }

    public Letter Link(string words, Uri url)
    {
        text.Append(words).Append(": ").Append(url).Append("\n\n");
        html.Append("<p><a href=\"").Append(Encode(url.ToString())).Append("\">").Append(Encode(words)).Append("</a></p>");
        return this;
    }

    /// <summary>A bulleted list; an entry with a link becomes a link.</summary>
    public Letter List(IEnumerable<(string Words, Uri? Url)> entries)
    {
        var any = false;
        foreach (var (words, url) in entries)
        {
            if (!any)
                html.Append("<ul>");
            any = true;
            text.Append("- ").Append(words);
            if (url is not null)
                text.Append(" <").Append(url).Append('>');
            text.Append('\n');
            html.Append("<li>");
            if (url is null)
                html.Append(Encode(words));
            else
                html.Append("<a href=\"").Append(Encode(url.ToString())).Append("\">").Append(Encode(words)).Append("</a>");
            html.Append("</li>");
        }

        if (any)
        {
            html.Append("</ul>");
            text.Append('\n');
        }

        return this;
    }

    /// <summary>The small print every message ends with: why it came, and how to stop it in one click.</summary>
    public Letter Footer(string why, Uri unsubscribe, Uri preferences)
    {
        text.Append("-- \n").Append(why).Append('\n')
            .Append("Stop these messages: ").Append(unsubscribe).Append('\n')
            .Append("Choose which messages you get: ").Append(preferences).Append('\n');
        html.Append("<hr><p style=\"font-size: 14px\">").Append(Encode(why)).Append("<br>")
            .Append("<a href=\"").Append(Encode(unsubscribe.ToString())).Append("\">Stop these messages</a> · ")
            .Append("<a href=\"").Append(Encode(preferences.ToString())).Append("\">Choose which messages you get</a></p>");
        return this;
    }

    private static string Encode(string s) => WebUtility.HtmlEncode(s);
}
