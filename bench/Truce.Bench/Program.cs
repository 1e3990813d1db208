using Truce.Bench;

return Harness.Run(args);
