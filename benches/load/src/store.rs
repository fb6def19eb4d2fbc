//! `redis` (a mode of `all`): callshadow with its sessions written through to
//! Redis against callshadow with them in memory, in the same run — server CPU
//! per message and round trip at `--connections`, Redis's own CPU per message;
//! then what a 50-message session costs in Redis (`MEMORY USAGE` of its keys)
//! and how long a second instance takes to resume one.

use std::process::Stdio;
use std::time::Duration;

use anyhow::{Context, anyhow};
use serde::Serialize;
use tokio::process::{Child, Command};
use tokio::time::Instant;

use crate::conn::{Target, connect, recv_frame};
use crate::latency::{self, LatencyReport};
use crate::procs;
use crate::report::{self, Report, opt, row};
use crate::stats::{Latencies, Summary, round3};

/// Key prefix the benchmark's servers use.
pub const PREFIX: &str = "callshadow:";
/// Sessions whose keys are measured, and resumed on another instance.
const SAMPLE: usize = 50;

/// A `redis-server` of the benchmark's own (no persistence); killed when dropped.
pub struct RedisServer {
    child: Child,
    /// Its port on 127.0.0.1.
    pub port: u16,
}

impl RedisServer {
    /// Starts one on a free port and waits until it answers.
    ///
    /// # Errors
    /// When `redis-server` is not installed or does not answer.
    pub async fn start() -> anyhow::Result<Self> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let child = Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .context("cannot start redis-server (is it installed?)")?;
        let server = Self { child, port };
        let started = Instant::now();
        while server.connection().await.is_err() {
            if started.elapsed() > Duration::from_secs(10) {
                anyhow::bail!("redis-server did not answer");
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Ok(server)
    }

    /// `redis://127.0.0.1:PORT`.
    #[must_use]
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// Its process id.
    #[must_use]
    pub fn pid(&self) -> Option<u32> {
        self.child.id()
    }

    async fn connection(&self) -> anyhow::Result<redis::aio::MultiplexedConnection> {
        let client = redis::Client::open(self.url())?;
        Ok(client.get_multiplexed_async_connection().await?)
    }
}

/// The result of the `redis` mode.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StoreReport {
    /// Always `redis`.
    pub mode: &'static str,
    /// callshadow with sessions in memory.
    pub memory: LatencyReport,
    /// callshadow with sessions in Redis.
    pub redis: LatencyReport,
    /// In memory, at one connection (no queueing).
    pub memory_single: LatencyReport,
    /// On Redis, at one connection.
    pub redis_single: LatencyReport,
    /// Redis's own CPU per answered message, microseconds.
    pub redis_server_cpu_us: Option<f64>,
    /// Sessions whose keys were measured.
    pub sampled: usize,
    /// Messages in each.
    pub messages_per_session: u64,
    /// `MEMORY USAGE` of a session's keys (hash, messages, answers), mean, KiB.
    pub session_kib: Option<f64>,
    /// Time from connecting to another instance to its `session_init`.
    pub resume: Summary,
    /// Resumes on another instance whose `session_init` showed as many
    /// messages as the instance that filled the session holds (with
    /// MEMORY_SUMMARY_ENABLED, the messages folded out of the window are in the
    /// summary, not in `history_length`).
    pub resumed_whole: usize,
}

impl StoreReport {
    /// Redis's server CPU per message over memory's.
    #[must_use]
    pub fn cpu_ratio(&self) -> Option<f64> {
        let (ours, base) = (
            self.redis.cpu_per_message.server_us?,
            self.memory.cpu_per_message.server_us?,
        );
        (base > 0.0).then(|| round3(ours / base))
    }

    /// Redis's p99 round trip minus memory's, milliseconds.
    #[must_use]
    pub fn added_p99_ms(&self) -> f64 {
        round3(self.redis.rtt.p99_ms - self.memory.rtt.p99_ms)
    }
}

impl Report for StoreReport {
    fn title(&self) -> String {
        "redis: sessions in Redis against sessions in memory (same run)".to_owned()
    }

    fn rows(&self) -> Vec<[String; 2]> {
        let cpu = |r: &LatencyReport| opt(r.cpu_per_message.server_us);
        vec![
            row(
                "messages/s memory / redis",
                format!(
                    "{} / {}",
                    self.memory.messages_per_s, self.redis.messages_per_s
                ),
            ),
            row(
                "rtt p99 ms memory / redis",
                format!("{} / {}", self.memory.rtt.p99_ms, self.redis.rtt.p99_ms),
            ),
            row(
                "server CPU us/message memory / redis",
                format!("{} / {}", cpu(&self.memory), cpu(&self.redis)),
            ),
            row("server CPU ratio redis/memory", opt(self.cpu_ratio())),
            row("redis-server CPU us/message", opt(self.redis_server_cpu_us)),
            row(
                "failed memory / redis",
                format!("{} / {}", self.memory.failed, self.redis.failed),
            ),
            row(
                "C=1 rtt p50 / p99 ms memory",
                format!(
                    "{} / {}",
                    self.memory_single.rtt.p50_ms, self.memory_single.rtt.p99_ms
                ),
            ),
            row(
                "C=1 rtt p50 / p99 ms redis",
                format!(
                    "{} / {}",
                    self.redis_single.rtt.p50_ms, self.redis_single.rtt.p99_ms
                ),
            ),
            row("session in Redis KiB (mean)", opt(self.session_kib)),
            row("sessions measured", self.sampled),
            row(
                "resume on another instance p50 / p99 ms",
                format!("{} / {}", self.resume.p50_ms, self.resume.p99_ms),
            ),
            row(
                "resumes with the whole history",
                format!("{} of {}", self.resumed_whole, self.sampled),
            ),
        ]
    }
}

/// One latency run of `server`, with Redis's CPU seconds over it.
pub async fn latency_with_redis(
    options: &latency::Args,
    name: &str,
    redis: &RedisServer,
) -> anyhow::Result<(LatencyReport, f64)> {
    let before = redis.pid().and_then(procs::cpu_seconds);
    let report = latency::run(options, name).await?;
    let after = redis.pid().and_then(procs::cpu_seconds);
    let used = match (before, after) {
        (Some(before), Some(after)) => after - before,
        _ => f64::NAN,
    };
    Ok((report, used))
}

/// `MEMORY USAGE` of the keys of up to [`SAMPLE`] sessions, mean KiB; and their ids.
pub async fn session_sizes(redis: &RedisServer) -> anyhow::Result<(Option<f64>, Vec<String>)> {
    let mut connection = redis.connection().await?;
    let ids: Vec<String> = redis::cmd("ZRANGE")
        .arg(format!("{PREFIX}sessions:created"))
        .arg(0)
        .arg(SAMPLE - 1)
        .query_async(&mut connection)
        .await?;
    let mut total = 0_u64;
    for id in &ids {
        for suffix in ["", ":messages", ":answers"] {
            let bytes: Option<u64> = redis::cmd("MEMORY")
                .arg("USAGE")
                .arg(format!("{PREFIX}session:{id}{suffix}"))
                .arg("SAMPLES")
                .arg(0)
                .query_async(&mut connection)
                .await?;
            total += bytes.unwrap_or(0);
        }
    }
    let mean = (!ids.is_empty()).then(|| round3(total as f64 / ids.len() as f64 / 1024.0));
    Ok((mean, ids))
}

/// Resumes each session on the instance at `url`: the time to `session_init`,
/// and the `history_length` each showed (in the order of `ids`).
pub async fn resume_times(url: &str, ids: &[String]) -> anyhow::Result<(Summary, Vec<u64>)> {
    let mut times = Latencies::default();
    let mut lengths = Vec::with_capacity(ids.len());
    for id in ids {
        let target = Target::resolve(&format!("{url}?session_id={id}")).await?;
        let started = Instant::now();
        let mut ws = connect(&target, None).await?;
        let init = recv_frame(&mut ws, Duration::from_secs(10)).await?;
        times.record(started.elapsed());
        if init.kind.as_deref() != Some("session_init") {
            return Err(anyhow!("resume of {id}: first frame {}", init.label()));
        }
        lengths.push(init.history_length.unwrap_or(0));
        let _ = ws.close(None).await;
    }
    Ok((times.summary(), lengths))
}

/// Prints the report.
///
/// # Errors
/// When stdout is closed.
pub fn emit(report: &StoreReport) -> anyhow::Result<()> {
    report::emit(report)
}
