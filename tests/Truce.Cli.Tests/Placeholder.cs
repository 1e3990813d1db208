namespace Truce.Cli.Tests;
