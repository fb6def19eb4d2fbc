//! Outside checkers run against the real binary: `openapi-spec-validator` on the
//! OpenAPI document it serves, and `schemathesis` on its HTTP routes, sessions in
//! memory or in Redis (generated requests, valid and invalid: no 5xx, every
//! answer as documented, the operator key enforced). Both come from PyPI; where one is missing its test is ignored
//! (CI installs both and requires them, see `build.rs`).

use std::process::Output;

use serde_json::Value;

use crate::helpers::{Client, RedisServer, Server, client_says, start_binary};

/// The operator key the binary is started with.
const ADMIN_KEY: &str = "openapi-checks-operator-key";
/// Generated requests per operation and phase: enough to find what is there,
/// few enough for CI's two cores.
const MAX_EXAMPLES: &str = "50";

/// Runs `program` with `args` in a scratch folder (the checkers write caches).
async fn run(program: &str, args: &[&str]) -> Output {
    let scratch = tempfile::tempdir().unwrap();
    tokio::process::Command::new(program)
        .args(args)
        .current_dir(scratch.path())
        .env("NO_COLOR", "1")
        .kill_on_drop(true)
        .output()
        .await
        .unwrap_or_else(|e| panic!("{program} runs: {e}"))
}

/// The binary's OpenAPI document, as served.
async fn served_document(server: &Server) -> Value {
    let url = format!("http://{}/openapi.json", server.address);
    reqwest::get(url).await.unwrap().json().await.unwrap()
}

/// Opens a session and has one message answered, so the operator routes have a
/// session to list, show and delete.
async fn open_session(server: &Server) -> String {
    let url = format!("ws://{}/ws/conversation", server.address);
    let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mut client = Client::from_stream(ws);
    let init = client.recv_json().await;
    let answer = client.say(&client_says("How much is it?")).await;
    assert_eq!(answer["reply_to"], 1, "{answer}");
    client.close().await;
    init["session_id"].as_str().unwrap().to_owned()
}

#[tokio::test]
#[cfg_attr(
    not(callshadow_openapi_validator),
    ignore = "needs openapi-spec-validator (pip install openapi-spec-validator)"
)]
async fn the_served_openapi_document_passes_the_openapi_validator() {
    let server = start_binary(&[]);
    let document = served_document(&server).await;
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), document.to_string()).unwrap();
    let path = file.path().to_str().unwrap();
    let output = run("openapi-spec-validator", &["--schema", "3.1", path]).await;
    assert!(
        output.status.success(),
        "openapi-spec-validator refused the document:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Runs schemathesis on the binary's document with `args` added; fails the
/// test with its report when it finds anything.
async fn schemathesis(server: &Server, args: &[&str]) {
    let url = format!("http://{}/openapi.json", server.address);
    let auth = format!("Authorization: Bearer {ADMIN_KEY}");
    let mut all = vec!["run", &url, "--header", &auth, "--checks", "all"];
    all.extend([
        "--max-examples",
        MAX_EXAMPLES,
        "--seed",
        "13",
        "--generation-database",
        "none",
        "--no-color",
    ]);
    all.extend(args);
    let output = run("schemathesis", &all).await;
    assert!(
        output.status.success(),
        "schemathesis found problems:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Runs both schemathesis passes against a binary started with `env` and the
/// operator key, holding two sessions.
async fn check_binary(env: &[(&str, &str)]) {
    let mut env = env.to_vec();
    env.push(("ADMIN_API_KEY", ADMIN_KEY));
    let server = start_binary(&env);
    for _ in 0..2 {
        open_session(&server).await;
    }
    // The HTTP routes, with every check, and the stateful phase following the
    // document's links (list a session, show it, delete it).
    schemathesis(&server, &["--exclude-path", "/ws/conversation"]).await;
    // The WebSocket route over plain HTTP: no request of schemathesis can be an
    // upgrade, so each is refused (400, as documented) and "valid data
    // accepted" cannot hold; everything else is checked.
    let socket = [
        "--include-path",
        "/ws/conversation",
        "--exclude-checks",
        "positive_data_acceptance",
        "--phases",
        "coverage,fuzzing",
    ];
    schemathesis(&server, &socket).await;
}

#[tokio::test(flavor = "multi_thread")]
#[cfg_attr(
    not(callshadow_schemathesis),
    ignore = "needs schemathesis (pip install schemathesis)"
)]
async fn schemathesis_finds_no_server_error_and_no_answer_off_the_document() {
    check_binary(&[]).await;
}

#[tokio::test(flavor = "multi_thread")]
#[cfg_attr(
    not(all(callshadow_schemathesis, callshadow_redis)),
    ignore = "needs schemathesis (pip install schemathesis) and redis-server"
)]
async fn schemathesis_finds_nothing_either_with_sessions_in_redis() {
    let redis = RedisServer::start();
    check_binary(&[("REDIS_URL", &redis.url())]).await;
}
