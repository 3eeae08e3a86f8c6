using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Quorum.Import.Minutes;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Quorum.Import.Tests;

/// <summary>How the heading of minutes names the body that met, in the forms other publishers use, each from a short document.</summary>
public class BodyFormsTests
{
    private static MinutesDraft Read(string text) => DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), "minutes.txt");

    private const string Rest = "\nPresent: Mrs A Smith (Chair), Mr B Jones, Mr C Brown\n\n1. Apologies\nNone.\n2. Minutes\nApproved.\n3. Finance\nNoted.\n";

    [Theory]
    [InlineData("Minutes of the AGM of Milltown Allotment Society held on 5 March 2019", "Milltown Allotment Society")]
    [InlineData("Minutes of the Annual General Meeting of the Milltown Allotment Society held on 5 March 2019", "Milltown Allotment Society")]
    [InlineData("Milltown Village Hall Management Committee\nMinutes of the AGM held on 5 March 2019", "Milltown Village Hall Management Committee")]
    public void AnnualGeneralMeeting_IsTheMeeting_NotTheBody(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("Northshire Alliance\nStandards and Testing Work Group (under TSC) Minutes\n3 May 2021", "Northshire Alliance Standards and Testing Work Group (under TSC)")]
    [InlineData("Milltown Arts Foundation\nGrants Review Panel Meeting\n3 May 2021", "Milltown Arts Foundation Grants Review Panel")]
    public void OrganisationOverANamedGroup_IsTheOrganisationsGroup(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("Elections Commission\nCity and County of Milltown\nMEETING MINUTES\nVoting Systems Technical Advisory Committee (VSTAC)\nof the Milltown Elections Commission\nWednesday, May 9, 2018", "Voting Systems Technical Advisory Committee")]
    [InlineData("Elections Commission\nCity and County of Milltown\nCity Hall, Room 421\n1 Carlton Place\nMilltown, California 94102\nTelephone 415-555-0100\nMEETING MINUTES\nVoting Systems Technical Advisory Committee\nWednesday, May 9, 2018", "Voting Systems Technical Advisory Committee")]
    public void LineUnderMinutesAlone_NamesTheBody_OverTheLetterhead(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("Northshire Hospitals NHS Foundation Trust\nMinutes of the Public Board meeting held on Thursday 6 June 2019", "Northshire Hospitals NHS Foundation Trust Board")]
    [InlineData("Northshire Integrated Care Board\nMinutes of the Board meeting held in public\n5 March 2019", "Northshire Integrated Care Board")]
    [InlineData("Riverside Primary School\nFull Governing Body Meeting\n5 March 2019", "Riverside Primary School Full Governing Body")]
    public void KindOfBody_TakesItsNameFromTheLetterhead(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("Agenda for March 5, 2019 Milltown Archive board teleconference.", "Milltown Archive board")]
    [InlineData("Agenda for the Data Standards Panel – 5 March 2019", "Data Standards Panel")]
    public void AgendaFor_IsNoPartOfTheBodysName(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("NETHERBY & ASHWELL PARISH MEETING\nMINUTES OF PARISH COUNCIL MEETING at\nNETHERBY VILLAGE HALL on 2nd September 2024 at 7.30pm", "Netherby & Ashwell Parish Council")]
    [InlineData("MINUTES OF PARISH COUNCIL MEETING at NETHERBY VILLAGE HALL on 2nd September 2024 at 7.30pm", null)]
    [InlineData("Minutes of the Finance Committee meeting at the Old School Rooms, 5 March 2019", "Finance Committee")]
    public void WhereTheMeetingWasHeld_IsNoPartOfTheBodysName(string title, string? body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("MONTHLY TRUSTEE MEETING\nTUESDAY 19th MARCH 2019\nMILLTOWN TOWN COUNCIL OFFICES", null)]
    [InlineData("Milltown Town Council\nMinutes of the meeting of the Town Council held in the Council Chamber on 5 March 2019", "Milltown Town Council")]
    public void TheRoomAndWhoCame_AreNoBody(string title, string? body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("Milltown Preservation Trust\nDraft Minutes of\nCOUNCIL OF MANAGEMENT MEETING\n3rd September 2025", "Milltown Preservation Trust Council")]
    [InlineData("Milltown Library District\nMinutes of the Board of Trustees meeting held on 5 March 2019", "Milltown Library District Board")]
    public void GoverningBodyUnderItsOrganisation_IsTheOrganisationsCouncilOrBoard(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("March 5, 2019 – Meeting of the Finance Committee of the Student Union of Milltown State University", "Finance Committee of the Student Union of Milltown State University")]
    public void BodyOfAnOrganisationNamedInFull_IsTheWholeName(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("APPENDIX A\nMinutes of the meeting of the Audit Committee held on 5 March 2019", "Audit Committee")]
    [InlineData("SUMMARY OF DECISIONS\nMinutes of the meeting held on 5 March 2019", null)]
    [InlineData("ACTION SUMMARY MINUTES\nRegular meeting, 5 March 2019", null)]
    public void WhatPartOfAPackTheMinutesAre_IsNoBody(string title, string? body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("Northshire Water District\n12 High Street, Milltown\nACTION SUMMARY MINUTES – REGULAR MEETING\nBOARD OF DIRECTORS\n5 March 2019", "Northshire Water District Board of Directors")]
    [InlineData("Riverside Transit Authority\n\nBoard of Trustees\nRegular meeting, 5 March 2019", "Riverside Transit Authority Board of Trustees")]
    public void BoardNamedByItsKindAlone_IsTheBoardOfTheOrganisationAbove(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Fact]
    public void BoardUnderACommitteesTitle_IsTheLetterheadNotTheBody()
    {
        Read("Riverside Transit Authority\n12 High Street, Milltown\n01234 567890\nBoard of Directors\nMINUTES\nFinance Committee\nRegular meeting, 5 March 2019\n" + Rest).Body.ShouldNotBe("Riverside Transit Authority Board of Directors");
    }

    [Theory]
    [InlineData("Meeting for Worship for Business\n\nFebruary 13, 2011")]
    [InlineData("Minutes for Meeting for Worship for Business October 2012\n\nTenth month, 2012")]
    public void TitleNamingOnlyTheMeeting_IsTheBody(string title)
    {
        Read(title + "\n" + Rest).Body.ShouldBe("Meeting for Worship for Business");
    }

    [Theory]
    [InlineData("Northshire Business Improvement District #4\nCommission Meeting Minutes\nMinutes from Monday, March 5, 2019", "Northshire Business Improvement District #4 Commission")]
    [InlineData("MINUTES\nRIVERSIDE MEADOWS OWNERS ASSOCIATION, INC.\nBOARD OF DIRECTORS MEETING\nMarch 5, 2019", "Riverside Meadows Owners Association Board of Directors")]
    public void LetterheadOverTheKindOfBody_NamesWhoseBodyItIs(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("12 High Street\nMilltown\n\nNorthshire Regional Transit District\n\nBoard of Directors\nChair – Ann Smith, District A\nBen Jones, District B\n\nSPECIAL BOARD MEETING\nMarch 5, 2019\n", "Northshire Regional Transit District Board of Directors")]
    [InlineData("Northshire Regional Transit District\n\nBoard of Directors\nChair – Ann Smith, District A\nBen Jones, District B\n\nMINUTES\nAudit & Risk Committee\nTuesday, March 5, 2019\n", "Northshire Regional Transit District Audit & Risk Committee")]
    public void BoardsLetterheadOverItsRoster_NamesTheBoardOrItsCommittee(string letterhead, string body)
    {
        Read(letterhead + Rest).Body.ShouldBe(body);
    }

    [Fact]
    public void BoardMembersInTheTitle_TakeTheBoardsNameFromTheOpeningLines()
    {
        var draft = Read("MINUTES OF THE MEETING OF THE BOARD MEMBERS\n\nMarch 5, 2019\n\nAnn Smith, Chair of the Northshire Pension Investment Board, convened a meeting of the Board members on March 5, 2019.\n" + Rest);

        draft.Body.ShouldBe("Northshire Pension Investment Board");
    }

    [Fact]
    public void CallOfAnOrganisationsGroup_NamesTheGroupWithoutThePossessive()
    {
        var draft = Read("Agenda for the March 5th video call of Northshire's Data Standards Group\n" + Rest);

        draft.Body.ShouldBe("Northshire Data Standards Group");
    }

    [Fact]
    public void KindOfBodyMeetingOfADate_IsNoBodyOnItsOwn()
    {
        Read("Minutes of the Board Meeting of 5 March 2019\n" + Rest).Body.ShouldBeNull();
    }

    // Conventions of minutes' titles in general use, each in a made-up heading.
    [Theory]
    [InlineData("Minutes of the meeting of the Finance Committee of Milltown Parish Council held on 3 March 2019", "Milltown Parish Council Finance Committee")]
    [InlineData("MINUTES OF THE ORDINARY MEETING OF MILLTOWN TOWN COUNCIL HELD ON 3 MARCH 2019", "Milltown Town Council")]
    [InlineData("Riverside Housing Board – Minutes – 12 March 2019", "Riverside Housing Board")]
    [InlineData("Riverside Housing Association\nBoard of Directors Meeting Minutes\n12 March 2019", "Riverside Housing Association Board of Directors")]
    [InlineData("Milltown Community Association\n12 March 2019", "Milltown Community Association")]
    [InlineData("Minutes of the Audit and Risk Committee\n12 March 2019", "Audit and Risk Committee")]
    [InlineData("Milltown Parish Council\nMinutes of the Annual Parish Meeting held on 14 May 2019", "Milltown Parish Council")]
    [InlineData("Minutes of the Annual Parish Meeting of Milltown held on 14 May 2019", "Milltown Parish Council")]
    [InlineData("Llanfair Community Council\nMinutes of the meeting held on 12 March 2019", "Llanfair Community Council")]
    [InlineData("Minutes of Glenbrae Community Council meeting held on 12 March 2019", "Glenbrae Community Council")]
    [InlineData("Cyngor Cymuned Llanfair / Llanfair Community Council\nMinutes of the meeting held on 12 March 2019", "Llanfair Community Council")]
    [InlineData("Northshire Hospitals NHS Trust\nMinutes of the Trust Board meeting held in public on 12 March 2019", "Northshire Hospitals NHS Trust Board")]
    [InlineData("Minutes of the meeting of the Northshire Police and Crime Panel held on 12 March 2019", "Northshire Police and Crime Panel")]
    [InlineData("Northshire Fire and Rescue Authority\nMinutes of the meeting held on 12 March 2019", "Northshire Fire and Rescue Authority")]
    [InlineData("University of Milltown\nSenate\nMinutes of the meeting held on 12 March 2019", "University of Milltown Senate")]
    [InlineData("University of Milltown\nMinutes of the meeting of Court held on 12 March 2019", "University of Milltown Court")]
    [InlineData("Riverside Primary School\nMinutes of the Full Governing Board meeting held on 12 March 2019", "Riverside Primary School Full Governing Board")]
    public void ConventionalTitles_NameTheBody(string title, string? body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body, StringCompareShould.IgnoreCase);
    }

    [Fact]
    public void PagesHeading_NamesTheBody_OverTheSitesTitle()
    {
        var html = "<html><head><title>Minutes | Riverside Housing Trust</title></head><body><h1>Tenants Panel minutes, 12 March 2019</h1>"
            + "<p>Present: Ann Lee, Tom Brown</p><h2>1. Welcome</h2><p>All welcomed.</p></body></html>";

        DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(html), "minutes.html").Body.ShouldBe("Tenants Panel");
    }

    [Fact]
    public void FrontMatterTitle_NamesTheBody()
    {
        var md = "---\ntitle: Technical Steering Committee meeting 2019-03-12\nlayout: post\n---\n\nPresent: Ann Lee, Tom Brown\n\n## Welcome\n\nAll welcomed.\n";

        DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(md), "2019-03-12.md").Body.ShouldBe("Technical Steering Committee");
    }

    [Fact]
    public void MinutesOfAKindOfMeeting_NamesNoBody()
    {
        Read("Minutes of Committee Meeting\n\nHeld 3 May 2021 (online)\n" + Rest).Body.ShouldBeNull();
    }

    [Fact]
    public void BodyInTheFrontMatter_IsTheBody()
    {
        var md = "---\nlayout: meeting\nbody: Directors\ntitle: Minutes of board meeting\ndate: 2021-04-06\n---\n\nPresent: Ann Lee, Tom Brown\n\n## Welcome\n\nAll welcomed.\n";

        DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(md), "2021-04-06.md").Body.ShouldBe("Directors");
    }

    [Theory]
    [InlineData("# Minutes for RSC Meeting 2023-06-24", "RSC")]
    [InlineData("# Minutes for Riverside Gardens Meeting 2023-06-24", null)]
    [InlineData("# Milltown.org Monthly Call on 2021-11-19", "Milltown.org")]
    [InlineData("# Weekly Meeting 2023-06-24", null)]
    [InlineData("# Minutes of the Zoom Meeting held on 24 June 2023", null)]
    public void NameBeforeTheWordsForItsMeeting_IsTheBody_WhenItNamesOne(string title, string? body)
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(title + "\n\nAttendees: Ann Brook, Carl Dunn\n\n## Budget\n\nNoted.\n"), "notes.md");

        draft.Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("notes.md", "<!--#set var=\"title\" value=\"Minutes of RCS AGM, 5th March 2015\" -->\n\n# <!--#echo encoding=\"none\" var=\"title\" -->\n\nPresent: Ann Brook, Carl Dunn\n\n## Budget\n\nNoted.\n")]
    [InlineData("notes.html", "<!--#set var=\"title\" value=\"Minutes of RCS AGM, 5th March 2015\" --><html><body><h1><!--#echo var=\"title\" --></h1><p>Present: Ann Brook, Carl Dunn</p><h2>Budget</h2><p>Noted.</p></body></html>")]
    public void TitleSetByAServerSideInclude_IsTheHeadingItEchoes(string name, string text)
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(text), name);

        draft.Body.ShouldBe("RCS");
        draft.MeetingDate.ShouldBe("2015-03-05");
    }

    [Fact]
    public void BodyNamedByItsInitials_IsTheNameTheMinutesSpellOutForThem()
    {
        var draft = Read("2021 MRA Annual General Meeting Minutes\n\nThe chair thanked the volunteers of the Millbrook Residents Association (MRA) for their work.\n" + Rest);

        draft.Body.ShouldBe("Millbrook Residents Association");
    }

    [Fact]
    public void BodyByItsInitials_BeforeAnnualGeneralMeeting_IsTheInitials()
    {
        Read("2021 MRA Annual General Meeting Minutes\n" + Rest).Body.ShouldBe("MRA");
    }

    [Theory]
    [InlineData("[[_TOC_]]")]
    [InlineData("[TOC]")]
    public void TableOfContentsMarker_OpeningAWikiPage_IsNoBody(string marker)
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes(marker + "\n\n## Attending\n\n* Alice Smith (AS)\n* Bob Jones (BJ)\n\n## Minutes\n\n### Budget report\n\n* The budget is on track.\n"), "minutes.md");

        draft.Body.ShouldBeNull();
    }

    [Theory]
    [InlineData("State of Ohio\nCounty of Lake\nTown of Millbrook\n\nMILLBROOK TOWNSHIP REGULAR BOARD OF TRUSTEES MEETING\nMarch 4, 2024\n\n"
        + "The regular board meeting of the Millbrook Township Board of Trustees was called to order by Supervisor Hale at 7:00 PM.\n", "Millbrook Township Board of Trustees")]
    [InlineData("March 4, 2024\n\nThe special meeting of the Millbrook Library Board was called to order at 6:30 p.m.\n", "Millbrook Library Board")]
    public void BodyNamedWhereItsMeetingIsCalledToOrder_IsTheBody(string opening, string body)
    {
        Read(opening + "\nBoard members present were Trustee Ames, Trustee Bell and Supervisor Hale.\n\nREPORTS:\nThe clerk reported on the budget.\n").Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("Millbrook Township\n12 Mill Road, Millbrook, MI\nMarch 4, 2024 Minutes\n", "Millbrook Township")]
    [InlineData("Town of Millbrook\nMarch 4, 2024\n", "Town of Millbrook")]
    [InlineData("Millbrook Chess Club\nMarch 4, 2024\n", "Millbrook Chess Club")]
    public void TownshipOrClubAloneAtTheHead_IsTheBody(string letterhead, string body)
    {
        Read(letterhead + "Meeting was called to order by the Supervisor at 7:00 pm.\nPresent: Ann Ames, Bob Bell, Cat Cole\n\nNew Business\n~The levy was discussed.\n").Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("Maple Falls Unified School District\nBoard of Education – Regular Meeting Minutes\nMarch 5, 2024", "Maple Falls Unified School District Board of Education")]
    [InlineData("Elder Ridge County\nBoard of Supervisors\nMinutes of March 5, 2024", "Elder Ridge County Board of Supervisors")]
    public void AmericanBoardNamedForWhomItServes_UnderItsDistrictOrCounty_IsThatDistrictsBoard(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("Westshire NHS Foundation Trust – Quality and Safety Committee\nMinutes of the meeting held on 3 April 2025", "Westshire NHS Foundation Trust Quality and Safety Committee")]
    [InlineData("Milltown Housing Association - Audit Committee\nMinutes of the meeting held on 3 April 2025", "Milltown Housing Association Audit Committee")]
    public void OrganisationThenItsCommitteeOnOneLine_IsTheOrganisationsCommittee(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Fact]
    public void ShortPlaceWordsInCapitals_AreRecased()
    {
        var draft = Read("WEST MARSHIRE POLICE AND CRIME PANEL\nMINUTES OF MEETING HELD ON 5 FEBRUARY 2024 AT 11.00 AM, COUNTY HALL\n\nPRESENT: Councillor Ann Lee (Chairman)\n\n105 APOLOGIES\nNone.\n");

        draft.Body.ShouldBe("West Marshire Police and Crime Panel");
    }

    [Theory]
    [InlineData("MINUTES OF THE EXTRAORDINARY MEETING OF THE PARISH COUNCIL HELD\nIN THE VILLAGE HALL, MILLTOWN ON MONDAY 21ST MARCH 2011")]
    [InlineData("Minutes of the Special Meeting of the Parish Council held\nin the Village Hall, Milltown on Monday 21st March 2011")]
    public void KindOfMeetingAfterMinutesOfThe_IsNoPartOfTheBody(string title)
    {
        (Read(title + "\n" + Rest).Body ?? string.Empty).ShouldNotContain("meeting", Case.Insensitive);
    }

    [Theory]
    [InlineData("The Friends of Maple Creek Park\n2021 Annual General Meeting\nSaturday, 7 May, 2022, 9:30 a.m.\nMinutes", "The Friends of Maple Creek Park")]
    [InlineData("Oakfield Residents’ Association\nAnnual General Meeng 2024\nMinutes", "Oakfield Residents’ Association")]
    [InlineData("ST. JOHN’S CHURCH, MILLBROOK\nMINUTES OF THE ANNUAL PAROCHIAL CHURCH MEETING held in the Church on Tuesday 20th February 2018", "St. John’s Church, Millbrook")]
    [InlineData("Birchwood AGM 2013 June 25th", "Birchwood")]
    [InlineData("RVTRA AGM 15/08/23, RVI 7pm.", "RVTRA")]
    [InlineData("Oak Lane Village Hall AGM held on 12th December 2022", "Oak Lane Village Hall")]
    public void AnnualGeneralMeetingNamingNoBody_IsTheOrganisations(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body, StringCompareShould.IgnoreCase);
    }

    [Theory]
    [InlineData("Milltown Community Centre\nAnnual General Meeting of the Milltown Allotment Society\n5 March 2019", "Milltown Allotment Society")]
    [InlineData("Annual General Meeting 2018\nHeld in room 1.227, Milltown", null)]
    public void AnnualGeneralMeetingNamingItsBody_KeepsThatBody(string title, string? body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("MINUTES OF THE EXTRAORDINARY MEETING OF THE PARISH COUNCIL HELD\nIN THE VILLAGE HALL, NORTH MILLTOWN ON MONDAY 21ST MARCH 2011", "North Milltown Parish Council")]
    [InlineData("MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD IN THE VILLAGE HALL, NORTH MILLTOWN ON WEDNESDAY 11th JUNE 2003.", "North Milltown Parish Council")]
    [InlineData("Minutes of the meeting of the Town Council held at the Corn Exchange, Milltown on Monday 3 May 2021", "Milltown Town Council")]
    public void CouncilNamedOnlyAsTheParishCouncil_IsTheCouncilOfThePlaceItMeetsIn(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Fact]
    public void OrdinalOfTheSitting_IsNoPartOfTheBody()
    {
        var draft = Read("Tuesday, September 13, 2016\nSGA Senate Meeting Minutes\n- The third meeting of the fifteenth Senate was called to order by Ann Lee at 5:00 pm.\n" + Rest);

        draft.Body.ShouldBe("SGA Senate");
    }

    [Theory]
    [InlineData("Executive Committee\nMilltown Section, ACS\nMEETING MINUTES\n2 June 2005", "Milltown Section, ACS Executive Committee")]
    [InlineData("Executive Committee Meeting Minutes\nMilltown Section ACS\nTuesday, May 19, 2020, 6:30 PM", "Milltown Section ACS Executive Committee")]
    [InlineData("Meeting Minutes\nTuesday, May 19, 2020, 6:30 PM\nDue to the emergency the May 2020 meeting of the Milltown Section of the ACS will not meet in person.", "Milltown Section of the ACS")]
    public void CommitteeOverTheSectionOfASociety_IsTheSectionsCommittee(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("Milltown Software Foundation, Minutes of a Regular Meeting of the Board of Directors Meeting #70, September 15, 2022\nA regular meeting of the Milltown Software Foundation was held over group conference call (Zoom).")]
    [InlineData("MSF Meeting Minutes #131\nMinutes of a Regular Meeting of the Board of Directors\nMeeting #131 held on Thursday June 18, 2026.\nA regular meeting of the Milltown Software Foundation was held over group conference call (Zoom).")]
    public void BoardWhoseMeetingTheOpeningSaysWasHeld_IsTheOrganisation(string title)
    {
        Read(title + "\n" + Rest).Body.ShouldBe("Milltown Software Foundation");
    }

    [Fact]
    public void InitialsBeforeTheWordsForTheMeeting_AreTheBody_WhenTheMinutesWriteThemSo()
    {
        var draft = Read("Mar 20th 2017 RPNA MEETING MINUTES - DRAFT\n6:00pm Olympia, WA\n" + Rest + "Bank balance for RPNA as of 4/15/15 was noted.\n");

        draft.Body.ShouldBe("RPNA");
    }

    [Theory]
    [InlineData("MILLBROOK\nCOMMUNITY COUNCIL\nWORKING WITH THE COMMUNITY\nMINUTES from the MCC meeting held in the Old School on Tuesday 17th May at 7.00 pm", "Millbrook Community Council")]
    [InlineData("Oregon Council of Library Deans\tfile:///home/ann/ocld/past/fall05.htm\nOCLD Minutes\nOctober 21, 2005", "Oregon Council of Library Deans")]
    public void InitialsTheLetterheadSpellsOut_AreTheLetterheadsName(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("Cedar Ridge School\nTrust Lands Community Council\nWednesday, October 8, 2014\nAPPROVED MINUTES", "Cedar Ridge School Trust Lands Community Council")]
    [InlineData("Strata Plan NW1234\nStrata Council Meeting Minutes\nWednesday, May 22, 2024", "Strata Plan NW1234 Strata Council")]
    public void OrganisationWithNoBodyWordOverTheTitle_IsWhoseBodyItIs(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Fact]
    public void MinutesSentAsAnEmail_TakeTheirTitleFromTheSubject()
    {
        var draft = Read("------------------------------\nDate: Thu, 24 Mar 2005 16:16:58 +0100\nFrom: Ann Lee <ann@example.org>\nTo: Milltown Usage Board <usage@example.org>\n"
            + "Subject: Usage Board telecon 2005-03-24 - report\n------------------------------\nUsage Board telecon - Thu Mar 24, 1400 UTC\n" + Rest);

        draft.Body.ShouldBe("Usage Board");
    }

    [Theory]
    [InlineData("Inaugural Meeting\n14 May 2020", null)]
    [InlineData("Outcomes from Supplier Group meeting 18 th March 2016", "Supplier Group")]
    public void WhichMeetingOrWhatTheRecordIs_IsNoPartOfTheBody(string title, string? body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("# IETF-118 TLS WG meeting\n## Tuesday, March 19, 2024", "TLS WG")]
    [InlineData("New Village Hall Working group\nNotes of meeting held in the village Hall on 13th March 2019", "New Village Hall Working group")]
    [InlineData("2024 Annual Homeowners Meeting\n16 May 2024", null)]
    public void TitleLine_NamesTheBody_NotTheGatheringOrWhoCame(string title, string? body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("New England Network for Women in Engineering and Design\nBoard Meeting\n3 May 2021", "New England Network for Women in Engineering and Design")]
    [InlineData("New England Network for\nWomen in Engineering and Design\n\nSaturday, May 3rd, 2021", "New England Network for Women in Engineering and Design")]
    public void OrganisationsWholeNameOfNineWords_OnTheTitleLine_IsTheBody(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("Subject: June 4 meeting notes\n\nThe RGS Steering Committee met in Hall B12 on June 4, 1997.\n", "RGS Steering Committee")]
    [InlineData("June 4 meeting notes\n\nThe Riverside Garden Society Board met on June 4, 1997 at the library.\n", "Riverside Garden Society Board")]
    public void OpeningSentenceSayingWhoMet_NamesTheBody(string opening, string body)
    {
        Read(opening + "\nThose attending were Ann Lee, Tom Brown and Raj Patel.\n\n1. Finance\nNoted.\n2. Garden\nNoted.\n").Body.ShouldBe(body);
    }

    [Fact]
    public void SentenceAboutTheMinutes_NamesNoBody()
    {
        var draft = DocumentImporter.ReadMinutes(Encoding.UTF8.GetBytes("* Meeting called to order by President Ann Lee at 19:00, October 18, 2022\n* 20 members in attendance\n\n---\n\n"
            + "These minutes have been converted to a web page. The Secretary's original minutes may be found in the club archive.\n\n---\n\n"
            + "## Plaque Presentation\n\nThe club was given a plaque.\n\n## Field Day\n\nThe date was set.\n"), "minutes.md");

        draft.Body.ShouldNotBe("These");
    }

    [Theory]
    [InlineData("WESTFIELD RESIDENTS\nASSOCIATION\nMinutes of the Committee Meeting held on 3 May 2022", "Westfield Residents Association Committee")]
    [InlineData("MILLTOWN AND DISTRICT\nALLOTMENT SOCIETY\nMinutes of the AGM, 3 May 2022", "Milltown and District Allotment Society")]
    [InlineData("LAKESIDE VALLEY\nWATER BOARD\nCO-OP\nANNUAL GENERAL MEETING\n3 May 2022", "Lakeside Valley Water Board Co-op")]
    [InlineData("Riverside Gardening\nSociety\nMinutes of the AGM, 3 May 2022", "Riverside Gardening Society")]
    [InlineData("Westshire Hospitals\nNHS Foundation Trust\nMinutes of the Board of Directors meeting held on 3 May 2022", "Westshire Hospitals NHS Foundation Trust Board")]
    public void LetterheadWrappedOverLines_IsOneName(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body, StringCompareShould.IgnoreCase);
    }

    [Theory]
    [InlineData("MILLTOWN PARISH COUNCIL\nTHE OLD SCHOOL HOUSE\nHIGH STREET\nMinutes of the meeting held on 3 May 2022", "Milltown Parish Council")]
    [InlineData("MINUTES\nSPECIAL SESSION\nCITY COMMISSION\nMay 3, 2022", "City Commission")]
    public void LinesUnderACompleteName_AreNotPartOfIt(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body, StringCompareShould.IgnoreCase);
    }

    [Theory]
    [InlineData("Milltown Chamber of Commerce\nExecutive Committee Minutes – 3 May 2022", "Milltown Chamber of Commerce Executive Committee")]
    [InlineData("Friends of Milltown Park\nCommittee meeting 3 May 2022", "Friends of Milltown Park Committee")]
    public void LetterheadOverTheKindOfBody_NamesWhoseItIs_WithoutAnOrganisationWord(string title, string body)
    {
        Read(title + "\n" + Rest).Body.ShouldBe(body);
    }

    [Theory]
    [InlineData("Jane Smith\nBoard Meeting\nMay 3, 2022")]
    [InlineData("Open Session\nBoard Meeting\nMay 3, 2022")]
    public void PersonOrSittingOverTheKindOfBody_IsNotWhoseItIs(string title)
    {
        Read(title + "\n" + Rest).Body.ShouldBeNull();
    }

    private static Paragraph WordParagraph(string text, string? style = null) =>
        style is null ? new(new Run(new W.Text(text))) : new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new W.Text(text)));

    [Fact]
    public void WordTemplatesPlaceholder_IsNoPartOfTheBodysName()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var placeholder = new SdtRun(
                new SdtProperties(new SdtAlias { Val = "Enter Organization/Committee Name:" }, new ShowingPlaceholder()),
                new SdtContentRun(new Run(new W.Text("Organization/Committee Name"))));
            main.Document = new Document(new Body(
                new Paragraph(new Run(new W.Text("Milltown Bushcare Group")), placeholder),
                WordParagraph("Minutes of the Annual General Meeting", "Heading1"),
                WordParagraph("17 November 2019", "Heading1"),
                WordParagraph("Present"),
                WordParagraph("Ann Lee, Tom Brown, Raj Patel"),
                WordParagraph("Treasurer’s Report"),
                WordParagraph("The report was endorsed by the meeting.")));
            main.Document.Save();
        }

        DocumentImporter.ReadMinutes(stream.ToArray(), "minutes.docx").Body.ShouldBe("Milltown Bushcare Group");
    }
}
