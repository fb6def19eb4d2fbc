//! `hold`: N idle connections, spread over loopback source addresses
//! (127.0.0.1, .2, ...) so the client does not run out of ephemeral ports. How
//! many are held, how fast they open, and the server's RSS per connection.

use std::time::Duration;

use futures_util::{FutureExt, StreamExt};
use serde::Serialize;
use serde_json::Value;
use tokio_tungstenite::tungstenite::Message;

use crate::conn::{self, FrameCounts, Target, Ws};
use crate::procs;
use crate::report::{self, Report, opt, row};
use crate::stats::{per_item, round3};

/// `hold` options.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The WebSocket URL.
    #[arg(long, default_value = "ws://127.0.0.1:8000/ws/conversation")]
    pub url: String,
    /// Connections to open and hold (N).
    #[arg(short = 'n', long, default_value_t = 20_000)]
    pub connections: usize,
    /// Loopback source addresses to spread them over (0: let the system choose).
    #[arg(long, default_value_t = 16)]
    pub sources: usize,
    /// Connections being opened at once.
    #[arg(long, default_value_t = 256)]
    pub concurrency: usize,
    /// The server's process id, to read its RSS (without it, no RSS is reported).
    #[arg(long)]
    pub server_pid: Option<u32>,
    /// Wait after the last connection before reading the RSS, in milliseconds.
    #[arg(long, default_value_t = 2_000)]
    pub settle_ms: u64,
    /// Longest wait for one connection's `session_init`, in milliseconds.
    #[arg(long, default_value_t = 10_000)]
    pub timeout_ms: u64,
}

/// The result of a `hold` run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct HoldReport {
    /// Always `hold`.
    pub mode: &'static str,
    /// The server measured.
    pub server: String,
    /// Connections asked for.
    pub requested: usize,
    /// Connections attempted: fewer than requested when this tool's
    /// open-files limit does not allow them all.
    pub attempted: usize,
    /// Connections that got their `session_init`.
    pub opened: usize,
    /// Of those, still open after the settle time.
    pub held: usize,
    /// Connections that failed to open, by kind.
    pub failure_kinds: FrameCounts,
    /// From the first connect to the last `session_init`, seconds.
    pub connect_s: f64,
    /// Connections opened per second.
    pub connect_rate_per_s: f64,
    /// Sessions the server reports (`GET /ws/sessions`), when it has that route.
    pub server_sessions: Option<u64>,
    /// Server RSS before any connection, KiB.
    pub rss_idle_kib: Option<u64>,
    /// Server RSS with the connections held, KiB.
    pub rss_held_kib: Option<u64>,
    /// (held − idle) / held, KiB.
    pub rss_per_connection_kib: Option<f64>,
    /// Server RSS a few seconds after every connection closed, KiB.
    pub rss_after_close_kib: Option<u64>,
    /// The server's open-files limit.
    pub server_fd_limit: Option<u64>,
    /// This tool's open-files limit.
    pub client_fd_limit: u64,
}

impl Report for HoldReport {
    fn title(&self) -> String {
        format!("hold: {}", self.server)
    }

    fn rows(&self) -> Vec<[String; 2]> {
        let kib = |v: Option<u64>| opt(v.map(|v| v as f64));
        vec![
            row(
                "requested / attempted",
                format!("{} / {}", self.requested, self.attempted),
            ),
            row("opened", self.opened),
            row("held after settle", self.held),
            row("failures", report::counts(&self.failure_kinds)),
            row("connect s", self.connect_s),
            row("connect rate /s", self.connect_rate_per_s),
            row(
                "server sessions",
                opt(self.server_sessions.map(|v| v as f64)),
            ),
            row("RSS idle KiB", kib(self.rss_idle_kib)),
            row("RSS held KiB", kib(self.rss_held_kib)),
            row("RSS per connection KiB", opt(self.rss_per_connection_kib)),
            row("RSS after close KiB", kib(self.rss_after_close_kib)),
            row(
                "fd limit server/client",
                format!("{}/{}", kib(self.server_fd_limit), self.client_fd_limit),
            ),
        ]
    }
}

/// Runs the mode against `args.url`, labelled `server`.
///
/// # Errors
/// When the URL cannot be resolved or the server's RSS cannot be read.
pub async fn run(args: &Args, server: &str) -> anyhow::Result<HoldReport> {
    let target = Target::resolve(&args.url).await?;
    let rss = |pid: Option<u32>| pid.map(procs::rss_kib).transpose();
    let mut report = HoldReport {
        mode: "hold",
        server: server.to_owned(),
        requested: args.connections,
        rss_idle_kib: rss(args.server_pid)?,
        server_fd_limit: args.server_pid.and_then(procs::fd_limit),
        client_fd_limit: procs::raise_fd_limit(),
        ..HoldReport::default()
    };
    let wait = Duration::from_millis(args.timeout_ms);
    report.attempted = affordable(args.connections, report.client_fd_limit);
    let opened = conn::open_many(
        &target,
        report.attempted,
        args.sources,
        args.concurrency,
        wait,
    )
    .await;
    let mut connections = opened.connections;
    report.opened = connections.len();
    report.failure_kinds = opened.failures;
    report.connect_s = round3(opened.elapsed.as_secs_f64());
    if report.connect_s > 0.0 {
        report.connect_rate_per_s = round3(report.opened as f64 / report.connect_s);
    }
    tokio::time::sleep(Duration::from_millis(args.settle_ms)).await;
    report.rss_held_kib = rss(args.server_pid)?;
    report.held = connections
        .iter_mut()
        .map(is_open)
        .filter(|open| *open)
        .count();
    report.server_sessions = server_sessions(&target).await;
    if let (Some(idle), Some(held)) = (report.rss_idle_kib, report.rss_held_kib) {
        report.rss_per_connection_kib = per_item(held as i64 - idle as i64, report.held);
    }
    drop(connections);
    tokio::time::sleep(Duration::from_millis(args.settle_ms)).await;
    report.rss_after_close_kib = rss(args.server_pid)?;
    Ok(report)
}

/// How many of `requested` connections this process can open, saying so when
/// its open-files limit does not allow them all.
fn affordable(requested: usize, limit: u64) -> usize {
    let room = usize::try_from(procs::free_fds()).unwrap_or(usize::MAX);
    if room < requested {
        eprintln!(
            "hold: this tool's open-files limit ({limit}) allows {room} connections of the {requested} requested"
        );
    }
    requested.min(room)
}

/// Whether the connection is still open, without waiting.
fn is_open(ws: &mut Ws) -> bool {
    loop {
        match ws.next().now_or_never() {
            None => return true,
            Some(Some(Ok(Message::Text(_) | Message::Ping(_) | Message::Pong(_)))) => {}
            Some(_) => return false,
        }
    }
}

/// The session count from callshadow's operator route, if it answers.
async fn server_sessions(target: &Target) -> Option<u64> {
    let url = format!("http://{}/ws/sessions?limit=1", target.address);
    let response = reqwest::get(url).await.ok()?.error_for_status().ok()?;
    let body: Value = response.json().await.ok()?;
    body["total"].as_u64()
}
