using System.CommandLine;

var root = new RootCommand("Quorum: governance of public bodies from the command line.");

return await root.Parse(args).InvokeAsync();
