//! The real `callshadow` binary, started on a free port with a clean
//! environment, and stopped (or killed) when the test is done with it — also
//! when the test fails, so no server outlives its test.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;

use serde_json::Value;

/// A running server process; killed when dropped if still running.
pub struct Server {
    child: Option<Child>,
    /// `host:port` it listens on.
    pub address: String,
    /// `host:port` of its metrics listener, when ENABLE_METRICS is on.
    pub metrics_address: Option<String>,
}

impl Server {
    /// The JSON body of `GET path` on its public port.
    pub async fn get_json(&self, path: &str) -> Value {
        reqwest::get(format!("http://{}{path}", self.address))
            .await
            .expect("the server answers")
            .json()
            .await
            .expect("a JSON body")
    }

    /// Its process id.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().map_or(0, Child::id)
    }

    /// Its resident memory (`VmRSS` in `/proc/<pid>/status`), in bytes.
    pub fn rss_bytes(&self) -> usize {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()))
            .expect("the process has a status");
        let kib = status
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|value| {
                value
                    .trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse::<usize>()
                    .ok()
            })
            .expect("the status shows VmRSS");
        kib * 1024
    }

    /// Sends `signal` (`-TERM`, `-HUP`, `-KILL`, as `kill` names them).
    pub fn signal(&self, signal: &str) {
        use nix::sys::signal::{Signal, kill};
        let signal = match signal {
            "-TERM" => Signal::SIGTERM,
            "-HUP" => Signal::SIGHUP,
            "-KILL" => Signal::SIGKILL,
            "-INT" => Signal::SIGINT,
            other => panic!("no such signal here: {other}"),
        };
        let pid = nix::unistd::Pid::from_raw(i32::try_from(self.pid()).unwrap());
        kill(pid, signal).expect("the signal is sent");
    }

    /// Whether the process still runs.
    pub fn is_running(&mut self) -> bool {
        self.child
            .as_mut()
            .is_some_and(|child| matches!(child.try_wait(), Ok(None)))
    }

    /// Waits for the process to exit.
    pub async fn wait(mut self) -> ExitStatus {
        let mut child = self.child.take().expect("the process is ours");
        tokio::task::spawn_blocking(move || child.wait())
            .await
            .unwrap()
            .expect("the process can be waited for")
    }

    /// Stops it with SIGTERM; it must exit 0.
    pub async fn stop(self) {
        self.signal("-TERM");
        assert_eq!(self.wait().await.code(), Some(0), "a clean exit");
    }

    /// Kills it at once (SIGKILL) and waits for it.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Starts the real binary on a free port, with `env` on top of the defaults.
pub fn start_binary(env: &[(&str, &str)]) -> Server {
    start_binary_logged(env).0
}

/// As [`start_binary`], also returning the JSON log lines that follow the address.
pub fn start_binary_logged(env: &[(&str, &str)]) -> (Server, mpsc::Receiver<Value>) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_callshadow"));
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    start_command(command, env)
}

/// Starts `command` (the binary, its working directory and user set) on a
/// free port with a clean environment and `env`; as [`start_binary_logged`].
pub fn start_command(
    mut command: Command,
    env: &[(&str, &str)],
) -> (Server, mpsc::Receiver<Value>) {
    let mut child = command
        .env_clear()
        .envs([("PORT", "0"), ("LOG_FORMAT", "json"), ("LOG_LEVEL", "info")])
        .envs(env.iter().copied())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let stderr = child.stderr.take().unwrap();
    let mut server = Server {
        child: Some(child),
        address: String::new(),
        metrics_address: None,
    };
    let mut lines = BufReader::new(stderr).lines();
    let listening = loop {
        let line = lines.next().expect("the server logs its address").unwrap();
        let log: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
        if log["address"].is_string() {
            break log;
        }
    };
    server.address = listening["address"].as_str().unwrap().to_owned();
    server.metrics_address = listening["metrics_address"].as_str().map(str::to_owned);
    let (logs, logged) = mpsc::channel();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            let _ = logs.send(serde_json::from_str(&line).unwrap_or(Value::Null));
        }
    });
    (server, logged)
}
