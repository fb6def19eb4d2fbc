//! `callshadow-bench`: callshadow's benchmark harness.
//!
//! One binary with the pieces of a benchmark run: a fake OpenAI-compatible LLM
//! (`fake-llm`), the bare relay baseline (`relay`), the load modes (`latency`,
//! `hold`, `rate`, `memory`) and `all`, which starts everything, runs every mode
//! against callshadow and the relay, stops what it started and prints the report.
//! Each mode prints one JSON line on stdout and a human table on stderr.

mod all;
mod conn;
mod coverage;
mod fake_llm;
mod goals;
mod hold;
mod holds;
mod latency;
mod memory;
mod procs;
mod rate;
mod relay;
mod report;
mod stats;
mod store;
mod summary;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// The same allocator as callshadow (`src/main.rs`), so the relay baseline is
/// built like the server it is compared with.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// callshadow's benchmark harness.
#[derive(Debug, Parser)]
#[command(name = "callshadow-bench", version, about)]
struct Cli {
    /// What to run.
    #[command(subcommand)]
    command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
enum Command {
    /// A fake OpenAI-compatible LLM: a fixed suggestion after a fixed latency.
    FakeLlm(fake_llm::Args),
    /// The bare relay baseline: WebSocket in, one HTTP call, WebSocket out.
    Relay(relay::Args),
    /// C connections each sending M messages, waiting for each answer.
    Latency(latency::Args),
    /// N idle connections: how many are held, the connect rate, RSS per connection.
    Hold(hold::Args),
    /// A fixed input rate per session above the LLM's capacity: delay to coverage.
    Rate(rate::Args),
    /// Sessions with a full memory (50 messages each): RSS per session.
    Memory(memory::Args),
    /// Start the fake, the server and the relay, run every mode, print the report.
    All(all::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("callshadow-bench: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("callshadow-bench: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command) -> anyhow::Result<()> {
    procs::raise_fd_limit();
    match command {
        Command::FakeLlm(args) => fake_llm::serve(args).await,
        Command::Relay(args) => relay::serve(args).await,
        Command::Latency(args) => report::emit(&latency::run(&args, "target").await?),
        Command::Hold(args) => report::emit(&hold::run(&args, "target").await?),
        Command::Rate(args) => report::emit(&rate::run(&args, "target").await?),
        Command::Memory(args) => report::emit(&memory::run(&args, "target").await?),
        Command::All(args) => all::run(args).await,
    }
}
