using BenchmarkDotNet.Running;
using Jobportunities.Benchmarks;

if (args is ["profile"])
{
    await Profile.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
