using Quorum.Access;

namespace Quorum.Papers;

/// <summary>One upload of a paper. The file itself is kept in the paper store under its SHA-256.</summary>
public class PaperVersion : IOwned
{
    Owner IOwned.Owner => Owner.Of<Paper>(PaperId);

    public int Id { get; set; }

    public int PaperId { get; set; }

    public Paper? Paper { get; set; }

    public int Number { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content; also the key in the paper store.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Lower-case hex SHA-512 of the content, which open data (OParl) publishes; null for versions stored before it was kept.</summary>
    public string? Sha512 { get; set; }

    /// <summary>The uploader's name as shown at the time (an account's address for older uploads).</summary>
    public required string UploadedBy { get; set; }

    /// <summary>Who uploaded it, for those who may see people's contact details; null for everyone else.</summary>
    public string? UploaderShownTo(Access.Viewer viewer) => viewer.SeesContactDetails ? UploadedBy : null;

    public DateTime UploadedAt { get; set; }
}
