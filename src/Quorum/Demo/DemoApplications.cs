using Quorum.Applications;
using Quorum.Bodies;
using Quorum.Data;
using Quorum.People;
using Quorum.Programmes;
using Quorum.Projects;

namespace Quorum.Demo;

/// <summary>
/// The partners' applications in the Council's catalogue, and their ICT projects: products run by
/// several partners (one spelt two ways), some offered as shared services, some bought under the
/// demo's contracts; projects linked to the programme's workstreams where they are part of one.
/// </summary>
internal static class DemoApplications
{
    public static void Add(QuorumDb db, Dictionary<string, Organisation> org, Body council, DateOnly today)
    {
        AddApplications(db, org, council, today);
        AddProjects(db, org, council);
    }

    private static void AddApplications(QuorumDb db, Dictionary<string, Organisation> org, Body council, DateOnly today)
    {
        var entries = new (string Org, string Product, string Supplier, string? Version, Hosting Hosting, string? ContractCategory, int? RenewsInMonths, int? Users, bool Shared, int? Satisfaction, bool Restricted)[]
        {
            ("NCC", "Ledgerline Revenues", "Ledgerline Systems Ltd", "7.2", Hosting.OnPremises, "Revenues and benefits system", null, 140, false, 3, false),
            ("EDC", "Ledgerline Revenues", "Ledgerline Systems Ltd", "7.4", Hosting.Cloud, "Revenues and benefits system", null, 60, true, 4, false),
            // Spelt as the borough's own records spell it: the catalogue still knows it is the same product.
            ("WBC", "LedgerLine  revenues", "Ledgerline Systems Ltd", "6.9", Hosting.OnPremises, "Revenues and benefits system", null, 75, false, 2, true),
            ("NCC", "Microsoft 365", "Microsoft", null, Hosting.Cloud, "Microsoft licensing", null, 5200, false, 4, false),
            ("EDC", "Microsoft 365", "Microsoft", null, Hosting.Cloud, "Microsoft licensing", null, 650, false, 4, false),
            ("WBC", "Microsoft 365", "Microsoft", null, Hosting.Cloud, "Microsoft licensing", null, 900, false, 5, false),
            ("NFRS", "Microsoft 365", "Microsoft", null, Hosting.Cloud, "Microsoft licensing", null, 1100, false, 4, false),
            ("NCC", "Helpwise Service Desk", "Helpwise Ltd", "2025.3", Hosting.Cloud, "Service desk software", null, 85, true, 5, false),
            ("WBC", "Helpwise Service Desk", "Helpwise Ltd", "2024.1", Hosting.Cloud, "Service desk software", null, 20, false, 4, false),
            ("NFRS", "Helpwise Service Desk", "Helpwise Ltd", "2024.4", Hosting.Cloud, "Service desk software", null, 15, false, 3, false),
            ("NCC", "Ringfield Contact Centre", "Ringfield Communications plc", "11", Hosting.Cloud, "Telephony", null, 120, true, 3, false),
            ("EDC", "Ringfield Contact Centre", "Ringfield Communications plc", "10", Hosting.OnPremises, "Telephony", null, 30, false, 2, true),
            ("NFRS", "Ringfield Contact Centre", "Ringfield Communications plc", "11", Hosting.Cloud, "Telephony", null, 40, false, 4, false),
            ("NCC", "Keystone HR and Payroll", "Keystone Software Ltd", "5.1", Hosting.Cloud, null, 18, 5600, true, 4, false),
            ("EDC", "Keystone HR and Payroll", "Keystone Software Ltd", "4.8", Hosting.OnPremises, null, 7, 700, false, 3, false),
            ("WBC", "Keystone HR and Payroll", "Keystone Software Ltd", "5.0", Hosting.Cloud, null, 11, 950, false, 4, false),
            ("NFRS", "Keystone HR and Payroll", "Keystone Software Ltd", "5.1", Hosting.Cloud, null, 18, 1150, false, 4, false),
            ("EDC", "PlanIt Planning and Building Control", "Idlewild Systems Ltd", "3.2", Hosting.OnPremises, null, 9, 45, false, 2, false),
            ("WBC", "PlanIt Planning and Building Control", "Idlewild Systems Ltd", "3.4", Hosting.Cloud, null, 14, 55, true, 4, false),
            ("NCC", "GeoView GIS", "Contour Mapping Ltd", "9.1", Hosting.OnPremises, null, 5, 300, true, 4, false),
            ("EDC", "GeoView GIS", "Contour Mapping Ltd", "8.7", Hosting.OnPremises, null, 5, 40, false, 3, false),
            ("WBC", "GeoView GIS", "Contour Mapping Ltd", "9.1", Hosting.Cloud, null, 17, 60, false, 4, false),
            ("NFRS", "GeoView GIS", "Contour Mapping Ltd", "8.2", Hosting.OnPremises, null, 3, 90, false, 2, false),
            ("NCC", "Hearth Social Care", "Hearth Systems Ltd", "12.0", Hosting.OnPremises, null, 26, 1400, false, 2, true),
            ("NFRS", "Incident Command Mobile", "Blue Light Data Ltd", "4.3", Hosting.Cloud, null, 8, 600, false, 5, false),
        };
        foreach (var e in entries)
        {
            var contract = e.ContractCategory is null ? null
                : db.Contracts.Local.FirstOrDefault(c => c.Organisation == org[e.Org] && c.Category == e.ContractCategory);
            db.Applications.Add(new Application
            {
                Body = council,
                Organisation = org[e.Org],
                Product = string.Join(' ', e.Product.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
                ProductKey = ApplicationCatalogue.ProductKey(e.Product),
                SupplierName = e.Supplier,
                ProductVersion = e.Version,
                Hosting = e.Hosting,
                Contract = contract,
                // A licence bought under a contract renews when the contract ends.
                RenewalDate = contract?.EndDate ?? (e.RenewsInMonths is { } months ? new DateOnly(today.Year, today.Month, 1).AddMonths(months).AddDays(-1) : null),
                Users = e.Users,
                OfferedAsSharedService = e.Shared,
                Notes = e.Shared ? $"{org[e.Org].Name} can host partners on its instance; ask its head of digital." : null,
                AppraisalRestricted = e.Restricted,
                Appraisal = new ApplicationAppraisal
                {
                    Satisfaction = e.Satisfaction,
                    Comment = e.Satisfaction switch
                    {
                        <= 2 => "Upgrades are slow and support answers late; we are looking at alternatives.",
                        >= 5 => "Reliable, and the supplier listens.",
                        _ => null,
                    },
                },
            });
        }
    }

    private static void AddProjects(QuorumDb db, Dictionary<string, Organisation> org, Body council)
    {
        var streams = db.Programmes.Local.SelectMany(p => p.Workstreams).ToDictionary(w => w.Name);
        Workstream? Stream(string? name) => name is null ? null : streams.GetValueOrDefault(name);
        var projects = new (string Org, string Name, string Description, ProjectStage Stage, decimal? Budget, Rag Rag, string? Workstream)[]
        {
            ("NCC", "Data centre consolidation", "Moving the county's servers into one data centre that partners can share.", ProjectStage.Delivery, 450_000m, Rag.Amber, "ICT"),
            ("EDC", "Revenues system to the cloud", "Moving Ledgerline Revenues to the supplier's cloud service.", ProjectStage.BusinessCase, 120_000m, Rag.Green, "ICT"),
            ("WBC", "Resident self-service portal", "One account for residents to report, apply and pay online.", ProjectStage.Delivery, 80_000m, Rag.Green, "Customer access"),
            ("NFRS", "Mobile data terminals refresh", "Replacing the terminals in the fire engines before support ends.", ProjectStage.Idea, null, Rag.Green, null),
            ("NCC", "Contact centre telephony", "The joint contact centre's telephony, now live.", ProjectStage.Closed, 60_000m, Rag.Green, "Customer access"),
            ("WBC", "Depot network upgrade", "New network links for the depots the partners may share.", ProjectStage.BusinessCase, 35_000m, Rag.Red, "Shared property"),
            ("EDC", "GIS upgrade", "Bringing GeoView up to the version the county runs, so the two can share mapping.", ProjectStage.Idea, 25_000m, Rag.Amber, null),
        };
        foreach (var p in projects)
        {
            db.Projects.Add(new Project
            {
                Body = council,
                Organisation = org[p.Org],
                Name = p.Name,
                Description = p.Description,
                Stage = p.Stage,
                Budget = p.Budget,
                Rag = p.Rag,
                Workstream = Stream(p.Workstream),
            });
        }
    }
}
