//! The command line: `serve` (the default), `config`, `healthcheck` and `replay`.

use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};

use crate::agents::source::PromptSource;
use crate::agents::store::{PromptStore, RequiredVersion};
use crate::config::{Settings, Sources};
use crate::startup::Application;
use crate::telemetry;

/// callshadow: a real-time conversation copilot server.
#[derive(Debug, Parser)]
#[command(name = "callshadow", version, about)]
pub struct Cli {
    /// What to do; `serve` when omitted.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Run the server (the default).
    Serve,
    /// Print the effective configuration, secrets redacted, and check the
    /// prompts; exit 2 if anything is invalid.
    Config,
    /// Probe `/health` of the server the configuration describes (for a
    /// container's HEALTHCHECK); exit 0 when it answers 200, else 1.
    Healthcheck,
    /// Play recorded conversations (JSON lines) through a server with their
    /// timing, print the transcript and a summary; exit 1 when the server breaks
    /// the protocol.
    Replay(crate::replay::ReplayArgs),
}

/// Runs the command line and returns the process exit code.
#[must_use]
pub fn run(cli: Cli) -> ExitCode {
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(),
        Command::Config => print_config(),
        Command::Healthcheck => healthcheck(),
        Command::Replay(args) => crate::replay::main(&args),
    }
}

/// How long the health probe waits for an answer.
const HEALTHCHECK_TIMEOUT: Duration = Duration::from_secs(3);

fn healthcheck() -> ExitCode {
    let settings = match Settings::load(&Sources::from_process()) {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("callshadow: {error}");
            return ExitCode::from(2);
        }
    };
    let host = match settings.server.host {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        host => host,
    };
    let url = format!(
        "http://{}/health",
        SocketAddr::new(host, settings.server.port)
    );
    let probe = async {
        let client = reqwest::Client::builder()
            .timeout(HEALTHCHECK_TIMEOUT)
            .build()?;
        client.get(&url).send().await.map(|r| r.status())
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build();
    match runtime.map(|rt| rt.block_on(probe)) {
        Ok(Ok(status)) if status.is_success() => ExitCode::SUCCESS,
        Ok(Ok(status)) => {
            eprintln!("callshadow: {url} answered {status}");
            ExitCode::FAILURE
        }
        Ok(Err(error)) => {
            eprintln!("callshadow: {url} unreachable: {}", error.without_url());
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("callshadow: cannot start the runtime: {error}");
            ExitCode::FAILURE
        }
    }
}

fn print_config() -> ExitCode {
    let (settings, entries) = match Settings::load_with_entries(&Sources::from_process()) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("callshadow: {error}");
            return ExitCode::from(2);
        }
    };
    for warning in &settings.warnings {
        eprintln!("callshadow: warning: {warning}");
    }
    let source = PromptSource::resolve(&settings.agents.prompts_dir);
    let required = RequiredVersion::all(&settings);
    let budget = Some(crate::agents::build::budget(&settings));
    if let Err(error) = PromptStore::load_within(source.clone(), required, budget) {
        eprintln!("callshadow: invalid prompts: {error}");
        return ExitCode::from(2);
    }
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "# effective configuration (APP_ENV={}); prompts: {}, checked",
        settings.app_env,
        source.describe()
    );
    for entry in entries {
        let _ = writeln!(out, "{} = {}", entry.key, entry.value);
    }
    ExitCode::SUCCESS
}

fn serve() -> ExitCode {
    let settings = match Settings::load(&Sources::from_process()) {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("callshadow: {error}");
            return ExitCode::from(2);
        }
    };
    if let Err(error) = telemetry::init(&settings.log, std::io::stderr) {
        eprintln!("callshadow: {error:#}");
        return ExitCode::FAILURE;
    }
    for warning in &settings.warnings {
        tracing::warn!("{warning}");
    }
    raise_open_files_limit();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("callshadow: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run_server(settings)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(
                error = format!("{error:#}"),
                "callshadow stopped on an error"
            );
            eprintln!("callshadow: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Every connection is a file descriptor: raises the soft open-files limit to
/// the hard limit, so the server is not capped at the usual 1024.
fn raise_open_files_limit() {
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) => tracing::info!(open_files_limit = limit, "open-files limit raised"),
        Err(error) => tracing::warn!(error = %error, "cannot raise the open-files limit"),
    }
}

async fn run_server(settings: Settings) -> anyhow::Result<()> {
    let app = Application::build(settings).await?;
    let shutdown = app.shutdown_token();
    tokio::spawn(async move {
        wait_for_signal().await;
        tracing::info!("shutdown signal received");
        shutdown.cancel();
    });
    app.run_until_stopped().await
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
async fn wait_for_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
