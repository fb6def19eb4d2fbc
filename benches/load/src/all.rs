//! `all`: starts the fake LLMs, callshadow and the bare relay, runs every mode
//! (callshadow and the relay side by side where both apply), stops everything
//! it started (also on an error or Ctrl-C), and prints the summary with the
//! targets of issues 6 and 17.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::{Context, bail};
use tokio::process::Command;

use crate::latency::LatencyReport;
use crate::procs::Proc;
use crate::report;
use crate::store::{self, RedisServer, StoreReport};
use crate::summary::{Machine, Results, Summary};
use crate::{holds, latency, memory, rate};

/// `all` options.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The callshadow binary (build it first: `cargo build --release --workspace`).
    #[arg(long, default_value = "target/release/callshadow")]
    pub server_bin: PathBuf,
    /// Where callshadow runs (it reads `config/` and `prompts/` there).
    #[arg(long, default_value = ".")]
    pub server_dir: PathBuf,
    /// `latency`: connections at once.
    #[arg(long, default_value_t = 50)]
    pub connections: usize,
    /// `latency`: messages measured per connection and round.
    #[arg(long, default_value_t = 1_000)]
    pub messages: u64,
    /// `latency`: rounds, alternating relay and callshadow, merged.
    #[arg(long, default_value_t = 3)]
    pub rounds: u32,
    /// `hold`: idle connections.
    #[arg(long, default_value_t = 20_000)]
    pub hold_connections: usize,
    /// `hold`: rounds, each starting callshadow, the relay and callshadow on
    /// Redis afresh; the summary reads their median.
    #[arg(long, default_value_t = 3)]
    pub hold_rounds: u32,
    /// `memory`: sessions filled with `--memory-messages` messages each.
    #[arg(long, default_value_t = 1_000)]
    pub memory_sessions: usize,
    /// `memory`: messages per session.
    #[arg(long, default_value_t = 50)]
    pub memory_messages: u64,
    /// `rate`: the slow fake LLM's latency, in milliseconds.
    #[arg(long, default_value_t = 200)]
    pub llm_latency_ms: u64,
    /// `rate`: input rate per session, as a multiple of what the LLM answers.
    #[arg(long, default_value_t = 5.0)]
    pub overload: f64,
    /// `rate`: sessions sending at once.
    #[arg(long, default_value_t = 20)]
    pub rate_sessions: usize,
    /// `rate`: seconds each session sends.
    #[arg(long, default_value_t = 20.0)]
    pub rate_duration_s: f64,
    /// Modes to run, comma-separated (latency, hold, memory, rate, redis); all by default.
    #[arg(long, value_delimiter = ',')]
    pub only: Vec<String>,
    /// Extra `KEY=VALUE` variables for callshadow (repeatable), on top of the
    /// benchmark's configuration: to measure a setting against the default.
    #[arg(long = "server-env", value_parser = parse_variable)]
    pub server_env: Vec<(String, String)>,
    /// The relay's prompt size in bytes (0: its tiny prompt): with callshadow's
    /// prompt size, what is left of the ratio is the server's own work.
    #[arg(long, default_value_t = 0)]
    pub relay_prompt_bytes: usize,
    /// `latency` and `redis`: JSONL files to make every message new text from
    /// (see `latency --texts-from`).
    #[arg(long, num_args = 1..)]
    pub texts_from: Vec<PathBuf>,
}

/// A `KEY=VALUE` pair of `--server-env`.
fn parse_variable(text: &str) -> Result<(String, String), String> {
    text.split_once('=')
        .map(|(key, value)| (key.to_owned(), value.to_owned()))
        .ok_or_else(|| format!("expected KEY=VALUE, got {text:?}"))
}

impl Args {
    fn wants(&self, mode: &str) -> bool {
        self.only.is_empty() || self.only.iter().any(|m| m == mode)
    }
}

/// Runs everything; whatever was started is killed when this returns or on Ctrl-C.
///
/// # Errors
/// When a process cannot start or a mode cannot run.
pub async fn run(args: Args) -> anyhow::Result<()> {
    if !args.server_bin.is_file() {
        bail!(
            "no callshadow binary at {}: run `cargo build --release --workspace` first (or pass --server-bin)",
            args.server_bin.display()
        );
    }
    tokio::select! {
        result = run_all(&args) => result,
        _ = tokio::signal::ctrl_c() => bail!("interrupted: every process started was killed"),
    }
}

async fn run_all(args: &Args) -> anyhow::Result<()> {
    let machine_before = Machine::read();
    let fast = start_fake(0).await?;
    let slow = start_fake(args.llm_latency_ms).await?;
    let mut results = Results::default();
    if args.wants("latency") {
        let [loaded, single] = latency_pair(args, &fast).await?;
        results.latency = Some(loaded);
        results.latency_single = Some(single);
    }
    if args.wants("hold") {
        results.hold = holds::run(args, fast.address).await?;
    }
    if args.wants("memory") {
        results.memory = Some(run_memory(args, fast.address).await?);
    }
    if args.wants("rate") {
        results.rate_every = Some(run_rate(args, "every", slow.address).await?);
        results.rate_latest = Some(run_rate(args, "latest", slow.address).await?);
    }
    if args.wants("redis") {
        match RedisServer::start().await {
            Ok(redis) => results.store = Some(run_store(args, &fast, &redis).await?),
            Err(error) => eprintln!("redis: skipped ({error:#})"),
        }
    }
    fast.stop().await;
    slow.stop().await;
    let summary = Summary::new(
        machine_before,
        Machine::read(),
        args.llm_latency_ms,
        results,
    );
    summary.print()
}

/// The `ws://` URL of a server.
pub(crate) fn ws_url(address: SocketAddr) -> String {
    format!("ws://{address}/ws/conversation")
}

async fn start_fake(latency_ms: u64) -> anyhow::Result<Proc> {
    let mut command = Command::new(std::env::current_exe()?);
    command.args(["fake-llm", "--latency-ms", &latency_ms.to_string()]);
    Proc::start(&format!("fake-llm ({latency_ms} ms)"), command).await
}

pub(crate) async fn start_relay(args: &Args, fake: SocketAddr) -> anyhow::Result<Proc> {
    let mut command = Command::new(std::env::current_exe()?);
    let url = format!("http://{fake}/v1/chat/completions");
    let bytes = args.relay_prompt_bytes.to_string();
    command.args(["relay", "--llm-url", &url, "--prompt-bytes", &bytes]);
    Proc::start("relay", command).await
}

/// Starts callshadow configured by environment, as issue 6 describes.
async fn start_server(args: &Args, mode: &str, fake: SocketAddr) -> anyhow::Result<Proc> {
    start_server_with(args, mode, fake, &[]).await
}

/// As [`start_server`], with `extra` variables on top.
pub(crate) async fn start_server_with(
    args: &Args,
    mode: &str,
    fake: SocketAddr,
    extra: &[(&str, String)],
) -> anyhow::Result<Proc> {
    let mut command = Command::new(&args.server_bin);
    command.current_dir(&args.server_dir).env_clear().envs([
        ("PORT", "0"),
        ("HOST", "127.0.0.1"),
        ("LOG_FORMAT", "json"),
        ("LOG_LEVEL", "warn,callshadow::startup=info"),
        ("LLM_PROVIDER", "openai"),
        ("OPENAI_BASE_URL", &format!("http://{fake}/v1")),
        ("OPENAI_API_KEY", "bench"),
        ("OPENAI_JSON_MODE", "false"),
        ("MAX_CONNECTIONS_PER_IP", "0"),
        ("MAX_SESSIONS_PER_IP", "0"),
        ("SESSION_CREATIONS_PER_MINUTE_PER_IP", "0"),
        ("MAX_SESSIONS", "100000"),
        ("RATE_LIMIT_ENABLED", "false"),
        ("SUGGESTION_MODE", mode),
        // One LLM call per message, as the relay makes: the closing detector runs
        // on the embedded analyzer (with the LLM it would be a second call).
        ("CLOSING_DETECTOR_PROVIDER", "local"),
    ]);
    command.envs(extra.iter().map(|(k, v)| (*k, v.as_str())));
    command.envs(args.server_env.iter().map(|(k, v)| (k, v)));
    Proc::start(&format!("callshadow ({mode})"), command)
        .await
        .context("callshadow did not start")
}

/// callshadow and the relay measured side by side: at `--connections`, then
/// at one connection (the time to answer without queueing).
async fn latency_pair(args: &Args, fake: &Proc) -> anyhow::Result<[LatencyPair; 2]> {
    let relay = start_relay(args, fake.address).await?;
    let server = start_server(args, "every", fake.address).await?;
    let servers = [&server, &relay, fake];
    let loaded = compare_latency(args, servers, args.connections, args.messages).await?;
    let single = compare_latency(args, servers, 1, args.messages * 2).await?;
    note_log(&server);
    relay.stop().await;
    server.stop().await;
    Ok([loaded, single])
}

/// callshadow's report and the relay's.
pub type LatencyPair = (LatencyReport, LatencyReport);

/// `--rounds` rounds of `latency`, relay then callshadow, merged per server.
async fn compare_latency(
    args: &Args,
    [server, relay, fake]: [&Proc; 3],
    connections: usize,
    messages: u64,
) -> anyhow::Result<LatencyPair> {
    let options = |proc: &Proc| latency::Args {
        url: ws_url(proc.address),
        connections,
        messages,
        warmup: 20,
        timeout_ms: 10_000,
        server_pid: proc.pid().ok(),
        llm_pid: fake.pid().ok(),
        texts_from: args.texts_from.clone(),
    };
    let mut merged: Option<LatencyPair> = None;
    for round in 1..=args.rounds {
        eprintln!(
            "latency C={connections}, round {round}/{}: relay, then callshadow",
            args.rounds
        );
        let base = latency::run(&options(relay), "relay").await?;
        let ours = latency::run(&options(server), "callshadow").await?;
        match &mut merged {
            Some((a, b)) => {
                a.merge(&ours);
                b.merge(&base);
            }
            None => merged = Some((ours, base)),
        }
    }
    let (ours, base) = merged.context("--rounds must be at least 1")?;
    report::emit(&base)?;
    report::emit(&ours)?;
    Ok((ours, base))
}

async fn run_memory(args: &Args, fake: SocketAddr) -> anyhow::Result<memory::MemoryReport> {
    eprintln!(
        "memory: {} sessions x {} messages",
        args.memory_sessions, args.memory_messages
    );
    let server = start_server(args, "every", fake).await?;
    let options = memory::Args {
        url: ws_url(server.address),
        sessions: args.memory_sessions,
        messages: args.memory_messages,
        sources: 4,
        concurrency: 64,
        fill_concurrency: 50,
        server_pid: Some(server.pid()?),
        settle_ms: 2_000,
        timeout_ms: 10_000,
    };
    let result = memory::run(&options, "callshadow").await?;
    note_log(&server);
    server.stop().await;
    report::emit(&result)?;
    Ok(result)
}

async fn run_rate(args: &Args, mode: &str, fake: SocketAddr) -> anyhow::Result<rate::RateReport> {
    let capacity = 1000.0 / args.llm_latency_ms.max(1) as f64;
    let options = |address| rate::Args {
        url: ws_url(address),
        sessions: args.rate_sessions,
        rate: capacity * args.overload,
        duration_s: args.rate_duration_s,
        slice_s: 5.0,
        drain_ms: 10_000,
        timeout_ms: 10_000,
    };
    eprintln!(
        "rate ({mode}): {} sessions at {}/s for {} s, LLM {} ms",
        args.rate_sessions,
        capacity * args.overload,
        args.rate_duration_s,
        args.llm_latency_ms
    );
    let server = start_server(args, mode, fake).await?;
    let result = rate::run(&options(server.address), &format!("callshadow ({mode})")).await?;
    note_log(&server);
    server.stop().await;
    report::emit(&result)?;
    Ok(result)
}

/// Says what a server logged (warnings and errors) during a mode, by message.
pub(crate) fn note_log(server: &Proc) {
    let log = server.take_log();
    if !log.is_empty() {
        eprintln!("the server logged (count by message):");
        for (message, n) in log {
            eprintln!("  {n:>7}  {message}");
        }
    }
}

/// callshadow on Redis against callshadow in memory (`--rounds` rounds of
/// `latency`, alternating), then what a session costs in Redis and how fast
/// another instance resumes it.
async fn run_store(args: &Args, fake: &Proc, redis: &RedisServer) -> anyhow::Result<StoreReport> {
    let env = [("REDIS_URL", redis.url())];
    let in_memory = start_server(args, "every", fake.address).await?;
    let on_redis = start_server_with(args, "every", fake.address, &env).await?;
    let mut report = StoreReport {
        mode: "redis",
        ..StoreReport::default()
    };
    let redis_cpu = compare_stores(args, fake, [&in_memory, &on_redis], redis, &mut report).await?;
    note_log(&on_redis);
    in_memory.stop().await;
    let answered = report.redis.answered as f64;
    report.redis_server_cpu_us = (answered > 0.0 && redis_cpu.is_finite())
        .then(|| crate::stats::round3(redis_cpu * 1e6 / answered));
    fill_sessions(args, &on_redis).await?;
    let (kib, ids) = store::session_sizes(redis).await?;
    report.session_kib = kib;
    report.sampled = ids.len();
    report.messages_per_session = args.memory_messages;
    let (_, held) = store::resume_times(&ws_url(on_redis.address), &ids).await?;
    let other = start_server_with(args, "every", fake.address, &env).await?;
    let (resume, shown) = store::resume_times(&ws_url(other.address), &ids).await?;
    report.resume = resume;
    report.resumed_whole = held.iter().zip(&shown).filter(|(a, b)| a == b).count();
    other.stop().await;
    on_redis.stop().await;
    store::emit(&report)?;
    Ok(report)
}

/// Gives 50 new sessions of the Redis-backed server a full memory.
async fn fill_sessions(args: &Args, server: &Proc) -> anyhow::Result<()> {
    let options = memory::Args {
        url: ws_url(server.address),
        sessions: 50,
        messages: args.memory_messages,
        sources: 1,
        concurrency: 16,
        fill_concurrency: 16,
        server_pid: server.pid().ok(),
        settle_ms: 100,
        timeout_ms: 10_000,
    };
    let filled = memory::run(&options, "callshadow (redis)").await?;
    anyhow::ensure!(
        filled.filled == filled.sessions,
        "sessions failed to fill: {:?}",
        filled.failure_kinds
    );
    Ok(())
}

/// `--rounds` rounds of `latency`, in memory then on Redis, merged into
/// `report`; the CPU seconds Redis used over the Redis rounds.
async fn compare_stores(
    args: &Args,
    fake: &Proc,
    [in_memory, on_redis]: [&Proc; 2],
    redis: &RedisServer,
    report: &mut StoreReport,
) -> anyhow::Result<f64> {
    let options = |proc: &Proc| latency::Args {
        url: ws_url(proc.address),
        connections: args.connections,
        messages: args.messages,
        warmup: 20,
        timeout_ms: 10_000,
        server_pid: proc.pid().ok(),
        llm_pid: fake.pid().ok(),
        texts_from: args.texts_from.clone(),
    };
    let mut redis_cpu = 0.0;
    for round in 1..=args.rounds {
        eprintln!(
            "redis C={}, round {round}/{}: memory, then redis",
            args.connections, args.rounds
        );
        let memory = latency::run(&options(in_memory), "callshadow (memory)").await?;
        let (ours, used) =
            store::latency_with_redis(&options(on_redis), "callshadow (redis)", redis).await?;
        redis_cpu += used;
        if round == 1 {
            (report.memory, report.redis) = (memory, ours);
        } else {
            report.memory.merge(&memory);
            report.redis.merge(&ours);
        }
    }
    let single = |proc: &Proc| latency::Args {
        connections: 1,
        messages: args.messages * 2,
        ..options(proc)
    };
    eprintln!("redis C=1: memory, then redis");
    report.memory_single = latency::run(&single(in_memory), "callshadow (memory)").await?;
    report.redis_single = latency::run(&single(on_redis), "callshadow (redis)").await?;
    Ok(redis_cpu)
}
