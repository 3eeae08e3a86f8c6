using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Actions;
using Quorum.Decisions;
using Quorum.Imports;
using Quorum.Meetings;
using Quorum.Papers;
using Quorum.Programmes;
using Xunit.Abstractions;

namespace Quorum.Web.Tests.Access;

/// <summary>
/// Every page and endpoint × every persona → the status they get. A new endpoint without a row
/// fails <see cref="EveryEndpoint_HasARow"/>, so nobody adds a route without deciding who may use it.
/// </summary>
public sealed class AuthorizationMatrixTests(QuorumApp app, ITestOutputHelper output) : IClassFixture<QuorumApp>
{
    /// <summary>Who gets in. Statuses below are for body A's records (public body; clerk and member of A).</summary>
    private enum Access
    {
        /// <summary>Everyone reads it: 200.</summary>
        Public,

        /// <summary>Any signed-in account: anonymous is sent to sign in.</summary>
        SignedIn,

        /// <summary>Body A's clerk and administrators; members are refused.</summary>
        ClerkOfA,

        /// <summary>Administrators only.</summary>
        Administrator,

        /// <summary>An API write: anonymous 401, members 403, clerk and administrator get past authorization.</summary>
        ApiWriteForClerkOfA,

        /// <summary>An API write only administrators may make.</summary>
        ApiWriteForAdministrator,

        /// <summary>An API read for clerks of the record's body: anonymous 401, members 403.</summary>
        ApiReadForClerkOfA,

        /// <summary>Body A's members, clerk and administrators read it; to everyone else it does not exist (404).</summary>
        MembersOfA,

        /// <summary>A page that is itself the refusal: 403 for everyone.</summary>
        Refusal,

        /// <summary>Sends everyone elsewhere (302).</summary>
        Redirect,

        /// <summary>Switched off in this configuration: 404 for everyone.</summary>
        Absent,

        /// <summary>A method the address does not answer: 405 for everyone.</summary>
        NotAllowed,
    }

    private static readonly Persona[] Personas = [Persona.Anonymous, Persona.MemberOfA, Persona.MemberOfB, Persona.ClerkOfA, Persona.Administrator];

    private static Dictionary<string, (string Url, Access Access)> Matrix(Ids i) => new()
    {
        ["GET /api/v1"] = ("/api/v1", Access.Public),
        ["GET /calendars/meetings.ics"] = ("/calendars/meetings.ics", Access.Public),
        ["GET /calendars/bodies/{shortName}.ics"] = ($"/calendars/bodies/{i.ShortName}.ics", Access.Public),
        // A secret address: whoever holds it reads member A's calendar, as a calendar application does.
        ["GET /calendars/private/{token}.ics"] = ($"/calendars/private/{i.CalendarToken}.ics", Access.Public),
        ["GET /meetings/{id:int}/calendar.ics"] = ($"/meetings/{i.Meeting}/calendar.ics", Access.Public),
        ["GET /meetings/{id:int}/{document:regex(^(agenda-pack|minutes)$)}.{format:regex(^(docx|pdf)$)}"] = ($"/meetings/{i.Meeting}/minutes.pdf", Access.Public),
        ["GET /meetings/{id:int}/members/{document:regex(^(agenda-pack|minutes)$)}.{format:regex(^(docx|pdf)$)}"] = ($"/meetings/{i.Meeting}/members/agenda-pack.docx", Access.MembersOfA),
        ["GET /feeds/news.atom"] = ("/feeds/news.atom", Access.Public),
        ["GET /feeds/bodies/{shortName}.atom"] = ($"/feeds/bodies/{i.ShortName}.atom", Access.Public),
        ["GET /api/v1/actions/"] = ("/api/v1/actions", Access.Public),
        ["GET /api/v1/actions/{id:int}"] = ($"/api/v1/actions/{i.Action}", Access.Public),
        ["GET /api/v1/actions/export.csv"] = ("/api/v1/actions/export.csv", Access.Public),
        ["GET /api/v1/actions/export.xlsx"] = ("/api/v1/actions/export.xlsx", Access.Public),
        ["GET /api/v1/agenda-items/{id:int}"] = ($"/api/v1/agenda-items/{i.Item}", Access.Public),
        ["GET /api/v1/audit/"] = ($"/api/v1/audit?entity=Meeting&id={i.Meeting}", Access.ApiReadForClerkOfA),
        ["GET /api/v1/bodies/"] = ("/api/v1/bodies", Access.Public),
        ["GET /api/v1/bodies/{id:int}"] = ($"/api/v1/bodies/{i.BodyA}", Access.Public),
        ["GET /api/v1/bodies/{id:int}/memberships"] = ($"/api/v1/bodies/{i.BodyA}/memberships", Access.Public),
        ["GET /api/v1/bodies/{shortName}/attendance.csv"] = ($"/api/v1/bodies/{i.ShortName}/attendance.csv", Access.Public),
        ["GET /api/v1/consultations/"] = ("/api/v1/consultations", Access.Public),
        ["GET /api/v1/consultations/{id:int}"] = ($"/api/v1/consultations/{i.Consultation}", Access.Public),
        ["POST /api/v1/consultations/"] = ("/api/v1/consultations", Access.ApiWriteForClerkOfA),
        ["PAGE /consultations"] = ("/consultations", Access.Public),
        ["PAGE /consultations/{id:int}"] = ($"/consultations/{i.Consultation}", Access.Public),
        ["PAGE /consultations/new"] = ("/consultations/new", Access.ClerkOfA),
        ["PAGE /consultations/{id:int}/decide"] = ($"/consultations/{i.Consultation}/decide", Access.ClerkOfA),
        ["PAGE /consultations/{id:int}/lead"] = ($"/consultations/{i.Consultation}/lead", Access.ClerkOfA),
        ["PAGE /consultations/{id:int}/response"] = ($"/consultations/{i.Consultation}/response", Access.ClerkOfA),
        ["GET /api/v1/contracts/"] = ("/api/v1/contracts", Access.Public),
        ["GET /api/v1/contracts/{id:int}"] = ($"/api/v1/contracts/{i.Contract}", Access.Public),
        ["GET /api/v1/contracts/export.csv"] = ("/api/v1/contracts/export.csv", Access.Public),
        ["POST /api/v1/contracts/"] = ("/api/v1/contracts", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/contracts/{id:int}"] = ($"/api/v1/contracts/{i.Contract}", Access.ApiWriteForClerkOfA),
        ["DELETE /api/v1/contracts/{id:int}"] = ($"/api/v1/contracts/{i.Contract}", Access.ApiWriteForClerkOfA),
        ["PAGE /registers"] = ("/registers", Access.Public),
        ["GET /api/v1/applications/"] = ("/api/v1/applications", Access.Public),
        ["GET /api/v1/applications/{id:int}"] = ($"/api/v1/applications/{i.Application}", Access.Public),
        ["GET /api/v1/applications/{id:int}/others"] = ($"/api/v1/applications/{i.Application}/others", Access.Public),
        ["POST /api/v1/applications/"] = ("/api/v1/applications", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/applications/{id:int}"] = ($"/api/v1/applications/{i.Application}", Access.ApiWriteForClerkOfA),
        ["DELETE /api/v1/applications/{id:int}"] = ($"/api/v1/applications/{i.Application}", Access.ApiWriteForClerkOfA),
        ["PAGE /applications"] = ("/applications", Access.Public),
        ["PAGE /applications/matrix"] = ("/applications/matrix", Access.Public),
        ["PAGE /applications/{id:int}"] = ($"/applications/{i.Application}", Access.Public),
        ["PAGE /applications/{id:int}/others"] = ($"/applications/{i.Application}/others", Access.Public),
        ["PAGE /applications/{id:int}/edit"] = ($"/applications/{i.Application}/edit", Access.ClerkOfA),
        ["PAGE /applications/new"] = ("/applications/new", Access.ClerkOfA),
        ["GET /api/v1/projects/"] = ("/api/v1/projects", Access.Public),
        ["GET /api/v1/projects/{id:int}"] = ($"/api/v1/projects/{i.Project}", Access.Public),
        ["POST /api/v1/projects/"] = ("/api/v1/projects", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/projects/{id:int}"] = ($"/api/v1/projects/{i.Project}", Access.ApiWriteForClerkOfA),
        ["DELETE /api/v1/projects/{id:int}"] = ($"/api/v1/projects/{i.Project}", Access.ApiWriteForClerkOfA),
        ["PAGE /projects"] = ("/projects", Access.Public),
        ["PAGE /projects/{id:int}"] = ($"/projects/{i.Project}", Access.Public),
        ["PAGE /projects/{id:int}/edit"] = ($"/projects/{i.Project}/edit", Access.ClerkOfA),
        ["PAGE /projects/new"] = ("/projects/new", Access.ClerkOfA),
        ["PAGE /contracts"] = ("/contracts", Access.Public),
        ["PAGE /contracts/{id:int}"] = ($"/contracts/{i.Contract}", Access.Public),
        ["PAGE /contracts/{id:int}/edit"] = ($"/contracts/{i.Contract}/edit", Access.ClerkOfA),
        ["PAGE /contracts/new"] = ("/contracts/new", Access.ClerkOfA),
        ["PAGE /contracts/alignment"] = ("/contracts/alignment", Access.Public),
        ["PAGE /contracts/import"] = ("/contracts/import", Access.ClerkOfA),
        ["GET /api/v1/kpis/"] = ("/api/v1/kpis", Access.Public),
        ["GET /api/v1/kpis/{id:int}"] = ($"/api/v1/kpis/{i.Kpi}", Access.Public),
        ["POST /api/v1/kpis/"] = ("/api/v1/kpis", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/kpis/{id:int}"] = ($"/api/v1/kpis/{i.Kpi}", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/kpis/{id:int}/values"] = ($"/api/v1/kpis/{i.Kpi}/values", Access.ApiWriteForClerkOfA),
        ["PAGE /kpis"] = ("/kpis", Access.Public),
        ["PAGE /kpis/{id:int}"] = ($"/kpis/{i.Kpi}", Access.Public),
        ["PAGE /kpis/{id:int}/benchmark"] = ($"/kpis/{i.Kpi}/benchmark", Access.Public),
        ["PAGE /kpis/{id:int}/edit"] = ($"/kpis/{i.Kpi}/edit", Access.ClerkOfA),
        ["PAGE /kpis/{id:int}/values/new"] = ($"/kpis/{i.Kpi}/values/new", Access.ClerkOfA),
        ["PAGE /kpis/new"] = ("/kpis/new", Access.ClerkOfA),
        ["PAGE /kpis/report"] = ("/kpis/report", Access.Public),
        ["GET /api/v1/decisions/"] = ("/api/v1/decisions", Access.Public),
        ["GET /api/v1/declarations/"] = ("/api/v1/declarations", Access.Public),
        ["GET /api/v1/declarations/{id:int}"] = ($"/api/v1/declarations/{i.Declaration}", Access.Public),
        ["POST /api/v1/declarations/"] = ("/api/v1/declarations", Access.ApiWriteForClerkOfA),
        ["DELETE /api/v1/declarations/{id:int}"] = ($"/api/v1/declarations/{i.Declaration}", Access.ApiWriteForClerkOfA),
        ["GET /api/v1/motions/"] = ("/api/v1/motions", Access.Public),
        ["GET /api/v1/motions/{id:int}"] = ($"/api/v1/motions/{i.Motion}", Access.Public),
        ["POST /api/v1/motions/"] = ("/api/v1/motions", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/motions/{id:int}/amendments"] = ($"/api/v1/motions/{i.Motion}/amendments", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/motions/{id:int}/vote"] = ($"/api/v1/motions/{i.Motion}/vote", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/motions/{id:int}/withdraw"] = ($"/api/v1/motions/{i.Motion}/withdraw", Access.ApiWriteForClerkOfA),
        ["GET /api/v1/interests/"] = ("/api/v1/interests", Access.Public),
        ["GET /api/v1/interests/{id:int}"] = ($"/api/v1/interests/{i.Register}", Access.Public),
        ["POST /api/v1/interests/"] = ("/api/v1/interests", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/interests/{id:int}/publish"] = ($"/api/v1/interests/{i.Register}/publish", Access.ApiWriteForClerkOfA),
        ["PAGE /meetings/{id:int}/items/{item:int}/declarations/new"] = ($"/meetings/{i.Meeting}/items/{i.Item}/declarations/new", Access.ClerkOfA),
        ["PAGE /meetings/{id:int}/items/{item:int}/motions/new"] = ($"/meetings/{i.Meeting}/items/{i.Item}/motions/new", Access.ClerkOfA),
        ["PAGE /meetings/{id:int}/items/{item:int}/motions/{motion:int}/vote"] = ($"/meetings/{i.Meeting}/items/{i.Item}/motions/{i.Motion}/vote", Access.ClerkOfA),
        ["PAGE /people/{id:int}/interests"] = ($"/people/{i.Person}/interests", Access.Public),
        ["PAGE /people/{id:int}/interests/new"] = ($"/people/{i.Person}/interests/new", Access.ClerkOfA),
        ["GET /api/v1/search/"] = ("/api/v1/search?q=minute", Access.Public),
        ["GET /api/v1/decisions/{id:int}"] = ($"/api/v1/decisions/{i.Decision}", Access.Public),
        ["GET /api/v1/decisions/export.csv"] = ("/api/v1/decisions/export.csv", Access.Public),
        ["GET /api/v1/decisions/export.xlsx"] = ("/api/v1/decisions/export.xlsx", Access.Public),
        ["GET /api/v1/highlight-reports/"] = ("/api/v1/highlight-reports", Access.Public),
        ["GET /api/v1/highlight-reports/{id:int}"] = ($"/api/v1/highlight-reports/{i.Report}", Access.Public),
        ["GET /api/v1/highlight-reports/{id:int}/report.docx"] = ($"/api/v1/highlight-reports/{i.Report}/report.docx", Access.Public),
        ["GET /api/v1/meetings/"] = ("/api/v1/meetings", Access.Public),
        ["GET /api/v1/meetings/{id:int}"] = ($"/api/v1/meetings/{i.Meeting}", Access.Public),
        ["GET /api/v1/memberships/"] = ("/api/v1/memberships", Access.Public),
        ["GET /api/v1/memberships/{id:int}"] = ($"/api/v1/memberships/{i.Membership}", Access.Public),
        ["GET /api/v1/milestones/"] = ("/api/v1/milestones", Access.Public),
        ["GET /api/v1/milestones/{id:int}"] = ($"/api/v1/milestones/{i.Milestone}", Access.Public),
        ["GET /api/v1/organisations/"] = ("/api/v1/organisations", Access.Public),
        ["GET /api/v1/organisations/{id:int}"] = ($"/api/v1/organisations/{i.Organisation}", Access.Public),
        ["GET /api/v1/outbox/"] = ("/api/v1/outbox", Access.ApiReadForClerkOfA),
        ["POST /api/v1/outbox/{id:int}/retry"] = ($"/api/v1/outbox/{i.OutboxMessage}/retry", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/meetings/{id:int}/circulate"] = ($"/api/v1/meetings/{i.Meeting}/circulate", Access.ApiWriteForClerkOfA),
        ["PAGE /outbox"] = ("/outbox", Access.ClerkOfA),
        ["PAGE /bodies/{shortName}/follow"] = ($"/bodies/{i.ShortName}/follow", Access.Public),
        ["PAGE /follow/{token}"] = ("/follow/not-a-token", Access.Absent),
        ["PAGE /account/notifications"] = ("/account/notifications", Access.SignedIn),
        ["PAGE /mail/unsubscribe/{token}"] = ($"/mail/unsubscribe/{i.UnsubscribeToken}", Access.Public),
        ["GET /api/v1/papers/"] = ("/api/v1/papers", Access.Public),
        ["GET /api/v1/papers/{id:int}"] = ($"/api/v1/papers/{i.Paper}", Access.Public),
        ["GET /api/v1/papers/{id:int}/versions/{number:int}"] = ($"/api/v1/papers/{i.Paper}/versions/1", Access.Public),
        ["GET /api/v1/people/"] = ("/api/v1/people", Access.Public),
        ["GET /api/v1/people/{id:int}"] = ($"/api/v1/people/{i.Person}", Access.Public),
        ["GET /api/v1/programmes/"] = ("/api/v1/programmes", Access.Public),
        ["GET /api/v1/programmes/{id:int}"] = ($"/api/v1/programmes/{i.Programme}", Access.Public),
        ["GET /api/v1/raid/"] = ("/api/v1/raid", Access.Public),
        ["GET /api/v1/raid/{id:int}"] = ($"/api/v1/raid/{i.Raid}", Access.MembersOfA),
        ["GET /api/v1/workstreams/"] = ("/api/v1/workstreams", Access.Public),
        ["GET /api/v1/workstreams/{id:int}"] = ($"/api/v1/workstreams/{i.Workstream}", Access.Public),
        ["GET /api/v1/workstreams/{id:int}/raid.xlsx"] = ($"/api/v1/workstreams/{i.Workstream}/raid.xlsx", Access.Public),
        ["GET /oparl/v1/system"] = ("/oparl/v1/system", Access.Public),
        ["GET /oparl/v1/bodies"] = ("/oparl/v1/bodies", Access.Public),
        ["GET /oparl/v1/body"] = ("/oparl/v1/body", Access.Public),
        ["GET /oparl/v1/organizations"] = ("/oparl/v1/organizations", Access.Public),
        ["GET /oparl/v1/organization/{id:int}"] = ($"/oparl/v1/organization/{i.BodyA}", Access.Public),
        ["GET /oparl/v1/organization/{id:int}/meetings"] = ($"/oparl/v1/organization/{i.BodyA}/meetings", Access.Public),
        ["GET /oparl/v1/people"] = ("/oparl/v1/people", Access.Public),
        ["GET /oparl/v1/person/{id:int}"] = ($"/oparl/v1/person/{i.Person}", Access.Public),
        ["GET /oparl/v1/memberships"] = ("/oparl/v1/memberships", Access.Public),
        ["GET /oparl/v1/membership/{id:int}"] = ($"/oparl/v1/membership/{i.PersonMembership}", Access.Public),
        ["GET /oparl/v1/meetings"] = ("/oparl/v1/meetings", Access.Public),
        ["GET /oparl/v1/meeting/{id:int}"] = ($"/oparl/v1/meeting/{i.Meeting}", Access.Public),
        ["GET /oparl/v1/meeting/{id:int}/minutes"] = ($"/oparl/v1/meeting/{i.Meeting}/minutes", Access.Public),
        ["GET /oparl/v1/agenda-items"] = ("/oparl/v1/agenda-items", Access.Public),
        ["GET /oparl/v1/agenda-item/{id:int}"] = ($"/oparl/v1/agenda-item/{i.Item}", Access.Public),
        ["GET /oparl/v1/papers"] = ("/oparl/v1/papers", Access.Public),
        ["GET /oparl/v1/paper/{id:int}"] = ($"/oparl/v1/paper/{i.Paper}", Access.Public),
        ["GET /oparl/v1/consultation/{id:int}"] = ($"/oparl/v1/consultation/{i.Paper}", Access.Public),
        ["GET /oparl/v1/files"] = ("/oparl/v1/files", Access.Public),
        ["GET /oparl/v1/file/{id:int}"] = ($"/oparl/v1/file/{i.File}", Access.Public),
        ["GET /oparl/v1/locations"] = ("/oparl/v1/locations", Access.Public),
        ["GET /oparl/v1/location/{id:int}"] = ($"/oparl/v1/location/{i.Location}", Access.Public),
        ["GET /oparl/v1/legislative-terms"] = ("/oparl/v1/legislative-terms", Access.Public),
        ["GET /oparl/{**rest}"] = ("/oparl/v2/system", Access.Absent),
        ["POST /oparl/{**rest}"] = ("/oparl/v1/system", Access.NotAllowed),
        ["PUT /oparl/{**rest}"] = ("/oparl/v1/system", Access.NotAllowed),
        ["DELETE /oparl/{**rest}"] = ("/oparl/v1/system", Access.NotAllowed),
        ["PATCH /oparl/{**rest}"] = ("/oparl/v1/system", Access.NotAllowed),
        ["GET /openapi/{documentName}.json"] = ("/openapi/v1.json", Access.Public),
        ["GET /papers/{id:int}/versions/{number:int}"] = ($"/papers/{i.Paper}/versions/1", Access.Public),
        ["PAGE /"] = ("/", Access.Public),
        ["PAGE /accessibility"] = ("/accessibility", Access.Public),
        ["PAGE /account"] = ("/account", Access.SignedIn),
        ["PAGE /account/change-password"] = ("/account/change-password", Access.SignedIn),
        ["PAGE /account/external/{handler?}"] = ("/account/external", Access.Absent),
        ["PAGE /account/denied"] = ("/account/denied", Access.Refusal),
        ["PAGE /account/sign-in"] = ("/account/sign-in", Access.Public),
        ["PAGE /account/sign-out"] = ("/account/sign-out", Access.Redirect),
        ["PAGE /account/tokens"] = ("/account/tokens", Access.SignedIn),
        ["PAGE /actions"] = ("/actions", Access.Public),
        ["PAGE /actions/{id:int}"] = ($"/actions/{i.Action}", Access.Public),
        ["PAGE /actions/{id:int}/edit"] = ($"/actions/{i.Action}/edit", Access.ClerkOfA),
        ["PAGE /audit/{entityType}/{entityId}"] = ($"/audit/Meeting/{i.Meeting}", Access.ClerkOfA),
        ["PAGE /bodies"] = ("/bodies", Access.Public),
        ["PAGE /bodies/{shortName}"] = ($"/bodies/{i.ShortName}", Access.Public),
        ["PAGE /bodies/{shortName}/attendance"] = ($"/bodies/{i.ShortName}/attendance", Access.Public),
        ["PAGE /bodies/{shortName}/edit"] = ($"/bodies/{i.ShortName}/edit", Access.ClerkOfA),
        ["PAGE /bodies/{shortName}/import"] = ($"/bodies/{i.ShortName}/import", Access.ClerkOfA),
        ["PAGE /bodies/{shortName}/members"] = ($"/bodies/{i.ShortName}/members", Access.ClerkOfA),
        ["PAGE /bodies/new"] = ("/bodies/new", Access.Administrator),
        ["PAGE /decisions"] = ("/decisions", Access.Public),
        ["PAGE /search"] = ("/search?Q=minute", Access.Public),
        ["PAGE /exemptions"] = ("/exemptions", Access.ClerkOfA),
        ["PAGE /health"] = ("/health", Access.Public),
        ["PAGE /health/live"] = ("/health/live", Access.Public),
        ["PAGE /health/ready"] = ("/health/ready", Access.Public),
        ["PAGE /highlight-reports/{id:int}"] = ($"/highlight-reports/{i.Report}", Access.Public),
        ["PAGE /imports/{id:int}"] = ($"/imports/{i.PendingImport}", Access.ClerkOfA),
        ["PAGE /meetings"] = ("/meetings", Access.Public),
        ["PAGE /meetings/{id:int}"] = ($"/meetings/{i.Meeting}", Access.Public),
        ["PAGE /meetings/{id:int}/agenda"] = ($"/meetings/{i.Meeting}/agenda", Access.ClerkOfA),
        ["PAGE /meetings/{id:int}/attendance"] = ($"/meetings/{i.Meeting}/attendance", Access.ClerkOfA),
        ["PAGE /meetings/{id:int}/cancel"] = ($"/meetings/{i.Meeting}/cancel", Access.ClerkOfA),
        ["PAGE /meetings/{id:int}/edit"] = ($"/meetings/{i.Meeting}/edit", Access.ClerkOfA),
        ["PAGE /meetings/{id:int}/items/{item:int}"] = ($"/meetings/{i.Meeting}/items/{i.Item}", Access.ClerkOfA),
        ["PAGE /meetings/{id:int}/items/{item:int}/actions/new"] = ($"/meetings/{i.Meeting}/items/{i.Item}/actions/new", Access.ClerkOfA),
        ["PAGE /meetings/{id:int}/items/{item:int}/amend"] = ($"/meetings/{i.Meeting}/items/{i.Item}/amend", Access.ClerkOfA),
        ["PAGE /meetings/{id:int}/items/{item:int}/decisions/new"] = ($"/meetings/{i.Meeting}/items/{i.Item}/decisions/new", Access.ClerkOfA),
        ["PAGE /meetings/{id:int}/papers/new"] = ($"/meetings/{i.Meeting}/papers/new", Access.ClerkOfA),
        ["PAGE /meetings/{id:int}/reschedule"] = ($"/meetings/{i.Meeting}/reschedule", Access.ClerkOfA),
        ["PAGE /meetings/new"] = ("/meetings/new", Access.ClerkOfA),
        ["PAGE /organisations"] = ("/organisations", Access.Public),
        ["PAGE /organisations/{id:int}"] = ($"/organisations/{i.Organisation}", Access.Public),
        ["PAGE /papers/{id:int}"] = ($"/papers/{i.Paper}", Access.Public),
        ["PAGE /people"] = ("/people", Access.Public),
        ["PAGE /people/{id:int}"] = ($"/people/{i.Person}", Access.Public),
        ["PAGE /people/{id:int}/edit"] = ($"/people/{i.Person}/edit", Access.ClerkOfA),
        ["PAGE /people/new"] = ("/people/new", Access.ClerkOfA),
        ["PAGE /programmes"] = ("/programmes", Access.Public),
        ["PAGE /programmes/{id:int}"] = ($"/programmes/{i.Programme}", Access.Public),
        ["PAGE /programmes/{id:int}/import"] = ($"/programmes/{i.Programme}/import", Access.ClerkOfA),
        ["PAGE /programmes/{programme:int}/workstreams/new"] = ($"/programmes/{i.Programme}/workstreams/new", Access.ClerkOfA),
        ["PAGE /status/{code:int}"] = ("/status/404", Access.Public),
        ["PAGE /workstreams/{id:int}"] = ($"/workstreams/{i.Workstream}", Access.Public),
        ["PAGE /workstreams/{id:int}/edit"] = ($"/workstreams/{i.Workstream}/edit", Access.ClerkOfA),
        ["PAGE /workstreams/{id:int}/reports/new"] = ($"/workstreams/{i.Workstream}/reports/new", Access.ClerkOfA),
        ["POST /api/v1/actions/"] = ("/api/v1/actions", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/bodies/"] = ("/api/v1/bodies", Access.ApiWriteForAdministrator),
        ["POST /api/v1/decisions/"] = ("/api/v1/decisions", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/highlight-reports/"] = ("/api/v1/highlight-reports", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/meetings/"] = ("/api/v1/meetings", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/meetings/{id:int}/{change:regex(^(hold|cancel|postpone|reschedule)$)}"] = ($"/api/v1/meetings/{i.Meeting}/postpone", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/meetings/{id:int}/agenda-items"] = ($"/api/v1/meetings/{i.Meeting}/agenda-items", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/memberships/"] = ("/api/v1/memberships", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/milestones/"] = ("/api/v1/milestones", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/organisations/"] = ("/api/v1/organisations", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/papers/"] = ("/api/v1/papers", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/people/"] = ("/api/v1/people", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/programmes/"] = ("/api/v1/programmes", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/raid/"] = ("/api/v1/raid", Access.ApiWriteForClerkOfA),
        ["POST /api/v1/workstreams/"] = ("/api/v1/workstreams", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/actions/{id:int}"] = ($"/api/v1/actions/{i.Action}", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/agenda-items/{id:int}"] = ($"/api/v1/agenda-items/{i.Item}", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/bodies/{id:int}"] = ($"/api/v1/bodies/{i.BodyA}", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/decisions/{id:int}"] = ($"/api/v1/decisions/{i.Decision}", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/highlight-reports/{id:int}"] = ($"/api/v1/highlight-reports/{i.Report}", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/meetings/{id:int}"] = ($"/api/v1/meetings/{i.Meeting}", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/meetings/{id:int}/attendance"] = ($"/api/v1/meetings/{i.Meeting}/attendance", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/memberships/{id:int}"] = ($"/api/v1/memberships/{i.Membership}", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/milestones/{id:int}"] = ($"/api/v1/milestones/{i.Milestone}", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/organisations/{id:int}"] = ($"/api/v1/organisations/{i.Organisation}", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/people/{id:int}"] = ($"/api/v1/people/{i.Person}", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/programmes/{id:int}"] = ($"/api/v1/programmes/{i.Programme}", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/raid/{id:int}"] = ($"/api/v1/raid/{i.Raid}", Access.ApiWriteForClerkOfA),
        ["PUT /api/v1/workstreams/{id:int}"] = ($"/api/v1/workstreams/{i.Workstream}", Access.ApiWriteForClerkOfA),
    };

    [Fact]
    public void EveryEndpoint_HasARow()
    {
        var keys = Matrix(new Ids()).Keys.ToHashSet();
        var missing = Endpoints().Where(e => !keys.Contains(e)).ToList();
        missing.ShouldBeEmpty("Add these to the authorization matrix: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task EveryPersona_GetsTheExpectedStatus_OnEveryEndpoint()
    {
        var s = await app.NewScenarioAsync();
        var ids = await SeedAsync(s);
        var failures = new List<string>();
        foreach (var persona in Personas)
        {
            var api = app.ApiClient(s, persona);
            var browser = await app.SignedInClientAsync(s, persona);
            foreach (var (key, (url, access)) in Matrix(ids))
            {
                var method = key[..key.IndexOf(' ', StringComparison.Ordinal)];
                using var response = method switch
                {
                    "PAGE" => await browser.GetAsync(url),
                    "GET" => await api.GetAsync(url),
                    _ => await api.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = Body(url, ids) }),
                };
                var status = (int)response.StatusCode;
                var location = response.Headers.Location?.ToString() ?? "";
                if (!Allowed(access, persona, status, location))
                    failures.Add($"{persona} {key} ({url}) → {status} {location}");
            }
        }

        output.WriteLine($"{Matrix(ids).Count} endpoints × {Personas.Length} personas checked.");
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    private static bool Allowed(Access access, Persona persona, int status, string location)
    {
        var signInRedirect = status == 302 && location.Contains("/account/sign-in", StringComparison.Ordinal);
        var deniedRedirect = status == 302 && location.Contains("/account/denied", StringComparison.Ordinal);
        var isClerkOrAdmin = persona is Persona.ClerkOfA or Persona.Administrator;
        return access switch
        {
            Access.Public => status is 200,
            Access.SignedIn => persona == Persona.Anonymous ? signInRedirect : status is 200,
            Access.ClerkOfA => isClerkOrAdmin ? status is 200 : persona == Persona.Anonymous ? signInRedirect : deniedRedirect || status == 404,
            Access.Administrator => persona == Persona.Administrator ? status is 200 : persona == Persona.Anonymous ? signInRedirect : deniedRedirect,
            Access.ApiReadForClerkOfA => isClerkOrAdmin ? status is 200 : persona == Persona.Anonymous ? status is 401 or 404 : status is 403 or 404,
            Access.ApiWriteForClerkOfA => isClerkOrAdmin ? status is not (401 or 403) : persona == Persona.Anonymous ? status is 401 : status is 403 or 404,
            Access.MembersOfA => persona is Persona.Anonymous or Persona.MemberOfB ? status is 404 : status is 200,
            Access.Refusal => status is 403,
            Access.Redirect => status is 302,
            Access.Absent => status is 404,
            Access.NotAllowed => status is 405,
            Access.ApiWriteForAdministrator => persona == Persona.Administrator ? status is not (401 or 403) : persona == Persona.Anonymous ? status is 401 : status is 403,
            _ => false,
        };
    }

    /// <summary>
    /// A body naming body A's records, so that permission (decided by the record written to) is what
    /// is tested; fields an endpoint does not know are ignored, and missing ones fail validation afterwards.
    /// </summary>
    private static HttpContent Body(string url, Ids i) => url.EndsWith("/papers", StringComparison.Ordinal)
        ? new MultipartFormDataContent { { new StringContent(i.Meeting.ToString(System.Globalization.CultureInfo.InvariantCulture)), "meetingId" } }
        : url.EndsWith("/attendance", StringComparison.Ordinal)
            ? new StringContent("[]", Encoding.UTF8, "application/json")
            : new StringContent(System.Text.Json.JsonSerializer.Serialize(new
            {
                meetingId = i.Meeting,
                agendaItemId = i.Item,
                bodyId = i.BodyA,
                programmeId = i.Programme,
                workstreamId = i.Workstream,
                personId = i.Person,
                role = "Member",
            }), Encoding.UTF8, "application/json");

    private IEnumerable<string> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["PAGE"])} /{e.RoutePattern.RawText?.TrimStart('/')}")
            .Distinct();

    private sealed record Ids
    {
        public int BodyA { get; init; }

        public string ShortName { get; init; } = "";

        public int Meeting { get; init; }

        public int Item { get; init; }

        public int Action { get; init; }

        public int Decision { get; init; }

        public int Declaration { get; init; }

        public int Motion { get; init; }

        public int Register { get; init; }

        public int Membership { get; init; }

        public int Organisation { get; init; }

        public int Person { get; init; }

        public int Paper { get; init; }

        public int Programme { get; init; }

        public int Workstream { get; init; }

        public int Raid { get; init; }

        public int Milestone { get; init; }

        public int Report { get; init; }

        public int PendingImport { get; init; }

        public int Contract { get; init; }

        public int Consultation { get; init; }

        public int Application { get; init; }

        public int Project { get; init; }

        public int Kpi { get; init; }

        public int PersonMembership { get; init; }

        public int File { get; init; }

        public int Location { get; init; }

        public string CalendarToken { get; init; } = "";

        public int OutboxMessage { get; init; }

        public string UnsubscribeToken { get; init; } = "";
    }

    /// <summary>Body A's records, with published minutes so that the public sees them.</summary>
    private async Task<Ids> SeedAsync(Scenario s) => await app.WithDbAsync(async db =>
    {
        var meeting = new Meeting { BodyId = s.BodyA.Id, Number = 1, Date = new DateOnly(2026, 3, 12), Location = new Location { Name = "Council Chamber" } };
        var item = meeting.AddAgendaItem("Cloud");
        item.Minute = new Minute { Text = "Discussed." };
        meeting.MarkHeld();
        meeting.StartMinutes();
        var next = new Meeting { BodyId = s.BodyA.Id, Number = 2, Date = new DateOnly(2026, 5, 14) };
        next.MarkHeld();
        db.Meetings.AddRange(meeting, next);
        await db.SaveChangesAsync();
        meeting.ApproveMinutesAt(next);
        meeting.PublishMinutes();
        var memberA = await db.People.FindAsync(s.MemberA.Id);
        memberA!.ConsentsToPublication = true;
        var action = await ActionRegister.RaiseAsync(db, meeting, item, [memberA!], "do it", null);
        var decision = await DecisionRegister.RecordAsync(db, meeting, item, "agreed", null);
        var declaration = new Quorum.Conduct.Declaration { MeetingId = meeting.Id, AgendaItemId = item.Id, PersonId = memberA.Id, Kind = Quorum.Conduct.InterestKind.OtherRegistrable, Nature = "Governor" };
        var motion = new Quorum.Conduct.Motion { MeetingId = meeting.Id, AgendaItemId = item.Id, Position = 1, Text = "That it be done", MoverId = memberA.Id, Outcome = Quorum.Conduct.MotionOutcome.Carried };
        var register = new Quorum.Conduct.InterestRegisterVersion { BodyId = s.BodyA.Id, PersonId = memberA.Id, EffectiveFrom = new DateOnly(2026, 1, 1), PublishedOn = new DateOnly(2026, 1, 2) };
        register.Interests.Add(new Quorum.Conduct.RegisteredInterest { Category = Quorum.Conduct.InterestCategory.Employment, Description = "Solicitor" });
        db.AddRange(declaration, motion, register);
        var paper = new Paper { Title = "Public paper", BodyId = s.BodyA.Id, Meeting = meeting, AgendaItem = item };
        paper.Classify(ProtectiveMarking.Official, null, Circulation.Public, [], []);
        var store = app.Services.GetRequiredService<IPaperStore>();
        var (sha, size) = await store.SaveAsync(new MemoryStream("content"u8.ToArray()), 1000);
        paper.Versions.Add(new PaperVersion { Number = 1, FileName = "p.txt", ContentType = "text/plain", Sha256 = sha, Size = size, UploadedBy = "test" });
        db.Papers.Add(paper);
        var programme = new Programme { BodyId = s.BodyA.Id, Name = "Programme" };
        var workstream = new Workstream { Name = "ICT" };
        var raid = new RaidEntry { Kind = RaidKind.Risk, Description = "Risk" };
        var milestone = new Milestone { Text = "Go live", TargetDate = new DateOnly(2026, 9, 1) };
        var report = new HighlightReport { ReportDate = new DateOnly(2026, 4, 1) };
        workstream.Raid.Add(raid);
        workstream.Milestones.Add(milestone);
        workstream.Reports.Add(report);
        programme.Workstreams.Add(workstream);
        db.Programmes.Add(programme);
        var contract = new Quorum.Contracts.Contract
        {
            BodyId = s.BodyA.Id,
            OrganisationId = s.Organisation.Id,
            Title = "Hosting",
            Category = "Hosting",
            SupplierName = "Kestrel",
            StartDate = new DateOnly(2025, 4, 1),
            EndDate = new DateOnly(2028, 3, 31),
            Terms = new Quorum.Contracts.ContractTerms { WholeLifeValue = 1000 },
        };
        db.Contracts.Add(contract);
        var consultation = new Quorum.Consultations.Consultation { BodyId = s.BodyA.Id, Paper = paper, ConsultingOrganisation = "Department", Title = "Consultation", ResponseDeadline = new DateOnly(2026, 6, 30) };
        db.Consultations.Add(consultation);
        var application = new Quorum.Applications.Application
        {
            BodyId = s.BodyA.Id,
            OrganisationId = s.Organisation.Id,
            Product = "GeoView GIS",
            ProductKey = "geoview gis",
            SupplierName = "Contour Mapping Ltd",
            Appraisal = new Quorum.Applications.ApplicationAppraisal { Satisfaction = 4 },
        };
        db.Applications.Add(application);
        var project = new Quorum.Projects.Project { BodyId = s.BodyA.Id, OrganisationId = s.Organisation.Id, Name = "Data centre", Workstream = workstream };
        db.Projects.Add(project);
        var kpi = new Quorum.Kpis.Kpi { BodyId = s.BodyA.Id, Name = "Uptime", Unit = "%", Target = 99 };
        kpi.Values.Add(new Quorum.Kpis.KpiValue { OrganisationId = s.Organisation.Id, Period = "2026-Q1", Value = 99.5m });
        db.Kpis.Add(kpi);
        var pending = new PendingImport { BodyId = s.BodyA.Id, Sha256 = new string('a', 64), FileName = "old.txt", DraftJson = "{\"source\":\"old.txt\"}", CreatedBy = "test" };
        db.PendingImports.Add(pending);
        var memberAccount = await db.Users.SingleAsync(u => u.Email == s.Emails[Persona.MemberOfA]);
        var calendarToken = memberAccount.ResetCalendarFeedToken();
        var message = await Quorum.Notifications.Outbox.WriteAsync(db, Quorum.Notifications.MailSite.Default, new("someone@example.org", null, null),
            Quorum.Notifications.MessageKind.ActionAssigned, new Quorum.Notifications.Letter("An action").Paragraph("Do it"), "test", s.BodyA.Id);
        await db.SaveChangesAsync();
        return new Ids
        {
            BodyA = s.BodyA.Id,
            ShortName = s.BodyA.ShortName,
            Meeting = meeting.Id,
            Item = item.Id,
            Action = action.Id,
            Decision = decision.Id,
            Declaration = declaration.Id,
            Motion = motion.Id,
            Register = register.Id,
            Membership = s.BodyA.Memberships[0].Id,
            Organisation = s.Organisation.Id,
            Person = s.MemberA.Id,
            Paper = paper.Id,
            Programme = programme.Id,
            Workstream = workstream.Id,
            Raid = raid.Id,
            Milestone = milestone.Id,
            Report = report.Id,
            PendingImport = pending.Id,
            Contract = contract.Id,
            Consultation = consultation.Id,
            Application = application.Id,
            Project = project.Id,
            Kpi = kpi.Id,
            PersonMembership = s.BodyA.Memberships.Single(m => m.PersonId == s.MemberA.Id).Id,
            File = paper.Versions[0].Id,
            Location = meeting.LocationId!.Value,
            CalendarToken = calendarToken,
            OutboxMessage = message!.Id,
            UnsubscribeToken = message.UnsubscribeToken,
        };
    });
}
