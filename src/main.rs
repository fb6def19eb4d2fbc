//! The `callshadow` binary: parse the command line, run it.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    callshadow::cli::run(callshadow::cli::Cli::parse())
}
