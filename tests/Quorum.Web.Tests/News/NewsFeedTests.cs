using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Quorum.Decisions;
using Quorum.Meetings;

namespace Quorum.Web.Tests.News;

/// <summary>Atom feeds as a feed reader takes them: parsed with System.ServiceModel.Syndication, every entry complete and its link live.</summary>
public sealed class NewsFeedTests(QuorumApp app) : IClassFixture<QuorumApp>
{
    [Fact]
    public async Task AtomFeeds_CarryPublishedMinutesDecisionsAndPapers_WithCompleteEntriesWhoseLinksAnswer()
    {
        var s = await app.NewScenarioAsync();
        var secret = $"SECRET-{s.Suffix}";
        var meetingId = await app.WithDbAsync(async db =>
        {
            var a = await db.Bodies.FindAsync(s.BodyA.Id);
            var meeting = new Meeting { Body = a, Number = 1, Date = new DateOnly(2026, 3, 12), Title = $"Published meeting {s.Suffix}" };
            var open = meeting.AddAgendaItem("Open item");
            open.Minute = new Minute { Text = "Discussed." };
            var exempt = meeting.AddAgendaItem("Exempt item");
            exempt.MarkExempt(new Exemption { Ground = "LGA 1972 Sch 12A para 3" });
            meeting.MarkHeld();
            meeting.StartMinutes();
            var next = new Meeting { Body = a, Number = 2, Date = new DateOnly(2026, 5, 14), Title = $"Draft meeting {s.Suffix}" };
            next.MarkHeld();
            var draftItem = next.AddAgendaItem("Draft item");
            next.StartMinutes();
            db.Meetings.AddRange(meeting, next);
            await db.SaveChangesAsync();
            meeting.ApproveMinutesAt(next);
            meeting.PublishMinutes();
            await DecisionRegister.RecordAsync(db, meeting, open, $"Agreed in public {s.Suffix}", null);
            await db.SaveChangesAsync();
            await DecisionRegister.RecordAsync(db, meeting, exempt, $"Agreed {secret}", null);
            await db.SaveChangesAsync();
            await DecisionRegister.RecordAsync(db, next, draftItem, $"Draft decision {secret}", null);
            await db.SaveChangesAsync();
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var anonymous = app.CreateClient();

        foreach (var url in new[] { "/feeds/news.atom", $"/feeds/bodies/{s.BodyA.ShortName}.atom" })
        {
            var response = await anonymous.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/atom+xml");
            var xml = await response.Content.ReadAsStringAsync();
            xml.ShouldNotContain(secret);
            using var reader = XmlReader.Create(new StringReader(xml));
            var formatter = new Atom10FeedFormatter();
            formatter.CanRead(reader).ShouldBeTrue($"{url} is Atom 1.0");
            formatter.ReadFrom(reader);
            var feed = formatter.Feed;

            var entries = feed.Items.ToList();
            entries.ShouldContain(e => e.Title.Text.Contains($"Published meeting {s.Suffix}"), url);
            entries.ShouldContain(e => ((TextSyndicationContent)e.Summary).Text == $"Agreed in public {s.Suffix}", url);
            entries.ShouldNotContain(e => e.Title.Text.Contains($"Draft meeting {s.Suffix}"), url);
            foreach (var entry in entries.Where(e => e.Links.Any(l => l.Uri.AbsolutePath == $"/meetings/{meetingId}")).Concat(entries.Take(10)))
            {
                entry.Id.ShouldNotBeNullOrWhiteSpace();
                entry.LastUpdatedTime.ShouldBeGreaterThan(DateTimeOffset.UnixEpoch);
                entry.Authors.ShouldNotBeEmpty();
                entry.Authors[0].Name.ShouldNotBeNullOrWhiteSpace();
                var link = entry.Links.ShouldHaveSingleItem();
                (await anonymous.GetAsync(link.Uri)).StatusCode.ShouldBe(HttpStatusCode.OK, link.Uri.ToString());
            }
        }

        (await anonymous.GetAsync($"/feeds/bodies/{s.BodyB.ShortName}.atom")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Pages_AnnounceTheirFeeds_InTheirHeads()
    {
        var s = await app.NewScenarioAsync();
        var anonymous = app.CreateClient();
        (await anonymous.GetStringAsync("/")).ShouldContain("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Quorum: minutes, decisions and papers\" href=\"/feeds/news.atom\">");
        var bodyPage = await anonymous.GetStringAsync($"/bodies/{s.BodyA.ShortName}");
        var head = bodyPage[..bodyPage.IndexOf("</head>", StringComparison.Ordinal)];
        head.ShouldContain($"type=\"application/atom+xml\"");
        head.ShouldContain($"href=\"/feeds/bodies/{s.BodyA.ShortName}.atom\"");
    }
}
