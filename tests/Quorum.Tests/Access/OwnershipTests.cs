using Microsoft.EntityFrameworkCore;
using Quorum.Access;
using Quorum.Bodies;
using Quorum.Meetings;
using Quorum.People;

namespace Quorum.Tests.Access;

/// <summary>Who may change a record, found by walking up from it to the body it belongs to.</summary>
public sealed class OwnershipTests : IDisposable
{
    // The rule reads records through filtered queries: each compiled afresh, so that it is read as the code now has it.
    private readonly InMemoryQuorum quorum = InMemoryQuorum.CompilingEveryQuery();
    private readonly Seeded data;

    public OwnershipTests() => data = Seed();

    public void Dispose() => quorum.Dispose();

    private sealed record Seeded(int Council, int Panel, int Meeting, int Item, int Minute, int PanelMeeting, int PanelItem, int Person);

    private Seeded Seed()
    {
        using var db = quorum.Open(Viewer.System);
        var council = new Body { Name = "Council Committee", ShortName = "CC" };
        var panel = new Body { Name = "Audit Panel", ShortName = "AP", IsPublic = false };
        var meeting = new Meeting { Body = council, Number = 1, Date = new DateOnly(2026, 1, 10) };
        var item = new AgendaItem { Meeting = meeting, Title = "Budget", Number = "1", Position = 1, Minute = new Minute { Text = "Agreed." } };
        var panelMeeting = new Meeting { Body = panel, Number = 1, Date = new DateOnly(2026, 1, 12) };
        var panelItem = new AgendaItem { Meeting = panelMeeting, Title = "Findings", Number = "1", Position = 1 };
        var person = new Person { FullName = "Ada Lovelace" };
        db.AddRange(council, panel, meeting, item, panelMeeting, panelItem, person);
        db.SaveChanges();
        return new Seeded(council.Id, panel.Id, meeting.Id, item.Id, item.Minute.Id, panelMeeting.Id, panelItem.Id, person.Id);
    }

    private Viewer ClerkOf(int body) => new() { UserId = "clerk", ClerkOf = [body] };

    private async Task<bool> MayEditAsync(Viewer viewer, Owner owner)
    {
        using var db = quorum.Open(viewer);
        return await db.MayEditAsync(owner);
    }

    [Fact]
    public async Task BodyOfARecord_IsFoundAtTheTopOfItsChain()
    {
        using var db = quorum.Open(Viewer.System);
        (await db.BodyOfAsync(Owner.Of<Minute>(data.Minute))).ShouldBe(data.Council);
        (await db.BodyOfAsync(Owner.Of<AgendaItem>(data.PanelItem))).ShouldBe(data.Panel);
        (await db.BodyOfAsync(Owner.Of<Body>(data.Council))).ShouldBe(data.Council);
    }

    [Fact]
    public async Task BodyOfASharedOrMissingRecord_IsNone()
    {
        using var db = quorum.Open(Viewer.System);
        (await db.BodyOfAsync(Owner.Of<Person>(data.Person))).ShouldBeNull();
        (await db.BodyOfAsync(Owner.Shared)).ShouldBeNull();
        (await db.BodyOfAsync(Owner.Of<AgendaItem>(9999))).ShouldBeNull();
    }

    [Fact]
    public async Task BodyOfARecordHiddenFromTheViewer_IsNone()
    {
        using var db = quorum.Open(Viewer.Anonymous);
        (await db.BodyOfAsync(Owner.Of<AgendaItem>(data.PanelItem))).ShouldBeNull();
        (await db.BodyOfAsync(Owner.Of<AgendaItem>(data.Item))).ShouldBe(data.Council);
    }

    [Fact]
    public async Task ClerkOfTheBody_MayEditItsRecords_AndNoOtherBodys()
    {
        (await MayEditAsync(ClerkOf(data.Council), Owner.Of<Minute>(data.Minute))).ShouldBeTrue();
        (await MayEditAsync(ClerkOf(data.Panel), Owner.Of<Minute>(data.Minute))).ShouldBeFalse();
        (await MayEditAsync(ClerkOf(data.Panel), Owner.Of<AgendaItem>(data.PanelItem))).ShouldBeTrue();
    }

    [Fact]
    public async Task BodiesTheViewerMayEdit_AreEveryBodyForAnAdministrator_AClerksOwn_AndNoneForOthers()
    {
        async Task<int[]> EditableAsync(Viewer viewer)
        {
            using var db = quorum.Open(viewer);
            return await db.BodiesTheViewerMayEdit().Select(b => b.Id).OrderBy(id => id).ToArrayAsync();
        }

        (await EditableAsync(new Viewer { UserId = "admin", IsAdministrator = true })).ShouldBe(new[] { data.Council, data.Panel }.Order().ToArray());
        (await EditableAsync(ClerkOf(data.Panel))).ShouldBe([data.Panel]);
        (await EditableAsync(new Viewer { UserId = "member", MemberOf = [data.Council, data.Panel] })).ShouldBeEmpty();
        (await EditableAsync(Viewer.Anonymous)).ShouldBeEmpty();
    }

    [Fact]
    public async Task MemberWhoClerksNothing_MayEditNothing() =>
        (await MayEditAsync(new Viewer { UserId = "member", MemberOf = [data.Council] }, Owner.Of<AgendaItem>(data.Item))).ShouldBeFalse();

    [Fact]
    public async Task AnyClerk_MayEditTheSharedRegisters()
    {
        (await MayEditAsync(ClerkOf(data.Panel), Owner.Of<Person>(data.Person))).ShouldBeTrue();
        (await MayEditAsync(new Viewer { UserId = "member", MemberOf = [data.Council] }, Owner.Of<Person>(data.Person))).ShouldBeFalse();
    }

    [Fact]
    public async Task WhatAdministratorsKeep_NoClerkMayEdit()
    {
        (await MayEditAsync(ClerkOf(data.Council), Owner.Administrators)).ShouldBeFalse();
        (await MayEditAsync(Viewer.System, Owner.Administrators)).ShouldBeTrue();
    }

    [Fact]
    public async Task AMissingRecord_NoClerkMayEdit_ThoughAnAdministratorMay()
    {
        (await MayEditAsync(ClerkOf(data.Council), Owner.Of<AgendaItem>(9999))).ShouldBeFalse();
        (await MayEditAsync(Viewer.System, Owner.Of<AgendaItem>(9999))).ShouldBeTrue();
    }

    [Fact]
    public async Task ARecordAlreadyLoaded_IsJudgedAsItNowStands()
    {
        using var db = quorum.Open(ClerkOf(data.Panel));
        var item = await db.AgendaItems.SingleAsync(i => i.Id == data.PanelItem);
        (await db.MayEditAsync(item)).ShouldBeTrue();

        // Moved to the council's meeting, not yet saved: the panel's clerk may no longer change it.
        item.MeetingId = data.Meeting;
        (await db.MayEditAsync(item)).ShouldBeFalse();
    }

    [Fact]
    public async Task ARecordAboveAlreadyLoaded_IsJudgedAsItNowStands_AndOnlyAsItself()
    {
        using var db = quorum.Open(ClerkOf(data.Panel));
        var meetings = await db.Meetings.OrderBy(m => m.Id).ToListAsync();
        meetings.Count.ShouldBe(2);
        (await db.MayEditAsync(Owner.Of<AgendaItem>(data.PanelItem))).ShouldBeTrue();
        (await db.MayEditAsync(Owner.Of<AgendaItem>(data.Item))).ShouldBeFalse();

        // The panel's meeting moved to the council, not yet saved: what stands in the context wins over what is stored.
        meetings.Single(m => m.Id == data.PanelMeeting).BodyId = data.Council;
        (await db.MayEditAsync(Owner.Of<AgendaItem>(data.PanelItem))).ShouldBeFalse();
        (await db.BodyOfAsync(Owner.Of<AgendaItem>(data.PanelItem))).ShouldBe(data.Council);
    }

    [Fact]
    public async Task EnsureMayEdit_RefusesOthers()
    {
        using var db = quorum.Open(ClerkOf(data.Panel));
        var item = await db.AgendaItems.SingleAsync(i => i.Id == data.Item);
        (await Should.ThrowAsync<EditNotAllowedException>(() => db.EnsureMayEditAsync(item))).Message.ShouldBe("You may not change this record.");

        using var clerk = quorum.Open(ClerkOf(data.Council));
        await clerk.EnsureMayEditAsync(await clerk.AgendaItems.SingleAsync(i => i.Id == data.Item));
    }

    [Fact]
    public void Owner_IsSharedOnlyWithoutAType()
    {
        Owner.Shared.IsShared.ShouldBeTrue();
        Owner.Administrators.IsShared.ShouldBeFalse();
        Owner.Of<Body>(3).ShouldBe(new Owner(typeof(Body), 3));
    }
}
