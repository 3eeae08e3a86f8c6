Console.WriteLine("quorum");
