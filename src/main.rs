//! The `phiscan` binary: everything lives in the library; this only hands
//! over to the command line.

fn main() -> std::process::ExitCode {
    // A panic inside a parser is caught per file and reported as skipped,
    // but the default hook would first print its message, which may quote
    // the bytes being parsed (scanned content): print only where it was.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
        eprintln!("phiscan: internal error{at} (message withheld: it may quote scanned content)");
    }));
    // The scanning commands take SIGINT and SIGTERM from the start, before
    // the detectors, dictionaries and key load: a signal in start-up then
    // ends the run with the interrupted summary (the scan stops before its
    // first file) instead of killing it with no report. Other commands
    // keep the default (Ctrl-C ends `detectors check` at once).
    if std::env::args_os()
        .nth(1)
        .is_some_and(|c| c == "scan" || c == "eval")
    {
        phiscan::signals::install();
    }
    let code = phiscan::cli::main();
    // A scan stopped by SIGINT or SIGTERM has closed its report by now;
    // the status is the one a shell gives a process the signal killed
    // (130, 143), whatever the scan found before it stopped. A signal the
    // run never noticed (it came after the report was closed) leaves the
    // status as the report has it.
    match phiscan::signals::acted_on() {
        Some(sig) => std::process::ExitCode::from(sig.exit_code()),
        None => code,
    }
}
