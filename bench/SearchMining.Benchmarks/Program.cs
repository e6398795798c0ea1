using BenchmarkDotNet.Running;
using SearchMining.Benchmarks.Workflows;

if (args is ["batch-timing", ..]) return await BatchTiming.RunAsync();
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
