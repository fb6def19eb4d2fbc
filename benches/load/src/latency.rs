//! `latency`: C connections each send M messages, one at a time, waiting for
//! each answer. Throughput (answers per second over the measured window) and
//! the client-side round-trip time of every message.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio::sync::Barrier;
use tokio::time::Instant;

use crate::conn::{self, FrameCounts, Target, count, failure_kind, merge_counts};
use crate::procs;
use crate::report::{self, Report, row};
use crate::stats::{Latencies, Summary, round3};

/// `latency` options.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The WebSocket URL.
    #[arg(long, default_value = "ws://127.0.0.1:8000/ws/conversation")]
    pub url: String,
    /// Connections at once (C).
    #[arg(short = 'c', long, default_value_t = 50)]
    pub connections: usize,
    /// Messages measured per connection (M).
    #[arg(short = 'm', long, default_value_t = 200)]
    pub messages: u64,
    /// Messages per connection sent first and not measured.
    #[arg(long, default_value_t = 20)]
    pub warmup: u64,
    /// Longest wait for a connection or an answer, in milliseconds.
    #[arg(long, default_value_t = 10_000)]
    pub timeout_ms: u64,
    /// The server's process id, to report its CPU time per message.
    #[arg(long)]
    pub server_pid: Option<u32>,
    /// The LLM's process id, to report its CPU time per message.
    #[arg(long)]
    pub llm_pid: Option<u32>,
    /// JSONL files (a `text` per line) to make every message new text from
    /// (see `conn::use_texts_from`); none: four fixed texts in turn.
    #[arg(long, num_args = 1..)]
    pub texts_from: Vec<PathBuf>,
}

/// CPU time per answered message, in microseconds, by process.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct CpuPerMessage {
    /// The server measured.
    pub server_us: Option<f64>,
    /// The fake LLM.
    pub llm_us: Option<f64>,
    /// This load generator.
    pub client_us: Option<f64>,
    /// The server's threads going to sleep (a runtime thread with nothing to
    /// do; each one a wake-up later), per message.
    pub server_voluntary_switches: Option<f64>,
    /// The server's threads preempted, per message.
    pub server_involuntary_switches: Option<f64>,
}

/// CPU seconds used so far by the server, the LLM and this process, and the
/// server's context switches (voluntary, involuntary).
#[derive(Debug, Clone, Copy)]
struct CpuClock([Option<f64>; 3], Option<[u64; 2]>);

impl CpuClock {
    fn read(args: &Args) -> Self {
        let of = |pid: Option<u32>| pid.and_then(procs::cpu_seconds);
        Self(
            [of(args.server_pid), of(args.llm_pid), procs::cpu_seconds(0)],
            args.server_pid.and_then(procs::context_switches),
        )
    }

    /// Seconds used and the server's switches since `earlier` (NaN: unknown).
    fn since(self, earlier: Self) -> ([f64; 3], [f64; 2]) {
        let mut used = [0.0; 3];
        for (i, slot) in used.iter_mut().enumerate() {
            *slot = match (self.0[i], earlier.0[i]) {
                (Some(now), Some(then)) => now - then,
                _ => f64::NAN,
            };
        }
        let switches = match (self.1, earlier.1) {
            (Some(now), Some(then)) => [0, 1].map(|i| now[i].saturating_sub(then[i]) as f64),
            _ => [f64::NAN; 2],
        };
        (used, switches)
    }
}

/// The result of one or more `latency` runs.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LatencyReport {
    /// Always `latency`.
    pub mode: &'static str,
    /// The server measured (`callshadow`, `relay`, or `target`).
    pub server: String,
    /// Runs merged into this report.
    pub rounds: u32,
    /// Connections at once.
    pub connections: usize,
    /// Messages measured per connection.
    pub messages_per_connection: u64,
    /// Whether every message was new text (`--texts-from`), not the fixed four.
    pub new_text: bool,
    /// Messages answered in the measured window.
    pub answered: u64,
    /// Messages not answered (connection failed, timeout, close).
    pub failed: u64,
    /// Failures by kind.
    pub failure_kinds: FrameCounts,
    /// Measured window, seconds (summed over rounds).
    pub duration_s: f64,
    /// Answers per second.
    pub messages_per_s: f64,
    /// Client-side round-trip time per message.
    pub rtt: Summary,
    /// Frames received in the measured window, by type.
    pub frames: FrameCounts,
    /// CPU time per answered message (where the process ids were given).
    pub cpu_per_message: CpuPerMessage,
    #[serde(skip)]
    histogram: Latencies,
    /// CPU seconds used in the measured window: server, LLM, client.
    #[serde(skip)]
    cpu_seconds: [f64; 3],
    /// The server's context switches in the measured window: voluntary, involuntary.
    #[serde(skip)]
    switches: [f64; 2],
}

impl LatencyReport {
    /// Adds another run of the same server.
    pub fn merge(&mut self, other: &Self) {
        self.rounds += other.rounds;
        self.answered += other.answered;
        self.failed += other.failed;
        merge_counts(&mut self.failure_kinds, &other.failure_kinds);
        merge_counts(&mut self.frames, &other.frames);
        self.histogram.merge(&other.histogram);
        self.duration_s = round3(self.duration_s + other.duration_s);
        for (total, used) in self.cpu_seconds.iter_mut().zip(other.cpu_seconds) {
            *total += used;
        }
        for (total, more) in self.switches.iter_mut().zip(other.switches) {
            *total += more;
        }
        self.finish();
    }

    fn finish(&mut self) {
        let per_message = |total: f64| {
            (total.is_finite() && self.answered > 0).then(|| round3(total / self.answered as f64))
        };
        let [server, llm, client] = self.cpu_seconds.map(|seconds| per_message(seconds * 1e6));
        let [voluntary, involuntary] = self.switches.map(per_message);
        self.cpu_per_message = CpuPerMessage {
            server_us: server,
            llm_us: llm,
            client_us: client,
            server_voluntary_switches: voluntary,
            server_involuntary_switches: involuntary,
        };
        self.rtt = self.histogram.summary();
        self.messages_per_s = if self.duration_s > 0.0 {
            round3(self.answered as f64 / self.duration_s)
        } else {
            0.0
        };
    }
}

impl Report for LatencyReport {
    fn title(&self) -> String {
        format!("latency: {}", self.server)
    }

    fn rows(&self) -> Vec<[String; 2]> {
        vec![
            row("connections", self.connections),
            row("messages/connection", self.messages_per_connection),
            row("rounds", self.rounds),
            row("answered", self.answered),
            row("failed", self.failed),
            row("messages/s", self.messages_per_s),
            row("rtt p50 ms", self.rtt.p50_ms),
            row("rtt p90 ms", self.rtt.p90_ms),
            row("rtt p99 ms", self.rtt.p99_ms),
            row("rtt max ms", self.rtt.max_ms),
            row("frames", report::counts(&self.frames)),
            row("failures", report::counts(&self.failure_kinds)),
            row(
                "CPU us/message server",
                report::opt(self.cpu_per_message.server_us),
            ),
            row(
                "CPU us/message LLM",
                report::opt(self.cpu_per_message.llm_us),
            ),
            row(
                "CPU us/message client",
                report::opt(self.cpu_per_message.client_us),
            ),
            row(
                "server switches/message voluntary",
                report::opt(self.cpu_per_message.server_voluntary_switches),
            ),
            row(
                "server switches/message involuntary",
                report::opt(self.cpu_per_message.server_involuntary_switches),
            ),
        ]
    }
}

/// What one connection measured.
#[derive(Default)]
struct Outcome {
    histogram: Latencies,
    frames: FrameCounts,
    failures: FrameCounts,
    answered: u64,
    failed: u64,
    end: Option<Instant>,
}

/// Runs the mode once against `args.url`, labelled `server`.
///
/// # Errors
/// When the URL cannot be resolved.
pub async fn run(args: &Args, server: &str) -> anyhow::Result<LatencyReport> {
    let target = Target::resolve(&args.url).await?;
    conn::use_texts_from(&args.texts_from)?;
    let gate = Arc::new(Barrier::new(args.connections + 1));
    let tasks: Vec<_> = (0..args.connections)
        .map(|_| tokio::spawn(drive(target.clone(), args.clone(), Arc::clone(&gate))))
        .collect();
    gate.wait().await;
    let start = Instant::now();
    let cpu_start = CpuClock::read(args);
    let mut report = LatencyReport {
        mode: "latency",
        server: server.to_owned(),
        rounds: 1,
        connections: args.connections,
        messages_per_connection: args.messages,
        new_text: !args.texts_from.is_empty(),
        ..LatencyReport::default()
    };
    let mut end = start;
    for task in tasks {
        let Ok(outcome) = task.await else {
            count(&mut report.failure_kinds, "task_failed");
            continue;
        };
        end = end.max(outcome.end.unwrap_or(start));
        report.answered += outcome.answered;
        report.failed += outcome.failed;
        report.histogram.merge(&outcome.histogram);
        merge_counts(&mut report.frames, &outcome.frames);
        merge_counts(&mut report.failure_kinds, &outcome.failures);
    }
    (report.cpu_seconds, report.switches) = CpuClock::read(args).since(cpu_start);
    report.duration_s = round3((end - start).as_secs_f64());
    report.finish();
    Ok(report)
}

/// One connection: connect, warm up, wait for the others, then measure.
async fn drive(target: Target, args: Args, gate: Arc<Barrier>) -> Outcome {
    let wait = Duration::from_millis(args.timeout_ms);
    let mut outcome = Outcome::default();
    let mut ws = conn::open(&target, None, wait).await;
    if let Ok(socket) = &mut ws {
        let mut scratch = FrameCounts::new();
        for i in 1..=args.warmup {
            if let Err(error) = conn::exchange(socket, i, wait, &mut scratch).await {
                ws = Err(error);
                break;
            }
        }
    }
    gate.wait().await;
    let mut ws = match ws {
        Ok(ws) => ws,
        Err(error) => {
            count(&mut outcome.failures, failure_kind(&error));
            outcome.failed = args.messages;
            return outcome;
        }
    };
    let first = args.warmup + 1;
    for i in first..first + args.messages {
        match conn::exchange(&mut ws, i, wait, &mut outcome.frames).await {
            Ok(rtt) => {
                outcome.histogram.record(rtt);
                outcome.answered += 1;
            }
            Err(error) => {
                count(&mut outcome.failures, failure_kind(&error));
                outcome.failed += first + args.messages - i;
                break;
            }
        }
    }
    outcome.end = Some(Instant::now());
    outcome
}
