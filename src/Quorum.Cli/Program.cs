using System.CommandLine;

var root = new RootCommand("Quorum: governance of public bodies from the command line.");
root.Subcommands.Add(Quorum.Cli.Users.UsersCommand.Create());
root.Subcommands.Add(Quorum.Cli.Import.ImportCommand.Create());
root.Subcommands.Add(Quorum.Cli.Generate.GenerateCommand.Create());
foreach (var command in Quorum.Cli.Backup.BackupCommand.Create())
    root.Subcommands.Add(command);

return await root.Parse(args).InvokeAsync();
