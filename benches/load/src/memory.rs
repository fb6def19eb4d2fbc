//! `memory`: K sessions each given a full memory (50 messages by default), all
//! kept connected: the server's RSS per idle connection, per session with its
//! memory, and the memory part alone.

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::sync::Semaphore;
use tokio::time::Instant;

use crate::conn::{self, FrameCounts, Target, Ws, count, failure_kind, merge_counts};
use crate::procs;
use crate::report::{self, Report, opt, row};
use crate::stats::{per_item, round3};

/// `memory` options.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The WebSocket URL.
    #[arg(long, default_value = "ws://127.0.0.1:8000/ws/conversation")]
    pub url: String,
    /// Sessions (K), one connection each.
    #[arg(short = 'k', long, default_value_t = 1_000)]
    pub sessions: usize,
    /// Messages sent per session (MAX_MEMORY_MESSAGES is 50 by default).
    #[arg(short = 'm', long, default_value_t = 50)]
    pub messages: u64,
    /// Loopback source addresses to spread connections over.
    #[arg(long, default_value_t = 4)]
    pub sources: usize,
    /// Connections being opened at once.
    #[arg(long, default_value_t = 64)]
    pub concurrency: usize,
    /// Sessions being filled at once: the server's transient memory (prompts,
    /// request bodies) is then shared by many sessions rather than counted per
    /// session as if all of them were answered at the same instant.
    #[arg(long, default_value_t = 50)]
    pub fill_concurrency: usize,
    /// The server's process id, to read its RSS.
    #[arg(long)]
    pub server_pid: Option<u32>,
    /// Wait before each RSS reading, in milliseconds.
    #[arg(long, default_value_t = 2_000)]
    pub settle_ms: u64,
    /// Longest wait for a connection or an answer, in milliseconds.
    #[arg(long, default_value_t = 10_000)]
    pub timeout_ms: u64,
}

/// The result of a `memory` run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MemoryReport {
    /// Always `memory`.
    pub mode: &'static str,
    /// The server measured.
    pub server: String,
    /// Sessions asked for.
    pub sessions: usize,
    /// Sessions that got their `session_init`.
    pub opened: usize,
    /// Sessions whose every message was answered.
    pub filled: usize,
    /// Messages sent per session.
    pub messages_per_session: u64,
    /// Messages answered.
    pub answered: u64,
    /// Failures (connections and messages) by kind.
    pub failure_kinds: FrameCounts,
    /// Frames received while filling, by type.
    pub frames: FrameCounts,
    /// Time to fill every session, seconds.
    pub fill_s: f64,
    /// Server RSS before any connection, KiB.
    pub rss_idle_kib: Option<u64>,
    /// With the sessions connected, empty, KiB.
    pub rss_connected_kib: Option<u64>,
    /// With every session's memory full, KiB.
    pub rss_filled_kib: Option<u64>,
    /// (connected − idle) / opened: one idle connection and its empty session.
    pub per_connection_kib: Option<f64>,
    /// (filled − idle) / filled: a connected session with its full memory.
    pub per_session_kib: Option<f64>,
    /// (filled − connected) / filled: the memory part alone.
    pub memory_per_session_kib: Option<f64>,
}

impl Report for MemoryReport {
    fn title(&self) -> String {
        format!("memory: {}", self.server)
    }

    fn rows(&self) -> Vec<[String; 2]> {
        let kib = |v: Option<u64>| opt(v.map(|v| v as f64));
        vec![
            row("sessions", self.sessions),
            row(
                "opened / filled",
                format!("{} / {}", self.opened, self.filled),
            ),
            row("messages/session", self.messages_per_session),
            row("answered", self.answered),
            row("failures", report::counts(&self.failure_kinds)),
            row("frames", report::counts(&self.frames)),
            row("fill s", self.fill_s),
            row(
                "RSS idle/connected/filled KiB",
                format!(
                    "{} / {} / {}",
                    kib(self.rss_idle_kib),
                    kib(self.rss_connected_kib),
                    kib(self.rss_filled_kib)
                ),
            ),
            row("per connection KiB", opt(self.per_connection_kib)),
            row("per session, full memory KiB", opt(self.per_session_kib)),
            row(
                "memory part per session KiB",
                opt(self.memory_per_session_kib),
            ),
        ]
    }
}

/// Runs the mode against `args.url`, labelled `server`.
///
/// # Errors
/// When the URL cannot be resolved or the server's RSS cannot be read.
pub async fn run(args: &Args, server: &str) -> anyhow::Result<MemoryReport> {
    let target = Target::resolve(&args.url).await?;
    let settle = Duration::from_millis(args.settle_ms);
    let rss = || args.server_pid.map(procs::rss_kib).transpose();
    let mut report = MemoryReport {
        mode: "memory",
        server: server.to_owned(),
        sessions: args.sessions,
        messages_per_session: args.messages,
        rss_idle_kib: rss()?,
        ..MemoryReport::default()
    };
    let wait = Duration::from_millis(args.timeout_ms);
    let opened =
        conn::open_many(&target, args.sessions, args.sources, args.concurrency, wait).await;
    report.opened = opened.connections.len();
    report.failure_kinds = opened.failures;
    tokio::time::sleep(settle).await;
    report.rss_connected_kib = rss()?;
    let start = Instant::now();
    let connections = fill(opened.connections, args, &mut report).await;
    report.fill_s = round3(start.elapsed().as_secs_f64());
    tokio::time::sleep(settle).await;
    report.rss_filled_kib = rss()?;
    drop(connections);
    if let (Some(idle), Some(connected), Some(filled)) = (
        report.rss_idle_kib,
        report.rss_connected_kib,
        report.rss_filled_kib,
    ) {
        let (idle, connected, filled) = (idle as i64, connected as i64, filled as i64);
        report.per_connection_kib = per_item(connected - idle, report.opened);
        report.per_session_kib = per_item(filled - idle, report.filled);
        report.memory_per_session_kib = per_item(filled - connected, report.filled);
    }
    Ok(report)
}

/// Sends every connection its messages, all connections at once; returns the
/// connections that are still open, to keep them until the RSS is read.
async fn fill(connections: Vec<Ws>, args: &Args, report: &mut MemoryReport) -> Vec<Ws> {
    let wait = Duration::from_millis(args.timeout_ms);
    let messages = args.messages;
    let permits = Arc::new(Semaphore::new(args.fill_concurrency.max(1)));
    let tasks: Vec<_> = connections
        .into_iter()
        .map(|mut ws| {
            let permits = Arc::clone(&permits);
            tokio::spawn(async move {
                let _permit = permits.acquire_owned().await;
                let mut frames = FrameCounts::new();
                for i in 1..=messages {
                    if let Err(error) = conn::exchange(&mut ws, i, wait, &mut frames).await {
                        return (None, frames, i - 1, Some(failure_kind(&error)));
                    }
                }
                (Some(ws), frames, messages, None)
            })
        })
        .collect();
    let mut kept = Vec::with_capacity(tasks.len());
    for task in tasks {
        let Ok((ws, frames, answered, failure)) = task.await else {
            count(&mut report.failure_kinds, "task_failed");
            continue;
        };
        report.answered += answered;
        merge_counts(&mut report.frames, &frames);
        if let Some(kind) = failure {
            count(&mut report.failure_kinds, kind);
        }
        if let Some(ws) = ws {
            kept.push(ws);
        }
    }
    report.filled = kept.len();
    kept
}
