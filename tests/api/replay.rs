//! `callshadow replay` against the real server: every sample of `examples/`
//! played and summed up, the readable transcript, a line the server refuses,
//! and client auth. (Against a server that breaks the protocol: `replay_broken.rs`.)

use std::path::PathBuf;

use callshadow::config::ApiKey;
use callshadow::replay::{self, Mode, ReplayArgs};
use secrecy::SecretString;
use serde_json::Value;

use crate::helpers::{TestApp, repo, spawn_app, spawn_app_with, test_settings};

/// Replay's arguments for `files` against `app`, fast, with JSON output.
fn args(app: &TestApp, files: Vec<PathBuf>) -> ReplayArgs {
    ReplayArgs {
        files,
        url: format!("ws://{}/ws/conversation", app.address),
        speed: 50.0,
        json: true,
        token: None,
        mode: Mode::Every,
        timeout: 10.0,
        linger: 1.0,
    }
}

/// Runs replay in-process: the exit code, the JSON lines printed, what went to stderr.
async fn run(args: &ReplayArgs) -> (u8, Vec<Value>, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = replay::run(args, &mut out, &mut err).await;
    let lines = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    (code, lines, String::from_utf8(err).unwrap())
}

fn samples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo("examples"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "jsonl"))
        .collect();
    files.sort();
    files
}

fn lines_of(files: &[PathBuf]) -> usize {
    files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            text.lines().filter(|l| !l.trim().is_empty()).count()
        })
        .sum()
}

#[tokio::test]
async fn every_sample_plays_through_the_server_and_every_message_is_answered() {
    let app = spawn_app().await;
    let files = samples();
    let messages = lines_of(&files);

    let (code, frames, err) = run(&args(&app, files.clone())).await;

    assert_eq!(code, replay::EXIT_OK, "{err}");
    let summary = frames.last().unwrap();
    assert_eq!(summary["type"], "summary", "the summary is the last line");
    assert_eq!(summary["files"], files.len());
    assert_eq!(summary["messages"], messages);
    assert_eq!(summary["answers"]["local"], messages, "{summary}");
    assert_eq!(summary["errors"], serde_json::json!({}), "{summary}");
    assert_eq!(summary["failure"], Value::Null);
    assert!(summary["closing"].as_u64().unwrap() >= 3, "{summary}");
    let inits = frames
        .iter()
        .filter(|f| f["type"] == "session_init")
        .count();
    assert_eq!(inits, files.len(), "one session per file");
    let suggestions = frames.iter().filter(|f| f["type"] == "suggestion").count();
    assert_eq!(suggestions, messages, "the frames are printed as received");
    let latency = &summary["latency_ms"];
    assert!(
        latency["p50"].as_u64() <= latency["p99"].as_u64(),
        "{summary}"
    );
}

#[tokio::test]
async fn the_transcript_shows_each_line_with_its_suggestion_and_the_binary_exits_zero() {
    let app = spawn_app().await;
    let url = format!("ws://{}/ws/conversation", app.address);
    let file = repo("examples/en-sales-competitor.jsonl");

    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_callshadow"))
        .args(["replay", "--speed", "50", "--url", &url])
        .arg(&file)
        .output()
        .await
        .unwrap();

    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{printed}");
    assert!(printed.contains("> line 2 client (neutral, skeptical): Right. To be honest"));
    assert!(
        printed.contains("< #2 (line 2) suggestion, local"),
        "{printed}"
    );
    assert!(
        printed.contains("signals: price_objection, competitor"),
        "{printed}"
    );
    assert!(printed.contains("* #7 closing"), "{printed}");
    assert!(
        printed.lines().last().unwrap().starts_with(
            "== summary: 1 files, 7 messages; answers: local 7; errors: none; closing: 1"
        ),
        "{printed}"
    );
}

#[tokio::test]
async fn a_line_the_server_refuses_is_named_and_the_exit_code_is_2() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.jsonl");
    let lines = [
        r#"{"text": "Too expensive for us.", "speaker": "client", "sentiment": "negative", "emotion": "annoyed"}"#,
        r#"{"text": "Hello", "speaker": "robot", "sentiment": "neutral", "emotion": "calm"}"#,
        r#"{"text": "Send the contract.", "speaker": "client", "sentiment": "positive", "emotion": "happy"}"#,
    ];
    std::fs::write(&file, lines.join("\n")).unwrap();

    let (code, frames, err) = run(&args(&app, vec![file])).await;

    assert_eq!(code, replay::EXIT_BAD_INPUT, "{err}");
    let summary = frames.last().unwrap();
    assert_eq!(summary["messages"], 3);
    assert_eq!(
        summary["answers"]["local"], 2,
        "the other lines are answered"
    );
    assert_eq!(summary["errors"]["VALIDATION_ERROR"], 1);
    let refused = summary["refused_lines"][0].as_str().unwrap();
    assert!(refused.ends_with("bad.jsonl:2"), "{summary}");
    assert!(err.contains("bad.jsonl:2"), "{err}");
}

#[tokio::test]
async fn with_client_auth_the_token_lets_replay_in_and_its_absence_is_a_connection_failure() {
    let mut settings = test_settings();
    settings.access.api_keys = vec![ApiKey {
        principal: "replayer".to_owned(),
        key: SecretString::from("replay-key-0123456789"),
    }];
    let app = spawn_app_with(settings, None).await;
    let file = repo("examples/en-sales-closing.jsonl");
    let mut with_token = args(&app, vec![file.clone()]);
    with_token.token = Some("replay-key-0123456789".to_owned());

    let (refused, _, err) = run(&args(&app, vec![file])).await;
    let (code, frames, _) = run(&with_token).await;

    assert_eq!(refused, replay::EXIT_CONNECTION);
    assert!(err.contains("401"), "{err}");
    assert_eq!(code, replay::EXIT_OK);
    assert_eq!(frames.last().unwrap()["answers"]["local"], 6);
}
