using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Quorum.Benchmarks.MinutesReading).Assembly).Run(args);
