//! The summary of `all`: the machine, callshadow against the relay measured in
//! the same run, and PASS/FAIL for each target of issue 6 (and issue 10's for
//! Redis); issue 17's are checked in `goals`.

use serde::Serialize;

use crate::goals::{self, HoldFigures};
use crate::hold::HoldReport;
use crate::holds::HoldRound;
use crate::latency::{CpuPerMessage, LatencyReport};
use crate::memory::MemoryReport;
use crate::rate::RateReport;
use crate::report::{self, Report};
use crate::stats::round3;
use crate::store::StoreReport;

/// `latency`: callshadow's messages/s as a share of the relay's, at least.
const MIN_THROUGHPUT_RATIO: f64 = 0.80;
/// `latency`: callshadow's p99 minus the relay's, at most (ms).
const MAX_ADDED_P99_MS: f64 = 2.0;
/// `hold`: idle sessions held at once, at least.
const HOLD_TARGET: usize = 20_000;
/// `hold`: RSS per idle connection, at most (KiB).
const MAX_KIB_PER_CONNECTION: f64 = 16.0;
/// `memory`: RSS per session with 50 messages, at most (KiB).
const MAX_KIB_PER_SESSION: f64 = 64.0;
/// `rate`, `latest` mode: p99 delay to coverage in every slice, at most, in
/// LLM latencies.
const MAX_DELAY_IN_CALLS: f64 = 2.2;
/// `redis`: server CPU per message on Redis over in memory, at most.
const MAX_REDIS_CPU_RATIO: f64 = 1.25;
/// `redis`: p99 on Redis minus in memory, at most (ms).
const MAX_REDIS_ADDED_P99_MS: f64 = 1.0;
/// `redis`: a 50-message session's keys in Redis, at most (KiB).
const MAX_REDIS_SESSION_KIB: f64 = 24.0;

/// The machine the run was on, and how busy it was.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Machine {
    /// Logical CPUs.
    pub cpus: usize,
    /// CPU model.
    pub cpu_model: String,
    /// Total memory, KiB.
    pub memory_kib: u64,
    /// Kernel release.
    pub kernel: String,
    /// `/proc/loadavg` when read.
    pub loadavg: String,
}

impl Machine {
    /// Reads it from `/proc`.
    #[must_use]
    pub fn read() -> Self {
        let read = |path: &str| std::fs::read_to_string(path).unwrap_or_default();
        let field = |text: &str, name: &str| {
            text.lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split(':').nth(1))
                .map(|v| v.trim().to_owned())
                .unwrap_or_default()
        };
        let meminfo = read("/proc/meminfo");
        Self {
            cpus: std::thread::available_parallelism().map_or(0, usize::from),
            cpu_model: field(&read("/proc/cpuinfo"), "model name"),
            memory_kib: field(&meminfo, "MemTotal")
                .trim_end_matches("kB")
                .trim()
                .parse()
                .unwrap_or(0),
            kernel: read("/proc/sys/kernel/osrelease").trim().to_owned(),
            loadavg: read("/proc/loadavg").trim().to_owned(),
        }
    }
}

/// What the modes measured.
#[derive(Debug, Clone, Default)]
pub struct Results {
    /// callshadow, relay, at the target's connections.
    pub latency: Option<(LatencyReport, LatencyReport)>,
    /// callshadow, relay, at one connection.
    pub latency_single: Option<(LatencyReport, LatencyReport)>,
    /// callshadow, relay and callshadow on Redis, per round.
    pub hold: Vec<HoldRound>,
    /// callshadow.
    pub memory: Option<MemoryReport>,
    /// callshadow, `every` mode.
    pub rate_every: Option<RateReport>,
    /// callshadow, `latest` mode.
    pub rate_latest: Option<RateReport>,
    /// callshadow on Redis against callshadow in memory.
    pub store: Option<StoreReport>,
}

/// One target and how the run did against it.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    /// What is measured.
    pub target: String,
    /// The figure.
    pub measured: String,
    /// The bound.
    pub limit: String,
    /// Whether the figure is within the bound.
    pub pass: bool,
    /// Why it is not, when the cause is outside callshadow.
    pub note: Option<String>,
}

/// A side-by-side figure.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// What is compared.
    pub metric: String,
    /// callshadow's figure.
    pub callshadow: f64,
    /// The relay's figure.
    pub relay: f64,
    /// callshadow / relay.
    pub ratio: Option<f64>,
}

/// The summary line of `all`.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Always `summary`.
    pub mode: &'static str,
    /// The machine at the start.
    pub machine: Machine,
    /// `/proc/loadavg` at the end.
    pub loadavg_end: String,
    /// callshadow against the relay.
    pub comparisons: Vec<Comparison>,
    /// The targets of issue 6 (and issue 10's for Redis).
    pub checks: Vec<Check>,
    /// The targets of issue 17.
    pub goals: Vec<Check>,
}

impl Summary {
    /// Compares and checks the results.
    #[must_use]
    pub fn new(before: Machine, after: Machine, llm_latency_ms: u64, results: Results) -> Self {
        let mut comparisons = Vec::new();
        let mut checks = Vec::new();
        if let Some((ours, base)) = &results.latency {
            comparisons.extend(compare_latency(ours, base));
            checks.extend(check_latency(ours, base));
        }
        if let Some((ours, base)) = &results.latency_single {
            comparisons.extend(compare_latency(ours, base));
        }
        let hold = HoldFigures::new(&results.hold);
        if let (Some(first), Some(figures)) = (results.hold.first(), &hold) {
            comparisons.extend(compare_hold(figures));
            checks.extend(check_hold(&first.ours, figures));
        }
        if let Some(memory) = &results.memory {
            checks.push(check_memory(memory));
        }
        if let Some(latest) = &results.rate_latest {
            checks.push(check_rate(latest, llm_latency_ms));
        }
        if let Some(store) = &results.store {
            checks.extend(check_store(store));
        }
        Self {
            mode: "summary",
            machine: before,
            loadavg_end: after.loadavg,
            comparisons,
            checks,
            goals: goals::checks(&results, hold.as_ref()),
        }
    }

    /// Prints the JSON line and the tables.
    ///
    /// # Errors
    /// When stdout is closed.
    pub fn print(&self) -> anyhow::Result<()> {
        report::emit(self)?;
        let rows: Vec<Vec<String>> = self
            .comparisons
            .iter()
            .map(|c| {
                vec![
                    c.metric.clone(),
                    c.callshadow.to_string(),
                    c.relay.to_string(),
                    report::opt(c.ratio),
                ]
            })
            .collect();
        let table = report::render(&["metric", "callshadow", "relay", "ratio"], &rows);
        eprintln!("\ncallshadow against the bare relay (same run)\n{table}");
        let header = ["target", "measured", "limit", "result"];
        let rows: Vec<Vec<String>> = self.checks.iter().map(check_row).collect();
        let table = report::render(&header, &rows);
        eprintln!("\ntargets (issue 6; Redis: issue 10)\n{table}");
        let rows: Vec<Vec<String>> = self.goals.iter().map(check_row).collect();
        let table = report::render(&header, &rows);
        eprintln!("\ntargets (issue 17: closer to the bare relay)\n{table}");
        Ok(())
    }
}

impl Report for Summary {
    fn title(&self) -> String {
        "machine".to_owned()
    }

    fn rows(&self) -> Vec<[String; 2]> {
        let m = &self.machine;
        vec![
            report::row("cpus", m.cpus),
            report::row("cpu", &m.cpu_model),
            report::row("memory KiB", m.memory_kib),
            report::row("kernel", &m.kernel),
            report::row("loadavg start", &m.loadavg),
            report::row("loadavg end", &self.loadavg_end),
        ]
    }
}

fn check_row(check: &Check) -> Vec<String> {
    let result = match (&check.note, check.pass) {
        (_, true) => "PASS".to_owned(),
        (Some(note), false) => format!("FAIL ({note})"),
        (None, false) => "FAIL".to_owned(),
    };
    vec![
        check.target.clone(),
        check.measured.clone(),
        check.limit.clone(),
        result,
    ]
}

fn ratio(ours: f64, base: f64) -> Option<f64> {
    (base > 0.0).then(|| round3(ours / base))
}

fn comparison(metric: &str, ours: f64, base: f64) -> Comparison {
    Comparison {
        metric: metric.to_owned(),
        callshadow: ours,
        relay: base,
        ratio: ratio(ours, base),
    }
}

fn compare_latency(ours: &LatencyReport, base: &LatencyReport) -> Vec<Comparison> {
    let c = ours.connections;
    let cpu = |r: &LatencyReport, pick: fn(&CpuPerMessage) -> Option<f64>| {
        pick(&r.cpu_per_message).unwrap_or(f64::NAN)
    };
    let rows: [(&str, f64, f64); 10] = [
        ("messages/s", ours.messages_per_s, base.messages_per_s),
        ("rtt p50 ms", ours.rtt.p50_ms, base.rtt.p50_ms),
        ("rtt p99 ms", ours.rtt.p99_ms, base.rtt.p99_ms),
        ("rtt max ms", ours.rtt.max_ms, base.rtt.max_ms),
        ("failed", ours.failed as f64, base.failed as f64),
        (
            "server CPU us/message",
            cpu(ours, |c| c.server_us),
            cpu(base, |c| c.server_us),
        ),
        (
            "LLM CPU us/message",
            cpu(ours, |c| c.llm_us),
            cpu(base, |c| c.llm_us),
        ),
        (
            "client CPU us/message",
            cpu(ours, |c| c.client_us),
            cpu(base, |c| c.client_us),
        ),
        (
            "server voluntary switches/message",
            cpu(ours, |c| c.server_voluntary_switches),
            cpu(base, |c| c.server_voluntary_switches),
        ),
        (
            "server involuntary switches/message",
            cpu(ours, |c| c.server_involuntary_switches),
            cpu(base, |c| c.server_involuntary_switches),
        ),
    ];
    rows.iter()
        .map(|(name, a, b)| comparison(&format!("latency C={c}: {name}"), *a, *b))
        .collect()
}

fn compare_hold(figures: &HoldFigures) -> Vec<Comparison> {
    let nan = |v: Option<f64>| v.unwrap_or(f64::NAN);
    let mut rows = vec![
        comparison(
            "hold: held (fewest)",
            figures.held.0 as f64,
            figures.held.1 as f64,
        ),
        comparison(
            "hold: connect rate /s (median)",
            nan(figures.rate.0),
            nan(figures.rate.1),
        ),
        comparison(
            "hold: RSS per connection KiB (median)",
            nan(figures.kib.0),
            nan(figures.kib.1),
        ),
    ];
    if let Some((held, kib, _)) = figures.redis {
        rows.push(comparison(
            "hold on Redis: held (fewest)",
            held as f64,
            figures.held.1 as f64,
        ));
        rows.push(comparison(
            "hold on Redis: RSS per connection KiB (median)",
            nan(kib),
            nan(figures.kib.1),
        ));
    }
    rows
}

fn check_latency(ours: &LatencyReport, base: &LatencyReport) -> Vec<Check> {
    let share = ratio(ours.messages_per_s, base.messages_per_s).unwrap_or(0.0);
    let added = round3(ours.rtt.p99_ms - base.rtt.p99_ms);
    let clean = ours.failed == 0 && base.failed == 0;
    let note = (!clean).then(|| "messages failed".to_owned());
    vec![
        Check {
            target: format!("latency C={}: messages/s vs relay", ours.connections),
            measured: format!("{:.1}%", share * 100.0),
            limit: format!(">= {:.0}%", MIN_THROUGHPUT_RATIO * 100.0),
            pass: clean && share >= MIN_THROUGHPUT_RATIO,
            note: note.clone(),
        },
        Check {
            target: "latency: p99 added (callshadow p99 - relay p99)".to_owned(),
            measured: format!("{added} ms"),
            limit: format!("<= {MAX_ADDED_P99_MS} ms"),
            pass: clean && added <= MAX_ADDED_P99_MS,
            note,
        },
    ]
}

fn check_hold(ours: &HoldReport, figures: &HoldFigures) -> Vec<Check> {
    let server_limit = ours
        .server_fd_limit
        .filter(|&limit| limit < HOLD_TARGET as u64 + 16);
    let fd_note = (ours.attempted < ours.requested || server_limit.is_some()).then(|| {
        format!(
            "open-files limit: client {}, server {}",
            ours.client_fd_limit,
            report::opt(ours.server_fd_limit.map(|l| l as f64))
        )
    });
    let per_connection = figures.kib.0.unwrap_or(f64::INFINITY);
    vec![
        Check {
            target: "hold: idle sessions held at once".to_owned(),
            measured: format!("{} of {}", figures.held.0, ours.requested),
            limit: format!(">= {HOLD_TARGET}"),
            pass: figures.held.0 >= HOLD_TARGET,
            note: fd_note,
        },
        Check {
            target: "hold: RSS per idle connection".to_owned(),
            measured: format!(
                "{} KiB (median; at {} at least)",
                report::opt(figures.kib.0),
                figures.held.0
            ),
            limit: format!("<= {MAX_KIB_PER_CONNECTION} KiB"),
            pass: per_connection <= MAX_KIB_PER_CONNECTION,
            note: None,
        },
    ]
}

fn check_memory(memory: &MemoryReport) -> Check {
    let per_session = memory.per_session_kib.unwrap_or(f64::INFINITY);
    Check {
        target: format!(
            "memory: session with {} messages (connection included)",
            memory.messages_per_session
        ),
        measured: format!("{} KiB", report::opt(memory.per_session_kib)),
        limit: format!("<= {MAX_KIB_PER_SESSION} KiB"),
        pass: memory.filled == memory.sessions && per_session <= MAX_KIB_PER_SESSION,
        note: (memory.filled < memory.sessions).then(|| "sessions failed".to_owned()),
    }
}

fn check_rate(latest: &RateReport, llm_latency_ms: u64) -> Check {
    let limit = MAX_DELAY_IN_CALLS * llm_latency_ms as f64;
    Check {
        target: "rate latest: p99 delay to coverage, worst 5 s slice".to_owned(),
        measured: format!(
            "{} ms (overall p99 {} ms, uncovered {})",
            latest.worst_slice_p99_ms, latest.delay.p99_ms, latest.uncovered
        ),
        limit: format!("<= {limit:.0} ms"),
        pass: latest.uncovered == 0 && latest.covered > 0 && latest.worst_slice_p99_ms <= limit,
        note: (latest.uncovered > 0).then(|| "messages never covered".to_owned()),
    }
}

fn check_store(store: &StoreReport) -> Vec<Check> {
    let clean = store.memory.failed == 0 && store.redis.failed == 0;
    let note = (!clean).then(|| "messages failed".to_owned());
    let ratio = store.cpu_ratio().unwrap_or(f64::INFINITY);
    let added = store.added_p99_ms();
    let kib = store.session_kib.unwrap_or(f64::INFINITY);
    vec![
        Check {
            target: format!(
                "redis C={}: server CPU per message vs in memory",
                store.redis.connections
            ),
            measured: format!("{} x", report::opt(store.cpu_ratio())),
            limit: format!("<= {MAX_REDIS_CPU_RATIO} x"),
            pass: clean && ratio <= MAX_REDIS_CPU_RATIO,
            note: note.clone(),
        },
        Check {
            target: "redis: p99 added (redis p99 - memory p99)".to_owned(),
            measured: format!("{added} ms"),
            limit: format!("<= {MAX_REDIS_ADDED_P99_MS} ms"),
            pass: clean && added <= MAX_REDIS_ADDED_P99_MS,
            note,
        },
        Check {
            target: format!(
                "redis: a {}-message session in Redis",
                store.messages_per_session
            ),
            measured: format!(
                "{} KiB (mean of {})",
                report::opt(store.session_kib),
                store.sampled
            ),
            limit: format!("<= {MAX_REDIS_SESSION_KIB} KiB"),
            pass: store.sampled > 0 && kib <= MAX_REDIS_SESSION_KIB,
            note: None,
        },
    ]
}
