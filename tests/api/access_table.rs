//! One client cannot take the session table, and the operator API is not for
//! web pages: sessions opened in a loop hit per-address quotas while a real
//! client keeps being served; oversized `user_id` and `timestamp` are refused;
//! the memory budget refuses new sessions clearly; `X-Forwarded-For` counts
//! only from trusted proxies; cross-site and rebinding requests to the operator
//! routes are refused.

use std::net::IpAddr;

use callshadow::config::Settings;
use serde_json::json;

use crate::helpers::{TestApp, client_says, spawn_app_with, test_settings};

async fn app(edit: impl FnOnce(&mut Settings)) -> TestApp {
    let mut settings = test_settings();
    edit(&mut settings);
    spawn_app_with(settings, None).await
}

fn ip(text: &str) -> IpAddr {
    text.parse().unwrap()
}

#[tokio::test]
async fn a_client_opening_sessions_in_a_loop_is_stopped_while_a_real_client_is_served() {
    let app = app(|s| {
        s.access.max_sessions_per_ip = Some(30);
        s.access.creations_per_minute_per_ip = std::num::NonZeroU32::new(20);
    })
    .await;
    let attacker = Some(ip("127.0.0.3"));
    let mut held = Vec::new();
    let mut refused = Vec::new();
    for _ in 0..60 {
        match app.upgrade("", &[], attacker).await {
            Ok(client) => held.push(client),
            Err((status, body)) => refused.push((status, body)),
        }
    }
    assert_eq!(held.len(), 20, "SESSION_CREATIONS_PER_MINUTE_PER_IP");
    assert!(
        refused.iter().all(|(status, _)| *status == 429),
        "{refused:?}"
    );
    assert!(
        refused[0].1["detail"]
            .as_str()
            .unwrap()
            .contains("SESSION_CREATIONS_PER_MINUTE_PER_IP")
    );

    let mut real = app
        .upgrade("", &[], Some(ip("127.0.0.4")))
        .await
        .expect("another client is served");
    assert_eq!(real.recv_json().await["type"], "session_init");
    assert_eq!(real.say(&client_says("Hello")).await["type"], "suggestion");
}

#[tokio::test]
async fn live_sessions_per_address_are_capped_and_an_ipv4_client_counts_alone() {
    let app = app(|s| s.access.max_sessions_per_ip = Some(3)).await;
    let mut held = Vec::new();
    for _ in 0..3 {
        let mut client = app.upgrade("", &[], Some(ip("127.0.0.5"))).await.unwrap();
        client.recv_json().await;
        held.push(client);
    }
    let (status, body) = app
        .upgrade("", &[], Some(ip("127.0.0.5")))
        .await
        .err()
        .unwrap();
    assert_eq!(status, 429);
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .contains("MAX_SESSIONS_PER_IP"),
        "{body}"
    );
    assert!(app.upgrade("", &[], Some(ip("127.0.0.6"))).await.is_ok());
}

#[tokio::test]
async fn an_oversized_user_id_or_timestamp_is_refused_and_not_kept() {
    let app = app(|_| {}).await;
    let long = "u".repeat(1_000);
    let (status, body) = app
        .upgrade(&format!("user_id={long}"), &[], None)
        .await
        .err()
        .unwrap();
    assert_eq!(status, 400, "{body}");
    assert!(body["detail"].as_str().unwrap().contains("user_id"));

    let (mut client, init) = app.connect_init("user_id=agent.42@example").await;
    let mut message = client_says("Hello");
    message["timestamp"] = json!(format!("2026-12-01T10:00:00Z{}", " ".repeat(10_000)));
    let answer = client.say(&message).await;
    assert_eq!(answer["error_code"], "VALIDATION_ERROR", "{answer}");
    assert_eq!(answer["details"][0]["field"], "timestamp");
    let id = init["session_id"].as_str().unwrap();
    let (_, info) = app.get(&format!("/ws/sessions/{id}")).await;
    assert_eq!(
        (info["message_count"].as_u64(), info["user_id"].as_str()),
        (Some(0), Some("agent.42@example"))
    );
}

#[tokio::test]
async fn past_the_memory_budget_new_sessions_are_refused_with_503_until_memory_is_freed() {
    let app = app(|s| s.access.memory_budget_bytes = 64 * 1024).await;
    let (mut client, init) = app.connect_init("").await;
    let long = "This is a long sentence about our procurement process. ".repeat(100);
    while !app.state.sessions.quotas().over_budget() {
        client.say(&client_says(&long)).await;
    }

    let (status, body) = app.upgrade("", &[], None).await.err().expect("refused");

    assert_eq!(status, 503);
    assert!(
        body["detail"].as_str().unwrap().contains("memory budget"),
        "{body}"
    );
    assert_eq!(
        client.say(&client_says("Go on")).await["type"],
        "suggestion",
        "live ones go on"
    );
    let id = init["session_id"].as_str().unwrap();
    assert_eq!(app.delete(&format!("/ws/sessions/{id}")).await.0, 200);
    assert!(
        app.upgrade("", &[], None).await.is_ok(),
        "freed memory lets sessions in again"
    );
}

#[tokio::test]
async fn x_forwarded_for_counts_only_from_trusted_proxies() {
    let app = app(|s| {
        s.access.trusted_proxies = vec!["127.0.0.7/32".parse().unwrap()];
        s.access.max_sessions_per_ip = Some(1);
    })
    .await;
    let proxy = Some(ip("127.0.0.7"));
    let client_a = [("x-forwarded-for", "203.0.113.10")];
    let client_b = [("x-forwarded-for", "203.0.113.11")];
    let mut a = app.upgrade("", &client_a, proxy).await.unwrap();
    a.recv_json().await;
    assert_eq!(
        app.upgrade("", &client_a, proxy).await.err().unwrap().0,
        429,
        "the same client behind the proxy"
    );
    assert!(
        app.upgrade("", &client_b, proxy).await.is_ok(),
        "another client behind the proxy"
    );

    let untrusted = Some(ip("127.0.0.8"));
    let mut first = app.upgrade("", &client_a, untrusted).await.unwrap();
    first.recv_json().await;
    let spoofed = app.upgrade("", &client_b, untrusted).await;
    assert_eq!(
        spoofed.err().unwrap().0,
        429,
        "an untrusted peer's header is ignored"
    );
}

async fn operator_get(app: &TestApp, headers: &[(&str, &str)]) -> (u16, Option<String>) {
    let mut request = app.http.get(app.url("/ws/sessions"));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.unwrap();
    let allowed = response
        .headers()
        .get("access-control-allow-origin")
        .map(|v| v.to_str().unwrap().to_owned());
    (response.status().as_u16(), allowed)
}

#[tokio::test]
async fn web_pages_of_other_sites_and_rebound_hosts_cannot_use_the_operator_api() {
    let app = app(|s| s.server.cors_origins = vec!["*".to_owned()]).await;
    assert_eq!(operator_get(&app, &[]).await.0, 200, "curl on this machine");
    let (status, allowed) = operator_get(&app, &[("origin", "https://evil.example")]).await;
    assert_eq!((status, allowed), (403, None));
    let (status, _) = operator_get(&app, &[("host", "attacker.example")]).await;
    assert_eq!(
        status, 403,
        "DNS rebinding: a foreign Host without ADMIN_API_KEY"
    );
    let preflight = app
        .http
        .request(
            reqwest::Method::OPTIONS,
            app.url("/ws/sessions/some-session"),
        )
        .header("origin", "https://evil.example")
        .header("access-control-request-method", "DELETE")
        .send()
        .await
        .unwrap();
    assert!(
        preflight
            .headers()
            .get("access-control-allow-origin")
            .is_none(),
        "no CORS for operator routes"
    );
    let same_site = format!("http://{}", app.address);
    assert_eq!(
        operator_get(&app, &[("origin", &same_site)]).await.0,
        200,
        "a page the server served"
    );
}

#[tokio::test]
async fn with_an_admin_key_any_host_may_call_the_operator_api_with_the_key() {
    let app =
        app(|s| s.server.admin_api_key = Some(secrecy::SecretString::from("admin-key-0123456789")))
            .await;
    let (status, _) = operator_get(
        &app,
        &[
            ("host", "callshadow.internal"),
            ("authorization", "Bearer admin-key-0123456789"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = operator_get(&app, &[("host", "callshadow.internal")]).await;
    assert_eq!(status, 401);
}
