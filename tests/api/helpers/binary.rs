//! The real `callshadow` binary, started on a free port with a clean environment.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;

use serde_json::Value;

/// Starts the real binary on a free port, with `env` on top of the defaults;
/// returns it and its address.
pub fn start_binary(env: &[(&str, &str)]) -> (Child, String) {
    let (child, address, _) = start_binary_logged(env);
    (child, address)
}

/// As [`start_binary`], also returning the JSON log lines that follow the address.
pub fn start_binary_logged(env: &[(&str, &str)]) -> (Child, String, mpsc::Receiver<Value>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_callshadow"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_clear()
        .envs([("PORT", "0"), ("LOG_FORMAT", "json"), ("LOG_LEVEL", "info")])
        .envs(env.iter().copied())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    let address = loop {
        let line = lines.next().expect("the server logs its address").unwrap();
        let log: Value = serde_json::from_str(&line).unwrap_or(Value::Null);
        if let Some(address) = log["address"].as_str() {
            break address.to_owned();
        }
    };
    let (logs, logged) = mpsc::channel();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            let _ = logs.send(serde_json::from_str(&line).unwrap_or(Value::Null));
        }
    });
    (child, address, logged)
}
