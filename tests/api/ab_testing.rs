//! A/B tests of orchestrator prompts through the real server: sticky assignment,
//! where the version shows, and the outcomes per version on `GET /prompts`.

use callshadow::agents::experiment::bucket;
use callshadow::config::{ProviderChoice, Settings};
use serde_json::{Value, json};

use crate::fake_llm::Step;
use crate::helpers::{
    Client, client_says, spawn_app_with, spawn_llm_app, start_binary_logged, test_settings,
};

/// A session id in the alternative arm (`true`) or the default one, for `split`.
fn session_id(alternative: bool, split: u8) -> String {
    (0..)
        .map(|n| format!("ab-session-{n:04}"))
        .find(|id| (bucket(id) < split) == alternative)
        .unwrap()
}

fn ab_settings(mut settings: Settings, split: u8, alternative: &str) -> Settings {
    ab_test(&mut settings, split, alternative);
    settings
}

fn ab_test(settings: &mut Settings, split: u8, alternative: &str) {
    settings.agents.ab_testing = true;
    settings.agents.ab_split = split;
    settings.agents.ab_alternative = alternative.to_owned();
}

#[tokio::test]
async fn with_a_100_percent_split_a_new_session_gets_the_alternative_everywhere() {
    let app = spawn_app_with(ab_settings(test_settings(), 100, "v3"), None).await;
    let (mut client, init) = app.connect_init("").await;
    assert_eq!(init["prompt_version"], "v3", "{init}");
    let answer = client.say(&client_says("Hello")).await;
    assert_eq!(answer["meta"]["prompt_version"], "v3", "{answer}");
    let id = init["session_id"].as_str().unwrap();
    let (_, info) = app.get(&format!("/ws/sessions/{id}")).await;
    assert_eq!(info["prompt_version"], "v3", "{info}");
}

#[tokio::test]
async fn a_session_keeps_its_version_across_reconnects() {
    let app = spawn_app_with(ab_settings(test_settings(), 50, "v2"), None).await;
    for (alternative, version) in [(true, "v2"), (false, "v1")] {
        let query = format!("session_id={}", session_id(alternative, 50));
        let (client, init) = app.connect_init(&query).await;
        assert_eq!(init["resumed"], false);
        assert_eq!(init["prompt_version"], version, "{init}");
        client.close().await;
        let (mut again, init) = app.connect_init(&query).await;
        assert_eq!(init["resumed"], true);
        assert_eq!(init["prompt_version"], version, "sticky across reconnects");
        let answer = again.say(&client_says("Hello")).await;
        assert_eq!(answer["meta"]["prompt_version"], version);
    }
}

/// Connects to the binary at `address` with `session_id`; the client and its init.
async fn connect_binary(address: &str, session_id: &str) -> (Client, Value) {
    let url = format!("ws://{address}/ws/conversation?session_id={session_id}");
    let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mut client = Client::from_stream(ws);
    let init = client.recv_json().await;
    (client, init)
}

#[tokio::test]
async fn a_session_gets_the_same_version_after_a_restart_and_its_version_is_logged() {
    let env = [
        ("ENABLE_PROMPT_AB_TESTING", "true"),
        ("PROMPT_AB_TEST_SPLIT", "50"),
        ("PROMPT_AB_ALTERNATIVE", "v2"),
    ];
    let id = session_id(true, 50);
    let (server, logs) = start_binary_logged(&env);
    let address = server.address.clone();
    let (mut client, init) = connect_binary(&address, &id).await;
    assert_eq!(init["prompt_version"], "v2", "{init}");
    assert_eq!(
        client.say(&client_says("Hello")).await["meta"]["prompt_version"],
        "v2"
    );
    server.stop().await;
    let logged: Vec<Value> = logs.iter().collect();
    let created = logged
        .iter()
        .find(|l| l["message"] == "session created")
        .unwrap();
    assert_eq!(
        (
            created["session.id"].as_str(),
            created["prompt_version"].as_str()
        ),
        (Some(id.as_str()), Some("v2"))
    );
    let sent = logged
        .iter()
        .find(|l| l["message"] == "suggestion sent")
        .unwrap();
    assert_eq!(
        sent["span"]["prompt_version"], "v2",
        "the message span: {sent}"
    );

    let (server, _) = start_binary_logged(&env);
    let address = server.address.clone();
    let (_, init) = connect_binary(&address, &id).await;
    assert_eq!(init["resumed"], false, "a new process forgot the session");
    assert_eq!(
        init["prompt_version"], "v2",
        "but gives it the same version"
    );
    server.stop().await;
}

#[tokio::test]
async fn the_outcomes_of_each_version_can_be_read_on_the_prompts_route() {
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        ab_test(settings, 50, "v2");
        settings.llm.max_retries = 0;
    })
    .await;
    app.llm
        .when_prompt_contains("## Examples", Step::status(503));
    let (mut on_v2, _) = app
        .connect_init(&format!("session_id={}", session_id(true, 50)))
        .await;
    let (mut on_v1, _) = app
        .connect_init(&format!("session_id={}", session_id(false, 50)))
        .await;
    for _ in 0..2 {
        assert_eq!(
            on_v2.say(&client_says("Hello")).await["error_code"],
            "LLM_ERROR"
        );
    }
    assert_eq!(
        on_v1.say(&client_says("Hello")).await["meta"]["source"],
        "llm"
    );
    on_v1
        .say(&client_says("Perfect, send me the contract today."))
        .await;
    assert_eq!(on_v1.recv_json().await["type"], "closing");

    let (status, body) = app.get("/prompts").await;

    assert_eq!(status, 200);
    let orchestrator = &body["orchestrator"];
    assert_eq!(orchestrator["default"], "v1");
    assert_eq!(orchestrator["alternative"], "v2");
    assert_eq!(orchestrator["ab_testing"], true);
    assert_eq!(orchestrator["split"], 50);
    assert_eq!(orchestrator["versions"], json!(["v1", "v2", "v3"]));
    assert_outcomes(&orchestrator["outcomes"]);
    assert_the_other_agents(&body);
}

/// The closing detector, the summarizer and the prompts' state on `/prompts`.
fn assert_the_other_agents(body: &Value) {
    assert_eq!(body["closing_detector"]["version"], "v1");
    assert_eq!(body["closing_detector"]["threshold"], 0.7);
    let summarizer = &body["summarizer"];
    assert_eq!(
        (
            &summarizer["enabled"],
            &summarizer["version"],
            &summarizer["versions"]
        ),
        (&json!(true), &json!("v1"), &json!(["v1"]))
    );
    assert_eq!(body["prompt_token_budget"], 4000);
    assert!(body["loaded_at"].is_string());
    assert_eq!(body["last_reload_error"], Value::Null);
}

/// v1 answered twice by the LLM with one closing frame; v2 failed twice.
fn assert_outcomes(outcomes: &Value) {
    let (v1, v2) = (&outcomes["v1"], &outcomes["v2"]);
    assert_eq!(v1["sessions_assigned"], 1, "{outcomes}");
    assert_eq!(v2["sessions_assigned"], 1, "{outcomes}");
    assert_eq!(v1["replies"], 2);
    assert_eq!(v1["suggestions"], json!({ "llm": 2 }));
    assert_eq!(v1["errors"], json!({}));
    assert_eq!(v1["closing_opportunities"], 1);
    assert_eq!(v2["replies"], 2);
    assert_eq!(v2["errors"], json!({ "LLM_ERROR": 2 }));
    assert_eq!(v2["suggestions"], json!({}));
    assert!(
        v1["mean_latency_ms"].is_number() && v1["last_latency_ms"].is_u64(),
        "{v1}"
    );
}
