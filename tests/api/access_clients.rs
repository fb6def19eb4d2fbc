//! Who gets in, tried as an attacker would: a browser page of another site, a
//! stolen session id, no or a wrong or an expired token, another principal's
//! session — each refused before the upgrade with an HTTP status and a JSON
//! reason, while the rightful client goes on untouched.

use std::time::{SystemTime, UNIX_EPOCH};

use callshadow::config::{ApiKey, Settings};
use jsonwebtoken::{EncodingKey, Header};
use secrecy::SecretString;
use serde_json::{Value, json};

use crate::helpers::{CapturedLogs, TestApp, client_says, spawn_app_with, test_settings};

const JWT_SECRET: &str = "tests-jwt-secret-of-at-least-32-bytes";
const AGENT_KEY: &str = "agent-key-0123456789";

async fn app(edit: impl FnOnce(&mut Settings)) -> TestApp {
    let mut settings = test_settings();
    edit(&mut settings);
    spawn_app_with(settings, None).await
}

fn jwt(sub: &str, valid_for_secs: i64) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let claims = json!({ "sub": sub, "exp": now + valid_for_secs });
    let key = EncodingKey::from_secret(JWT_SECRET.as_bytes()).unwrap();
    jsonwebtoken::encode(&Header::default(), &claims, &key).unwrap()
}

fn with_client_auth(settings: &mut Settings) {
    settings.access.api_keys = vec![ApiKey {
        principal: "agent-7".to_owned(),
        key: SecretString::from(AGENT_KEY),
    }];
    settings.access.jwt_secret = Some(SecretString::from(JWT_SECRET));
}

#[tokio::test]
async fn an_upgrade_from_a_foreign_origin_is_refused_with_403_and_a_reason() {
    let app = app(|s| s.server.cors_origins = vec!["https://console.example".to_owned()]).await;
    for origin in ["https://evil.example", "null"] {
        let refused = app.upgrade("", &[("origin", origin)], None).await.err();
        let (status, body) = refused.expect("refused");
        assert_eq!(status, 403, "{origin}");
        assert!(
            body["detail"].as_str().unwrap().contains("origin"),
            "{body}"
        );
    }
    assert_eq!(
        app.state.sessions.len(),
        0,
        "nothing was spent on a refusal"
    );
    assert!(
        app.upgrade("", &[("origin", "https://console.example")], None)
            .await
            .is_ok()
    );
    assert!(
        app.upgrade("", &[], None).await.is_ok(),
        "no Origin: not a browser"
    );
}

#[tokio::test]
async fn a_known_session_id_without_its_resume_token_hijacks_nothing() {
    let app = app(|s| s.access.require_resume_token = true).await;
    let (mut victim, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    let token = init["resume_token"]
        .as_str()
        .expect("a new session's resume token")
        .to_owned();
    assert!(token.len() >= 32, "at least 128 bits");
    victim
        .say(&client_says("Our budget is tight this year."))
        .await;

    let app = &app;
    let refusal =
        |query: String| async move { app.upgrade(&query, &[], None).await.err().unwrap() };
    let unknown = refusal("session_id=never-existed-1".to_owned()).await;
    let missing = refusal(format!("session_id={id}")).await;
    let wrong = refusal(format!("session_id={id}&resume_token={}", "0".repeat(64))).await;

    assert_eq!(missing.0, 403);
    assert_eq!(
        missing, unknown,
        "nothing tells a real session from an unknown one"
    );
    assert_eq!(wrong, unknown);
    let answer = victim.say(&client_says("Still me")).await;
    assert_eq!(
        (answer["type"].as_str(), answer["reply_to"].as_u64()),
        (Some("suggestion"), Some(2))
    );
    victim.close().await;
    let mut owner = app
        .upgrade(&format!("session_id={id}&resume_token={token}"), &[], None)
        .await
        .unwrap();
    let init = owner.recv_json().await;
    assert_eq!(
        (init["resumed"].clone(), init["history_length"].clone()),
        (json!(true), json!(2))
    );
    assert!(
        init.get("resume_token").is_none(),
        "given once, at creation"
    );
}

#[tokio::test]
async fn with_resume_tokens_required_a_client_cannot_choose_the_id_of_a_new_session() {
    let app = app(|s| s.access.require_resume_token = true).await;
    let (status, _) = app
        .upgrade("session_id=chosen-by-me", &[], None)
        .await
        .err()
        .unwrap();
    assert_eq!(status, 403);
    assert_eq!(app.state.sessions.len(), 0);
}

#[tokio::test]
async fn without_a_valid_key_or_token_the_upgrade_is_refused_with_401() {
    let app = app(with_client_auth).await;
    let expired = jwt("alice", -120);
    let cases: [(&str, Vec<(&str, String)>); 4] = [
        ("", vec![]),
        ("token=wrong-key-0123456789", vec![]),
        ("", vec![("authorization", format!("Bearer {expired}"))]),
        ("", vec![("authorization", "Bearer not.a.jwt".to_owned())]),
    ];
    for (query, headers) in cases {
        let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, body) = app.upgrade(query, &headers, None).await.err().unwrap();
        assert_eq!(status, 401, "{query} {headers:?}: {body}");
        assert!(body["detail"].is_string());
    }
}

#[tokio::test]
async fn a_key_or_a_token_names_the_user_and_another_principal_cannot_resume_the_session() {
    let app = app(with_client_auth).await;
    let bearer = format!("Bearer {}", jwt("alice", 600));
    let mut alice = app
        .upgrade("user_id=ignored", &[("authorization", &bearer)], None)
        .await
        .unwrap();
    let init = alice.recv_json().await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    let resume = init["resume_token"].as_str().unwrap().to_owned();
    alice.say(&client_says("Hello")).await;
    assert_eq!(
        app.get(&format!("/ws/sessions/{id}")).await.1["user_id"],
        "alice"
    );

    let query = format!("session_id={id}&resume_token={resume}&token={AGENT_KEY}");
    let (status, _) = app
        .upgrade(&query, &[], None)
        .await
        .err()
        .expect("another principal is refused");

    assert_eq!(status, 403);
    let answer = alice.say(&client_says("Still mine")).await;
    assert_eq!(
        answer["reply_to"], 2,
        "the owner's connection is untouched: {answer}"
    );
    let mut by_key = app
        .upgrade(&format!("token={AGENT_KEY}"), &[], None)
        .await
        .unwrap();
    assert_eq!(
        by_key.recv_json().await["type"],
        "session_init",
        "a key in ?token= works too"
    );
}

#[tokio::test]
async fn a_live_connection_is_closed_with_4003_when_its_token_expires() {
    let app = app(with_client_auth).await;
    let bearer = format!("Bearer {}", jwt("bob", 2));
    let mut client = app
        .upgrade("", &[("authorization", &bearer)], None)
        .await
        .unwrap();
    assert_eq!(client.recv_json().await["type"], "session_init");
    client.say(&client_says("Hello")).await;

    let (frames, close) = client.recv_until_close().await;

    assert_eq!(
        frames.last().map(|f| f["error_code"].clone()),
        Some(json!("SESSION_ERROR")),
        "{frames:?}"
    );
    let close = close.expect("a close frame");
    assert_eq!(u16::from(close.code), 4003);
    assert!(close.reason.contains("token expired"), "{}", close.reason);
}

#[tokio::test]
async fn tokens_reach_neither_the_logs_nor_the_operator_api() {
    let (logs, _guard) = CapturedLogs::start();
    let app = app(|s| {
        with_client_auth(s);
        s.access.require_resume_token = true;
    })
    .await;
    let mut client = app
        .upgrade(&format!("token={AGENT_KEY}&user_id=x"), &[], None)
        .await
        .unwrap();
    let init = client.recv_json().await;
    let (id, resume) = (
        init["session_id"].as_str().unwrap(),
        init["resume_token"].as_str().unwrap(),
    );
    client.say(&client_says("Hello")).await;
    client.close().await;
    let query = format!("session_id={id}&resume_token={resume}&token={AGENT_KEY}");
    let mut again = app.upgrade(&query, &[], None).await.unwrap();
    again.recv_json().await;
    let (_, info): (u16, Value) = app.get(&format!("/ws/sessions/{id}")).await;
    let (_, list) = app.get("/ws/sessions").await;

    let logged = logs.text();
    assert!(
        logged.contains("DEBUG") || logged.contains("TRACE"),
        "logs were captured"
    );
    for secret in [AGENT_KEY, resume] {
        assert!(!logged.contains(secret), "{secret} in the logs");
        assert!(!info.to_string().contains(secret) && !list.to_string().contains(secret));
    }
    assert!(!info.to_string().contains("resume_hash"));
}
