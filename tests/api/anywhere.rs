//! The binary away from the repository: from an empty directory on the
//! configuration and prompts it carries, with CONFIG_DIR and PROMPTS_DIR
//! elsewhere, and exactly as the container runs it (a non-root user, a working
//! directory holding only what the image copies, production settings), probed
//! by its own `healthcheck`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

use crate::helpers::{Server, client_says, copy_prompts, repo, start_command};

/// Runs `callshadow args` in `dir` with only `env`.
fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_callshadow"))
        .args(args)
        .current_dir(dir)
        .env_clear()
        .envs(env.iter().copied())
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The server's WebSocket URL from its logged `host:port` (0.0.0.0 → loopback).
fn local(address: &str) -> String {
    address.replace("0.0.0.0", "127.0.0.1")
}

async fn converse(address: &str) -> Value {
    let url = format!("ws://{}/ws/conversation", local(address));
    let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mut client = crate::helpers::Client::from_stream(ws);
    let init = client.recv_json().await;
    assert_eq!(init["type"], "session_init", "{init}");
    client
        .say(&client_says("The price is too high for us."))
        .await
}

#[tokio::test]
async fn from_an_empty_directory_it_runs_on_the_configuration_and_prompts_it_carries() {
    let empty = tempfile::tempdir().unwrap();

    let config = run_in(empty.path(), &["config"], &[]);
    let printed = text(&config.stdout);
    assert!(config.status.success(), "{}", text(&config.stderr));
    assert!(
        printed.contains("prompts: (shipped with the binary), checked"),
        "{printed}"
    );
    assert!(printed.contains("MAX_SESSIONS = 10000"), "{printed}");

    let mut command = Command::new(env!("CARGO_BIN_EXE_callshadow"));
    command.current_dir(empty.path());
    let (server, _) = start_command(command, &[]);
    let answer = converse(&server.address).await;
    assert_eq!(answer["type"], "suggestion", "{answer}");
    assert_eq!(answer["meta"]["source"], "local");
    let prompts = server.get_json("/prompts").await;
    assert_eq!(prompts["dir"], "(shipped with the binary)");
    server.stop().await;
}

#[test]
fn config_dir_and_prompts_dir_put_the_files_anywhere() {
    let elsewhere = tempfile::tempdir().unwrap();
    let conf = elsewhere.path().join("conf");
    std::fs::create_dir(&conf).unwrap();
    std::fs::write(conf.join("default.toml"), "max_sessions = 12\n").unwrap();
    let prompts = copy_prompts();
    let prompts_dir = prompts.path().to_string_lossy().into_owned();
    let empty = tempfile::tempdir().unwrap();

    let output = run_in(
        empty.path(),
        &["config"],
        &[
            ("CONFIG_DIR", &conf.to_string_lossy()),
            ("PROMPTS_DIR", &prompts_dir),
        ],
    );

    let printed = text(&output.stdout);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        printed.contains("MAX_SESSIONS = 12"),
        "the file in CONFIG_DIR wins: {printed}"
    );
    assert!(
        printed.contains("MAX_TEXT_CHARS = 8000"),
        "the rest is the shipped default"
    );
    assert!(
        printed.contains(&format!("prompts: {prompts_dir}, checked")),
        "{printed}"
    );
}

#[test]
fn the_config_command_catches_a_broken_template_and_a_missing_prompts_dir() {
    let prompts = copy_prompts();
    let template = prompts.path().join("orchestrator/v1.txt");
    let broken = std::fs::read_to_string(&template).unwrap() + "\nAnd {nonsense}.\n";
    std::fs::write(&template, broken).unwrap();
    let dir = prompts.path().to_string_lossy().into_owned();

    let output = run_in(&repo(""), &["config"], &[("PROMPTS_DIR", &dir)]);

    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("v1.txt") && stderr.contains("nonsense"),
        "{stderr}"
    );

    let missing = run_in(
        &repo(""),
        &["config"],
        &[("PROMPTS_DIR", "/nonexistent/prompts")],
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("/nonexistent/prompts"));
}

#[test]
fn an_environment_variable_close_to_a_setting_is_named_in_a_warning_but_not_its_value() {
    let output = run_in(
        &repo(""),
        &["config"],
        &[
            ("OPENAI_APIKEY", "sk-do-not-print-me"),
            ("MAX_RETRY_LLM", "7"),
        ],
    );
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("OPENAI_APIKEY") && stderr.contains("OPENAI_API_KEY"),
        "{stderr}"
    );
    assert!(
        stderr.contains("MAX_RETRY_LLM") && stderr.contains("MAX_RETRIES_LLM"),
        "{stderr}"
    );
    let everything = stderr + &text(&output.stdout);
    assert!(!everything.contains("sk-do-not-print-me"), "{everything}");
}

/// A working directory holding what the image copies (`config/`, `prompts/`)
/// and the binary, readable by any user.
fn image_root() -> (tempfile::TempDir, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let app = root.path().join("app");
    for folder in ["config", "prompts"] {
        copy_tree(&repo(folder), &app.join(folder));
    }
    let binary = root.path().join("callshadow");
    std::fs::copy(env!("CARGO_BIN_EXE_callshadow"), &binary).unwrap();
    for path in [root.path(), &app] {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    (root, binary)
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// The image's command: the binary in `/app`, as user 10001 when the tests
/// run as root (as the image's `USER`), else as the current (non-root) user.
fn image_command(root: &Path, binary: &Path, args: &[&str]) -> Command {
    use std::os::unix::process::CommandExt;
    let mut command = Command::new(binary);
    command.args(args).current_dir(root.join("app"));
    if nix::unistd::Uid::effective().is_root() {
        command.uid(10001).gid(10001);
    }
    command
}

const IMAGE_ENV: [(&str, &str); 3] = [
    ("APP_ENV", "production"),
    ("HOST", "0.0.0.0"),
    ("ADMIN_API_KEY", "image-test-operator-key"),
];

#[tokio::test]
async fn run_as_the_image_runs_it_it_converses_answers_operators_and_its_healthcheck() {
    let (root, binary) = image_root();
    let (server, _) = start_command(image_command(root.path(), &binary, &[]), &IMAGE_ENV);
    let port = server.address.rsplit(':').next().unwrap().to_owned();

    let answer = converse(&server.address).await;
    assert_eq!(answer["type"], "suggestion", "{answer}");
    let sessions = format!("http://{}/ws/sessions", local(&server.address));
    let http = reqwest::Client::new();
    assert_eq!(http.get(&sessions).send().await.unwrap().status(), 401);
    let authorized = http
        .get(&sessions)
        .bearer_auth("image-test-operator-key")
        .send()
        .await
        .unwrap();
    assert_eq!(authorized.status(), 200);

    let env: Vec<(&str, &str)> = IMAGE_ENV
        .iter()
        .copied()
        .chain([("PORT", port.as_str())])
        .collect();
    let probe = image_command(root.path(), &binary, &["healthcheck"])
        .env_clear()
        .envs(env.iter().copied())
        .output()
        .unwrap();
    assert!(probe.status.success(), "{}", text(&probe.stderr));
    stop_and_probe_again(server, root.path(), &binary, &env).await;
}

async fn stop_and_probe_again(server: Server, root: &Path, binary: &Path, env: &[(&str, &str)]) {
    server.stop().await;
    let probe = image_command(root, binary, &["healthcheck"])
        .env_clear()
        .envs(env.iter().copied())
        .output()
        .unwrap();
    assert_eq!(
        probe.status.code(),
        Some(1),
        "a stopped server fails the probe"
    );
    assert!(
        text(&probe.stderr).contains("unreachable"),
        "{}",
        text(&probe.stderr)
    );
}
