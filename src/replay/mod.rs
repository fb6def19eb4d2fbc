//! `callshadow replay FILE... --url WS_URL`: plays recorded conversations
//! (JSON lines, [`script`]) through a server with their timing, prints a
//! readable transcript or the frames as JSON lines ([`report`]), and checks
//! that the server keeps the protocol ([`checker`], [`schema`]).
//!
//! Exit codes: 0 every file played and every message answered; 1 the server
//! broke the protocol (the frame is named); 2 a file or an argument is
//! unusable, or the server refused a line (`VALIDATION_ERROR`); 3 the
//! connection could not be opened or ended early.

pub mod checker;
pub mod play;
pub mod report;
pub mod schema;
pub mod script;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use self::play::Failure;
use self::report::Report;
use self::script::Script;

/// Every file played and every message answered.
pub const EXIT_OK: u8 = 0;
/// The server broke the protocol.
pub const EXIT_VIOLATION: u8 = 1;
/// A file or an argument is unusable, or the server refused a line.
pub const EXIT_BAD_INPUT: u8 = 2;
/// The connection could not be opened, or ended before the last answer.
pub const EXIT_CONNECTION: u8 = 3;

/// The server's `SUGGESTION_MODE`, which decides what counts as in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    /// One answer per message, in `seq` order.
    Every,
    /// `ack`s answer messages folded into a later call; no order is checked.
    Latest,
}

/// The arguments of `callshadow replay`.
#[derive(Debug, Clone, clap::Args)]
pub struct ReplayArgs {
    /// Conversation files: JSON lines, one client message a line, with an
    /// optional `delay_ms` to wait before it. Each file is played on its own
    /// connection (a new session), one after the other.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The server's WebSocket URL, such as ws://127.0.0.1:8000/ws/conversation.
    #[arg(long)]
    pub url: String,
    /// Plays the delays this many times faster (0.5 is half speed).
    #[arg(long, default_value_t = 1.0, value_parser = positive)]
    pub speed: f64,
    /// Prints every frame received as a JSON line, then the summary as the last line.
    #[arg(long)]
    pub json: bool,
    /// The client key or JWT, when the server requires client auth (sent as
    /// `Authorization: Bearer`).
    #[arg(long)]
    pub token: Option<String>,
    /// The server's SUGGESTION_MODE: in `latest`, acks answer messages and the
    /// order of answers is not checked.
    #[arg(long, value_enum, default_value_t = Mode::Every)]
    pub mode: Mode,
    /// Seconds of silence, while answers are due, before an answer counts as missing.
    #[arg(long, default_value_t = 30.0, value_parser = positive)]
    pub timeout: f64,
    /// Seconds to wait after the last answer for a trailing `closing` frame.
    #[arg(long, default_value_t = 1.0, value_parser = non_negative)]
    pub linger: f64,
}

fn positive(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(x) if x.is_finite() && x > 0.0 => Ok(x),
        _ => Err(format!("{text:?} is not a positive number")),
    }
}

fn non_negative(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(x) if x.is_finite() && x >= 0.0 => Ok(x),
        _ => Err(format!("{text:?} is not a number of seconds")),
    }
}

/// Runs `callshadow replay` with `args` on its own runtime; the exit code.
#[must_use]
pub fn main(args: &ReplayArgs) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("callshadow replay: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    ExitCode::from(runtime.block_on(run(args, &mut out, &mut err)))
}

/// Plays every file of `args` in turn, writing the transcript (or the frames)
/// and the summary to `out` and what went wrong to `err`; returns the exit code.
pub async fn run(args: &ReplayArgs, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let scripts: Result<Vec<Script>, _> = args.files.iter().map(|p| Script::load(p)).collect();
    let scripts = match scripts {
        Ok(scripts) => scripts,
        Err(error) => {
            let _ = writeln!(err, "callshadow replay: {error}");
            return EXIT_BAD_INPUT;
        }
    };
    let mut report = Report::new(out, args.json);
    let mut failure = None;
    for script in &scripts {
        report.file(&script.path.display().to_string());
        if let Err(error) = play::play(script, args, &mut report).await {
            failure = Some(error);
            break;
        }
    }
    finish(&mut report, failure.as_ref(), err)
}

/// Writes the summary and the failure; the exit code they make.
fn finish(report: &mut Report<'_>, failure: Option<&Failure>, err: &mut dyn Write) -> u8 {
    let message = failure.map(ToString::to_string);
    report.finish(message.as_deref());
    if let Some(message) = &message {
        let _ = writeln!(err, "callshadow replay: {message}");
    }
    let refused = &report.summary.refused;
    if failure.is_none() && !refused.is_empty() {
        let _ = writeln!(
            err,
            "callshadow replay: the server refused line(s) {} (VALIDATION_ERROR, shown above)",
            refused.join(", ")
        );
    }
    match failure {
        Some(Failure::Protocol(_)) => EXIT_VIOLATION,
        Some(Failure::Connection(_)) => EXIT_CONNECTION,
        None if !refused.is_empty() => EXIT_BAD_INPUT,
        None => EXIT_OK,
    }
}
