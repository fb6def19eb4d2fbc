//! The `callshadow` binary: parse the command line, run it.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc rather than glibc's malloc: answering a message allocates and grows
/// many short-lived strings (prompt, request and response bodies, frames) on
/// two or more threads, where glibc spends a third of the server's CPU time
/// (BENCHMARKS.md: 120 → 77 µs of CPU per message, same RSS).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    callshadow::cli::run(callshadow::cli::Cli::parse())
}
