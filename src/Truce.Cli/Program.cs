using Truce.Cli;

return TruceCli.Run(args);
