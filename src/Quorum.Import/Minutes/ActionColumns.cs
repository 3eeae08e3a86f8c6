namespace Quorum.Import.Minutes;

/// <summary>
/// Where each role stands in an action table, read from its header's words: the task, who is to act, when it is due, its
/// status and its reference; -1 where the header names none. Every reader of action tables takes its columns from here,
/// whatever the format (a Word, HTML or Markdown table, a PDF's or a text's line of tab-separated or spaced words) and
/// whatever the order and number of columns, so a header word known once is known in every format and a layout never seen
/// reads when its header uses common words ("Ref | Responsible | Task | Target date | Status").
/// </summary>
internal sealed record ActionColumns(int Task, int Owner, int Due, int Status, int Reference)
{
    /// <summary>
    /// Whether the header itself says its rows are tasks: a column named for actions or tasks ("Action", "Action by", "Task
    /// owner", "To do"), "What" (as in "Who | What | When"), a date each row is due by, or only who and the job ("Person |
    /// Item"). A status report ("Project |
    /// Description | Owner | Status") or a budget ("Item | Details | Responsible | Cost") also names who looks after each row,
    /// in words no action table needs; without this, only an action label above makes such a table one of actions.
    /// </summary>
    public bool SaysTasks { get; private init; }

    private static readonly HashSet<string> TaskWords = new(StringComparer.Ordinal)
    {
        "detail", "details", "description", "action", "actions", "task", "tasks", "what", "actionrequired", "actionitem",
        "actionitems", "actionpoint", "actionpoints", "actionagreed", "agreedaction", "todo",
    };

    private static readonly HashSet<string> OwnerWords = new(StringComparer.Ordinal)
    {
        "resp", "res", "owner", "owners", "who", "by", "responsible", "responsibility", "lead", "leads", "assignedto", "assignee",
        "actionby", "actionowner", "person", "bywhom", "actionee", "responsibleperson",
    };

    private static readonly HashSet<string> DueWords = new(StringComparer.Ordinal)
    {
        "due", "deadline", "date", "bywhen", "target", "targetdate", "duedate", "when", "timescale", "timescales", "deadlinedate", "completionby",
    };

    /// <summary>A header cell's words as one key: "Action by:" is "actionby", "No." is "no", "#" is empty.</summary>
    public static string Key(string cell) => new(cell.ToLowerInvariant().Where(char.IsLetter).ToArray());

    /// <summary>
    /// The roles of a header's columns, given as <see cref="Key"/>s. Headers name them in many words ("Responsible Officer",
    /// "Owner/Lead", "Person responsible", "Date due", "Target completion"); beside a column of who, a column named for the
    /// action ("Action Description", "Agreed Actions", "Action to be taken") is the task, and failing one an "Item" or "Job"
    /// ("Person | Item", "Who | Job"); "By" beside a column of who is when ("Who | By").
    /// </summary>
    public static ActionColumns Of(IReadOnlyList<string> keys)
    {
        var columns = keys.ToList();
        var owner = columns.FindIndex(OwnerWords.Contains);
        if (owner < 0)
            owner = columns.FindIndex(IsOwnerPhrase);
        var task = columns.FindIndex(TaskWords.Contains);
        if (task < 0 && owner >= 0)
            task = Enumerable.Range(0, columns.Count).Where(i => i != owner && NamesTheTask(columns[i])).DefaultIfEmpty(-1).First();
        // "Actions: Responsible / Note": one column named for the action and for who holds it is the task, each point naming its owner.
        if (task < 0 && owner >= 0 && !OwnerWords.Contains(columns[owner]) && NamesTheTask(columns[owner]))
            (task, owner) = (owner, -1);
        // "Person | Item", "Who | Job": a list of who does which job names nothing else for the task.
        var jobList = task < 0 && owner >= 0;
        if (jobList)
            task = columns.FindIndex(c => c is "item" or "items" or "job" or "jobs" or "todo" or "activity");
        // "Date | No. | Action | Owner | Target date": beside a column named for when the action is due, a bare "Date" is when it was set.
        var due = columns.FindIndex(c => DueWords.Contains(c) && c != "date");
        if (due < 0)
            due = columns.FindIndex(DueWords.Contains);
        if (due < 0)
            due = Enumerable.Range(0, columns.Count).Where(i => i != owner && i != task && IsDuePhrase(columns[i])).DefaultIfEmpty(-1).First();
        if (due < 0 && owner >= 0 && columns[owner] != "by")
            due = columns.FindIndex(c => c == "by");
        return new ActionColumns(task, owner, due, columns.FindIndex(NamesStatus), columns.FindIndex(NamesReference))
        {
            SaysTasks = due >= 0 || jobList && task >= 0 || columns.Any(c => c.StartsWith("action", StringComparison.Ordinal) || c.StartsWith("task", StringComparison.Ordinal) || c is "todo" or "what"),
        };
    }

    /// <summary>A column of who is to act or was given the task: "Owner", "Who", "Action by", "Responsible officer", "Lead".</summary>
    public static bool NamesOwner(string key) => OwnerWords.Contains(key) || IsOwnerPhrase(key);

    /// <summary>
    /// A column of who is to act on a minute beside it: "Action by", "Owner", "Who", "Responsible". "Lead" and "Presenter"
    /// beside an item name who introduces it, and "By" alone may be when.
    /// </summary>
    public static bool NamesWhoActs(string key) =>
        NamesOwner(key) && key is not "by" && !key.StartsWith("lead", StringComparison.Ordinal) && !key.EndsWith("lead", StringComparison.Ordinal);

    /// <summary>A column of the task: "Action", "Task", "Description", "What", "Action required", "Agreed actions".</summary>
    public static bool NamesTask(string key) => TaskWords.Contains(key) || NamesTheTask(key);

    /// <summary>A column named for actions or tasks themselves ("Action items", "To do"), which no other table uses.</summary>
    public static bool IsActionWord(string key) => key.StartsWith("action", StringComparison.Ordinal) || key is "todo" or "tasks" or "task";

    /// <summary>A column of when: "Due", "Deadline", "By when", "Target date", "Timescale".</summary>
    public static bool NamesDue(string key) => DueWords.Contains(key) || IsDuePhrase(key);

    /// <summary>A column of how far along the action is: "Status", "Progress".</summary>
    public static bool NamesStatus(string key) => key is "status" or "progress" or "state";

    /// <summary>A column of the action's number: "No.", "Ref", "#", "Action no", "Minute"; its cells are checked to be short.</summary>
    public static bool NamesReference(string key) => key is "no" or "ref" or "reference" or "item" or "number" or "id" or "actionno" or "actionref" or "minute" or "";

    /// <summary>A table's header cell that names who is to act or what is to be done ("Action by", "Owner", "Action").</summary>
    public static bool HeadsOwnersOrTasks(string header) =>
        Key(header) is var key && key.Length > 0 && (NamesWhoActs(key) || NamesTask(key));

    /// <summary>A header cell of an action table's columns: who, what, by when, how far along; not of what was said.</summary>
    public static bool HeadsActionColumn(string header) =>
        HeadsOwnersOrTasks(header) || Key(header) is var key && key.Length > 0 && (NamesDue(key) || key is "status" or "progress");

    private static bool IsOwnerPhrase(string key) =>
        key.Contains("owner", StringComparison.Ordinal) || key.Contains("responsib", StringComparison.Ordinal) || key.Contains("whom", StringComparison.Ordinal)
        || key.StartsWith("assigned", StringComparison.Ordinal) || key.StartsWith("lead", StringComparison.Ordinal) || key.EndsWith("lead", StringComparison.Ordinal);

    // "Action taken" records what a board did with an item, not a task set.
    private static bool NamesTheTask(string key) =>
        (key.StartsWith("action", StringComparison.Ordinal) || key.EndsWith("action", StringComparison.Ordinal) || key.EndsWith("actions", StringComparison.Ordinal) || key.StartsWith("task", StringComparison.Ordinal))
        && key is not ("actiontaken" or "actionno" or "actionref" or "actionid" or "actionnumber" or "actionstatus" or "actiondate");

    private static bool IsDuePhrase(string key) =>
        key.Contains("due", StringComparison.Ordinal) || key.Contains("deadline", StringComparison.Ordinal) || key.Contains("when", StringComparison.Ordinal)
        || key.Contains("date", StringComparison.Ordinal) && !key.Contains("update", StringComparison.Ordinal)
        || key.StartsWith("timescale", StringComparison.Ordinal) || key.StartsWith("timeframe", StringComparison.Ordinal)
        || key.StartsWith("target", StringComparison.Ordinal) || key.StartsWith("completion", StringComparison.Ordinal);
}
