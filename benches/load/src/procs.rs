//! The processes a run starts (fake LLM, relay, callshadow) and what the
//! harness reads about them in `/proc`: resident memory and file limits.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, anyhow, bail};
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, BufReader, Lines};
use tokio::process::{Child, ChildStderr, Command};

/// Lines of a child's log kept to explain a failure to start.
const TAIL_LINES: usize = 20;

/// Log lines by message (`message` of a JSON line, or the whole line).
pub type LogCounts = std::collections::BTreeMap<String, u64>;
/// Longest wait for a child to log its address.
const START_TIMEOUT: Duration = Duration::from_secs(20);

/// Raises this process's soft file-descriptor limit to its hard limit (children
/// inherit it); returns the soft limit now in force.
pub fn raise_fd_limit() -> u64 {
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) => limit,
        Err(error) => {
            eprintln!("callshadow-bench: cannot raise the file limit: {error}");
            rlimit::getrlimit(rlimit::Resource::NOFILE).map_or(0, |(soft, _)| soft)
        }
    }
}

/// File descriptors this process keeps free for itself (`/proc` reads, HTTP).
const FD_RESERVE: u64 = 64;

/// How many more connections this process can open: its soft open-files limit
/// less the descriptors already open and a small reserve.
#[must_use]
pub fn free_fds() -> u64 {
    let limit = rlimit::getrlimit(rlimit::Resource::NOFILE).map_or(1024, |(soft, _)| soft);
    let open = std::fs::read_dir("/proc/self/fd").map_or(0, Iterator::count);
    limit.saturating_sub(open as u64 + FD_RESERVE)
}

/// Resident memory of process `pid` (`VmRSS`), in KiB.
///
/// # Errors
/// When the process is gone or `/proc` is unreadable.
pub fn rss_kib(pid: u32) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .with_context(|| format!("cannot read /proc/{pid}/status"))?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kib| kib.parse().ok())
        .ok_or_else(|| anyhow!("no VmRSS in /proc/{pid}/status"))
}

/// Context switches of every thread of process `pid` so far, voluntary (a
/// thread that went to sleep: a runtime thread with nothing to do) and
/// involuntary (preempted); `None` when `/proc` cannot be read. Threads that
/// ended are not counted: a server's runtime threads live as long as it does.
#[must_use]
pub fn context_switches(pid: u32) -> Option<[u64; 2]> {
    let mut total = [0; 2];
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).ok()? {
        let Ok(status) = std::fs::read_to_string(task.ok()?.path().join("status")) else {
            continue; // the thread ended meanwhile
        };
        for line in status.lines() {
            let (slot, rest) = if let Some(rest) = line.strip_prefix("voluntary_ctxt_switches:") {
                (0, rest)
            } else if let Some(rest) = line.strip_prefix("nonvoluntary_ctxt_switches:") {
                (1, rest)
            } else {
                continue;
            };
            total[slot] += rest.trim().parse::<u64>().ok()?;
        }
    }
    Some(total)
}

/// Clock ticks per second of `/proc/PID/stat` (`USER_HZ`, 100 on Linux).
const USER_HZ: f64 = 100.0;

/// CPU time (user + system, all threads) process `pid` has used, in seconds;
/// `None` when it cannot be read. `pid` 0 is this process.
#[must_use]
pub fn cpu_seconds(pid: u32) -> Option<f64> {
    let path = if pid == 0 {
        "/proc/self/stat".to_owned()
    } else {
        format!("/proc/{pid}/stat")
    };
    let stat = std::fs::read_to_string(path).ok()?;
    // Fields after the command name (which may hold spaces): state is field 3,
    // utime field 14, stime field 15.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / USER_HZ)
}

/// The soft open-files limit of process `pid`.
#[must_use]
pub fn fd_limit(pid: u32) -> Option<u64> {
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

/// A child process that logged the address it listens on. Killed when dropped.
pub struct Proc {
    name: String,
    child: Child,
    /// Where it listens.
    pub address: SocketAddr,
    messages: Arc<Mutex<LogCounts>>,
}

impl Proc {
    /// Starts `command` and waits for it to log a JSON line with an `address`.
    ///
    /// # Errors
    /// When it cannot start, exits, or logs no address in time.
    pub async fn start(name: &str, mut command: Command) -> anyhow::Result<Self> {
        command
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .kill_on_drop(true);
        let mut child = command
            .spawn()
            .with_context(|| format!("cannot start {name}"))?;
        let stderr = child.stderr.take().ok_or_else(|| anyhow!("no stderr"))?;
        let tail = Arc::new(Mutex::new(VecDeque::new()));
        let mut lines = BufReader::new(stderr).lines();
        let address = tokio::time::timeout(START_TIMEOUT, find_address(&mut lines, &tail))
            .await
            .map_err(|_| anyhow!("{name} logged no address in {START_TIMEOUT:?}"))?
            .with_context(|| format!("{name} did not start; its log ends: {}", dump(&tail)))?;
        let messages = Arc::new(Mutex::new(LogCounts::new()));
        tokio::spawn(drain(lines, Arc::clone(&messages)));
        Ok(Self {
            name: name.to_owned(),
            child,
            address,
            messages,
        })
    }

    /// Its process id.
    ///
    /// # Errors
    /// When it has exited.
    pub fn pid(&self) -> anyhow::Result<u32> {
        self.child
            .id()
            .ok_or_else(|| anyhow!("{} has exited", self.name))
    }

    /// What it logged after its address, counted by message; the counts restart.
    #[must_use]
    pub fn take_log(&self) -> LogCounts {
        self.messages
            .lock()
            .map(|mut m| std::mem::take(&mut *m))
            .unwrap_or_default()
    }

    /// Kills it and waits for it to exit.
    pub async fn stop(mut self) {
        let _ = self.child.start_kill();
        let _ = tokio::time::timeout(Duration::from_secs(5), self.child.wait()).await;
    }
}

fn remember(tail: &Mutex<VecDeque<String>>, line: String) {
    if let Ok(mut tail) = tail.lock() {
        if tail.len() == TAIL_LINES {
            tail.pop_front();
        }
        tail.push_back(line);
    }
}

fn dump(tail: &Mutex<VecDeque<String>>) -> String {
    tail.lock()
        .map(|t| t.iter().cloned().collect::<Vec<_>>().join("\n"))
        .unwrap_or_default()
}

async fn find_address(
    lines: &mut Lines<BufReader<ChildStderr>>,
    tail: &Mutex<VecDeque<String>>,
) -> anyhow::Result<SocketAddr> {
    while let Some(line) = lines.next_line().await? {
        let log: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
        let found = log["address"]
            .as_str()
            .or_else(|| log["fields"]["address"].as_str());
        remember(tail, line.clone());
        if let Some(address) = found {
            return address.parse().context("bad address in the log");
        }
    }
    bail!("exited")
}

async fn drain(mut lines: Lines<BufReader<ChildStderr>>, messages: Arc<Mutex<LogCounts>>) {
    while let Ok(Some(line)) = lines.next_line().await {
        let log: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
        let level = log["level"].as_str().unwrap_or("");
        let key = match log["message"]
            .as_str()
            .or_else(|| log["fields"]["message"].as_str())
        {
            Some(message) => format!("{level} {message}").trim().to_owned(),
            None => line.chars().take(120).collect(),
        };
        if let Ok(mut messages) = messages.lock() {
            *messages.entry(key).or_default() += 1;
        }
    }
}
