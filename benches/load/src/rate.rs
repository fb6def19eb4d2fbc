//! `rate`: every session sends at a fixed rate, above what the LLM can answer,
//! for a fixed time. For each message, the delay until the frame that covers it
//! (its own answer, or in `latest` mode the answer its `ack` points to), overall
//! and per slice of the run, to show whether it grows.

use std::sync::Arc;
use std::time::Duration;

use anyhow::bail;
use futures_util::{SinkExt, StreamExt};
use serde::Serialize;
use tokio::sync::Barrier;
use tokio::time::{Instant, MissedTickBehavior};
use tokio_tungstenite::tungstenite::Message;

use crate::conn::{self, FrameCounts, Target, Ws, count, failure_kind, merge_counts};
use crate::coverage::{Coverage, Slice, summarize_slices};
use crate::report::{self, Report, row};
use crate::stats::{Latencies, Summary};

/// `rate` options.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The WebSocket URL.
    #[arg(long, default_value = "ws://127.0.0.1:8000/ws/conversation")]
    pub url: String,
    /// Sessions sending at once.
    #[arg(short = 's', long, default_value_t = 20)]
    pub sessions: usize,
    /// Messages per second, per session.
    #[arg(short = 'r', long, default_value_t = 25.0)]
    pub rate: f64,
    /// How long each session sends, in seconds.
    #[arg(short = 'd', long, default_value_t = 20.0)]
    pub duration_s: f64,
    /// Length of the slices delays are grouped by, in seconds.
    #[arg(long, default_value_t = 5.0)]
    pub slice_s: f64,
    /// After the last message, longest wait for the remaining coverage, in ms.
    #[arg(long, default_value_t = 10_000)]
    pub drain_ms: u64,
    /// Longest wait for a connection, in milliseconds.
    #[arg(long, default_value_t = 10_000)]
    pub timeout_ms: u64,
}

/// The result of a `rate` run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RateReport {
    /// Always `rate`.
    pub mode: &'static str,
    /// The server measured (with its suggestion mode in `all`).
    pub server: String,
    /// Sessions sending at once.
    pub sessions: usize,
    /// Messages per second per session.
    pub rate_per_session: f64,
    /// Sending time, seconds.
    pub duration_s: f64,
    /// Messages sent.
    pub sent: u64,
    /// Messages covered by a frame.
    pub covered: u64,
    /// Messages sent and never covered.
    pub uncovered: u64,
    /// Frames naming a message never sent.
    pub unknown_frames: u64,
    /// Failures by kind.
    pub failure_kinds: FrameCounts,
    /// Frames received, by type.
    pub frames: FrameCounts,
    /// Delay from each message to the frame that covers it.
    pub delay: Summary,
    /// The same, by the slice of the run the message was sent in.
    pub slices: Vec<Slice>,
    /// Largest p99 over the slices, ms.
    pub worst_slice_p99_ms: f64,
}

impl Report for RateReport {
    fn title(&self) -> String {
        format!("rate: {}", self.server)
    }

    fn rows(&self) -> Vec<[String; 2]> {
        let mut rows = vec![
            row(
                "sessions x rate",
                format!(
                    "{} x {}/s for {} s",
                    self.sessions, self.rate_per_session, self.duration_s
                ),
            ),
            row(
                "sent / covered / uncovered",
                format!("{} / {} / {}", self.sent, self.covered, self.uncovered),
            ),
            row("failures", report::counts(&self.failure_kinds)),
            row("frames", report::counts(&self.frames)),
            row("delay p50 ms", self.delay.p50_ms),
            row("delay p99 ms", self.delay.p99_ms),
            row("delay max ms", self.delay.max_ms),
        ];
        rows.extend(self.slices.iter().map(|s| {
            row(
                &format!("p99 ms, sent {}-{} s", s.from_s, s.to_s),
                format!(
                    "{} (n={}, max {})",
                    s.delay.p99_ms, s.delay.count, s.delay.max_ms
                ),
            )
        }));
        rows
    }
}

/// Runs the mode against `args.url`, labelled `server`.
///
/// # Errors
/// When the URL cannot be resolved or the options are out of range.
pub async fn run(args: &Args, server: &str) -> anyhow::Result<RateReport> {
    if !(args.rate > 0.0 && args.duration_s > 0.0 && args.slice_s > 0.0) {
        bail!("--rate, --duration-s and --slice-s must be positive");
    }
    let target = Target::resolve(&args.url).await?;
    let gate = Arc::new(Barrier::new(args.sessions));
    let tasks: Vec<_> = (0..args.sessions)
        .map(|i| tokio::spawn(session(target.clone(), args.clone(), i, Arc::clone(&gate))))
        .collect();
    let mut report = RateReport {
        mode: "rate",
        server: server.to_owned(),
        sessions: args.sessions,
        rate_per_session: args.rate,
        duration_s: args.duration_s,
        ..RateReport::default()
    };
    let mut overall = Latencies::default();
    let mut slices: Vec<Latencies> = Vec::new();
    for task in tasks {
        let Ok((coverage, failure)) = task.await else {
            count(&mut report.failure_kinds, "task_failed");
            continue;
        };
        if let Some(kind) = failure {
            count(&mut report.failure_kinds, kind);
        }
        if let Some(coverage) = coverage {
            add_session(&mut report, &mut overall, &mut slices, &coverage);
        }
    }
    report.covered = overall.len();
    report.delay = overall.summary();
    report.slices = summarize_slices(&slices, Duration::from_secs_f64(args.slice_s));
    report.worst_slice_p99_ms = report
        .slices
        .iter()
        .map(|s| s.delay.p99_ms)
        .fold(0.0, f64::max);
    Ok(report)
}

/// Adds one session's coverage to the totals.
fn add_session(
    report: &mut RateReport,
    overall: &mut Latencies,
    slices: &mut Vec<Latencies>,
    coverage: &Coverage,
) {
    report.sent += coverage.sent_count();
    report.uncovered += coverage.uncovered();
    report.unknown_frames += coverage.unknown;
    merge_counts(&mut report.frames, &coverage.frames);
    overall.merge(&coverage.overall);
    if slices.len() < coverage.slices.len() {
        slices.resize_with(coverage.slices.len(), Latencies::default);
    }
    for (total, slice) in slices.iter_mut().zip(&coverage.slices) {
        total.merge(slice);
    }
}

/// One session: connect, wait for the others, send at the rate, read coverage.
async fn session(
    target: Target,
    args: Args,
    index: usize,
    gate: Arc<Barrier>,
) -> (Option<Coverage>, Option<String>) {
    let opened = conn::open(&target, None, Duration::from_millis(args.timeout_ms)).await;
    gate.wait().await;
    let ws = match opened {
        Ok(ws) => ws,
        Err(error) => return (None, Some(failure_kind(&error))),
    };
    let messages = (args.rate * args.duration_s).round() as u64;
    let start = Instant::now();
    let mut coverage = Coverage::new(start, Duration::from_secs_f64(args.slice_s), messages);
    let result = pump(ws, &args, index, messages, &mut coverage).await;
    (Some(coverage), result.err().map(|e| failure_kind(&e)))
}

/// Sends `messages` at the rate while reading frames, then reads until every
/// message is covered or the drain time is over.
async fn pump(
    ws: Ws,
    args: &Args,
    index: usize,
    messages: u64,
    coverage: &mut Coverage,
) -> anyhow::Result<()> {
    let period = Duration::from_secs_f64(1.0 / args.rate);
    // Sessions start spread over one period rather than all at once.
    let offset = period.mul_f64(index as f64 / args.sessions.max(1) as f64);
    let mut ticks = tokio::time::interval_at(Instant::now() + offset, period);
    ticks.set_missed_tick_behavior(MissedTickBehavior::Burst);
    let (mut sink, mut stream) = ws.split();
    let mut next = 1;
    let mut drain_until: Option<Instant> = None;
    loop {
        if next > messages {
            let wait = Duration::from_millis(args.drain_ms);
            let deadline = *drain_until.get_or_insert_with(|| Instant::now() + wait);
            if coverage.uncovered() == 0 || Instant::now() >= deadline {
                return Ok(());
            }
        }
        let draining = drain_until.is_some();
        let deadline = drain_until.unwrap_or_else(Instant::now);
        tokio::select! {
            _ = ticks.tick(), if !draining => {
                coverage.sent(next, Instant::now());
                sink.send(conn::utterance(next)).await?;
                next += 1;
            }
            message = stream.next() => match message {
                Some(Ok(Message::Text(text))) => {
                    let frame = serde_json::from_str(text.as_str())?;
                    coverage.on_frame(&frame, Instant::now());
                }
                Some(Ok(Message::Close(frame))) => bail!("{}", conn::closed(frame.as_ref())),
                None => bail!("closed"),
                Some(Err(error)) => return Err(error.into()),
                Some(Ok(_)) => {}
            },
            () = tokio::time::sleep_until(deadline), if draining => {}
        }
    }
}
