//! The operator REST API: listing, inspecting, deleting, health, and its auth rule.

use secrecy::SecretString;
use serde_json::json;

use crate::helpers::{client_says, load_settings, spawn_app, spawn_app_with, test_settings};

#[tokio::test]
async fn sessions_are_listed_with_total_limit_and_offset() {
    let app = spawn_app().await;
    let mut clients = Vec::new();
    for i in 0..3 {
        let (mut client, _) = app
            .connect_init(&format!("session_id=session-{i:04}"))
            .await;
        client.say(&client_says("Hello")).await;
        clients.push(client);
    }
    let (status, body) = app.get("/ws/sessions").await;
    assert_eq!(status, 200);
    assert_eq!(body["total"], 3);
    assert_eq!(body["sessions"].as_array().unwrap().len(), 3);
    let (_, page) = app.get("/ws/sessions?limit=2&offset=1").await;
    assert_eq!(page["total"], 3);
    let ids: Vec<&str> = page["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["session_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["session-0001", "session-0002"]);
    let (status, body) = app.get("/ws/sessions?limit=0").await;
    assert_eq!(status, 400, "{body}");
    let (status, _) = app.get("/ws/sessions?limit=abc").await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn a_session_is_described_with_every_field() {
    let app = spawn_app().await;
    let (mut client, _) = app.connect_init("session_id=described-1&user_id=u-1").await;
    client.say(&client_says("Hello")).await;
    client.say(&client_says("Again")).await;
    let (status, info) = app.get("/ws/sessions/described-1").await;
    assert_eq!(status, 200);
    assert_eq!(info["session_id"], "described-1");
    assert_eq!(info["user_id"], "u-1");
    assert_eq!(info["message_count"], 2);
    assert_eq!(info["connected"], true);
    assert_eq!(info["prompt_version"], "v1");
    assert!(info["created_at"].is_string() && info["last_activity"].is_string());
    assert_eq!(info["metadata"]["connections"], 1);
}

#[tokio::test]
async fn unknown_sessions_are_404_with_a_detail() {
    let app = spawn_app().await;
    let (status, body) = app.get("/ws/sessions/nope-nope-nope").await;
    assert_eq!(
        (status, body),
        (404, json!({ "detail": "Session not found" }))
    );
    let (status, body) = app.delete("/ws/sessions/nope-nope-nope").await;
    assert_eq!(
        (status, body),
        (404, json!({ "detail": "Session not found" }))
    );
}

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = spawn_app().await;
    assert_eq!(app.get("/health").await, (200, json!({ "status": "ok" })));
    let (status, ready) = app.get("/ready").await;
    assert_eq!(status, 200);
    assert_eq!(ready["status"], "ready");
    assert_eq!(ready["provider"], "local");
    assert!(ready.get("llm_circuit").is_some() && ready.get("redis").is_some());
}

#[tokio::test]
async fn with_an_admin_key_the_operator_routes_need_the_bearer_token() {
    let mut settings = test_settings();
    settings.server.admin_api_key = Some(SecretString::from("s3cret-operator-key"));
    let app = spawn_app_with(settings, None).await;
    let response = app.http.get(app.url("/ws/sessions")).send().await.unwrap();
    assert_eq!(response.status(), 401);
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    let wrong = app
        .http
        .get(app.url("/ws/sessions"))
        .bearer_auth("nope")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    let right = app
        .http
        .get(app.url("/ws/sessions"))
        .bearer_auth("s3cret-operator-key")
        .send()
        .await
        .unwrap();
    assert_eq!(right.status(), 200);
    let delete = app
        .http
        .delete(app.url("/ws/sessions/abcdefgh"))
        .send()
        .await
        .unwrap();
    assert_eq!(delete.status(), 401);
    assert_eq!(
        app.get("/prompts").await.0,
        401,
        "the prompts view is an operator route"
    );
    let prompts = app
        .http
        .get(app.url("/prompts"))
        .bearer_auth("s3cret-operator-key")
        .send()
        .await
        .unwrap();
    assert_eq!(prompts.status(), 200);
    assert_eq!(app.get("/health").await.0, 200, "health needs no token");
}

#[tokio::test]
async fn on_loopback_without_a_key_the_operator_routes_are_open() {
    let app = spawn_app().await;
    assert_eq!(app.get("/ws/sessions").await.0, 200);
}

#[tokio::test]
async fn a_non_loopback_address_without_an_admin_key_refuses_to_start() {
    let error = load_settings(&[("HOST", "0.0.0.0")])
        .unwrap_err()
        .to_string();
    assert!(error.contains("ADMIN_API_KEY"), "{error}");
    assert!(load_settings(&[("HOST", "0.0.0.0"), ("ADMIN_API_KEY", "k")]).is_ok());
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_callshadow"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("HOST", "0.0.0.0")
        .env("PORT", "0")
        .env_remove("ADMIN_API_KEY")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("ADMIN_API_KEY"), "{stderr}");
}
