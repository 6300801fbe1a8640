using Graph.Worker.Cli;

return await GraphCli.InvokeAsync(args).ConfigureAwait(false);
