//! The WebSocket protocol as a client sees it: frames, numbering, validation errors.

use std::sync::atomic::Ordering;
use std::time::Duration;

use callshadow::agents::error::AgentError;
use callshadow::llm::error::LlmError;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

use crate::helpers::{
    Script, ScriptedProvider, client_says, spawn_app, spawn_app_with, test_settings, wait_for,
};

#[tokio::test]
async fn the_first_frame_of_a_new_connection_is_session_init() {
    let app = spawn_app().await;
    let (_client, init) = app.connect_init("").await;
    assert_eq!(init["resumed"], false);
    assert_eq!(init["message"], "Session created successfully");
    assert_eq!(init["history_length"], 0);
    assert_eq!(init["prompt_version"], "v1");
    let id = init["session_id"].as_str().unwrap();
    assert!(
        uuid::Uuid::parse_str(id).is_ok(),
        "a fresh id is a UUID: {id}"
    );
}

#[tokio::test]
async fn a_message_is_answered_by_a_suggestion_with_reply_to_message_id_and_meta() {
    let app = spawn_app().await;
    let (mut client, _) = app.connect_init("").await;
    let mut message = client_says("Honestly this is too expensive for us.");
    message["message_id"] = json!("m-1");
    let answer = client.say(&message).await;
    assert_eq!(answer["type"], "suggestion", "{answer}");
    assert_eq!(answer["reply_to"], 1);
    assert_eq!(answer["message_id"], "m-1");
    let questions = answer["data"]["questions"].as_array().unwrap();
    assert!((2..=3).contains(&questions.len()), "{answer}");
    let signals = answer["data"]["signals_detected"].as_array().unwrap();
    assert!(signals.contains(&json!("price_objection")), "{answer}");
    assert!(
        !answer["data"]["recommended_direction"]
            .as_str()
            .unwrap()
            .is_empty()
    );
    assert_eq!(answer["meta"]["source"], "local");
    assert_eq!(answer["meta"]["prompt_version"], "v1");
    assert!(answer["meta"]["latency_ms"].is_u64());
}

#[tokio::test]
async fn a_french_conversation_gets_french_suggestions() {
    let app = spawn_app().await;
    let (mut client, _) = app.connect_init("").await;
    let answer = client
        .say(&client_says(
            "Franchement, c'est beaucoup trop cher pour nous.",
        ))
        .await;
    assert!(
        answer["data"]["signals_detected"]
            .as_array()
            .unwrap()
            .contains(&json!("price_objection"))
    );
    let english = client_says("Honestly, this is far too expensive for us.");
    let (mut other, _) = app.connect_init("").await;
    let english_answer = other.say(&english).await;
    assert_ne!(
        answer["data"]["questions"],
        english_answer["data"]["questions"]
    );
}

#[tokio::test]
async fn seq_numbers_continue_across_reconnects() {
    let app = spawn_app().await;
    let (mut client, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    assert_eq!(client.say(&client_says("Hello")).await["reply_to"], 1);
    assert_eq!(
        client.say(&client_says("Who are you?")).await["reply_to"],
        2
    );
    client.close().await;
    let (mut again, init) = app.connect_init(&format!("session_id={id}")).await;
    assert_eq!(init["resumed"], true);
    assert_eq!(init["message"], "Session resumed");
    assert_eq!(init["history_length"], 2);
    assert_eq!(again.say(&client_says("I'm back")).await["reply_to"], 3);
}

/// Sends `raw`, expects a VALIDATION_ERROR naming `field`, then checks the socket
/// still answers a valid message.
async fn assert_rejected(raw: &str, field: &str, max_text_chars: Option<usize>) {
    let mut settings = test_settings();
    if let Some(max) = max_text_chars {
        settings.ws.max_text_chars = max;
    }
    let app = spawn_app_with(settings, None).await;
    let (mut client, _) = app.connect_init("").await;
    client.send_text(raw).await;
    let error = client.recv_json().await;
    assert_eq!(error["type"], "error", "{error}");
    assert_eq!(error["error_code"], "VALIDATION_ERROR", "{error}");
    let details = error["details"]
        .as_array()
        .expect("details list the problems");
    assert!(
        details.iter().any(|d| d["field"] == field),
        "no {field} in {error}"
    );
    assert!(error.get("fallback_suggestion").is_none(), "{error}");
    assert!(
        error.get("reply_to").is_none(),
        "a rejected frame is not numbered: {error}"
    );
    let answer = client.say(&client_says("Still there?")).await;
    assert_eq!(
        answer["type"], "suggestion",
        "the socket survives: {answer}"
    );
    assert_eq!(answer["reply_to"], 1, "rejected frames take no seq");
}

#[tokio::test]
async fn a_frame_that_is_not_json_is_a_validation_error_and_the_socket_stays_open() {
    assert_rejected("this is not json", "$", None).await;
}

#[tokio::test]
async fn a_missing_field_is_named() {
    assert_rejected(
        r#"{"speaker":"client","sentiment":"neutral","emotion":"calm"}"#,
        "text",
        None,
    )
    .await;
}

#[tokio::test]
async fn a_wrong_enum_value_is_named() {
    let raw = r#"{"text":"hi","speaker":"robot","sentiment":"neutral","emotion":"calm"}"#;
    assert_rejected(raw, "speaker", None).await;
}

#[tokio::test]
async fn an_empty_text_is_rejected() {
    let raw = r#"{"text":"   ","speaker":"client","sentiment":"neutral","emotion":"calm"}"#;
    assert_rejected(raw, "text", None).await;
}

#[tokio::test]
async fn a_text_over_max_text_chars_is_rejected() {
    let raw = json!({"text": "a".repeat(101), "speaker":"client", "sentiment":"neutral", "emotion":"calm"});
    assert_rejected(&raw.to_string(), "text", Some(100)).await;
}

#[tokio::test]
async fn wrong_types_are_named() {
    let raw = r#"{"text":"hi","speaker":"client","sentiment":3,"emotion":"calm"}"#;
    assert_rejected(raw, "sentiment", None).await;
    assert_rejected(
        r#"{"text":42,"speaker":"client","sentiment":"neutral","emotion":"calm"}"#,
        "text",
        None,
    )
    .await;
    assert_rejected(r#"[1, 2, 3]"#, "$", None).await;
}

#[tokio::test]
async fn a_validation_error_lists_every_bad_field_and_echoes_message_id() {
    let app = spawn_app().await;
    let (mut client, _) = app.connect_init("").await;
    client
        .send_text(r#"{"text":"","speaker":"x","message_id":"abc"}"#)
        .await;
    let error = client.recv_json().await;
    let fields: Vec<&str> = error["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, vec!["text", "speaker", "sentiment", "emotion"]);
    assert_eq!(error["message_id"], "abc");
}

#[tokio::test]
async fn a_binary_frame_closes_with_1003_and_a_reason_and_the_session_lives_on() {
    let app = spawn_app().await;
    let (mut client, init) = app.connect_init("").await;
    client.say(&client_says("Hello there")).await;
    client.send_raw(Message::binary(vec![1, 2, 3])).await;
    let (_, close) = client.recv_until_close().await;
    let close = close.expect("a close frame");
    assert_eq!(u16::from(close.code), 1003);
    assert!(!close.reason.is_empty());
    let id = init["session_id"].as_str().unwrap();
    let (_, init) = app.connect_init(&format!("session_id={id}")).await;
    assert_eq!(init["history_length"], 1);
}

#[tokio::test]
async fn a_frame_over_max_message_bytes_closes_with_1009_and_a_reason() {
    let app = spawn_app().await;
    let (mut client, _) = app.connect_init("").await;
    let huge = client_says(&"x".repeat(70 * 1024));
    client.send_json(&huge).await;
    let (frames, close) = client.recv_until_close().await;
    assert!(
        frames.is_empty(),
        "nothing answers an oversize frame: {frames:?}"
    );
    let close = close.expect("a close frame");
    assert_eq!(u16::from(close.code), 1009);
    assert!(
        close.reason.contains("MAX_MESSAGE_BYTES"),
        "{}",
        close.reason
    );
}

#[tokio::test]
async fn a_text_frame_that_is_not_utf8_closes_with_1007_and_a_reason_and_the_session_lives_on() {
    use tokio_tungstenite::tungstenite::protocol::frame::Frame;
    use tokio_tungstenite::tungstenite::protocol::frame::coding::{Data, OpCode};
    let app = spawn_app().await;
    let (mut client, init) = app.connect_init("").await;
    client.say(&client_says("Hello there")).await;
    let invalid = Frame::message(vec![b'{', 0xff, 0xfe, b'}'], OpCode::Data(Data::Text), true);
    client.send_raw(Message::Frame(invalid)).await;
    let (frames, close) = client.recv_until_close().await;
    assert!(frames.is_empty(), "{frames:?}");
    let close = close.expect("a close frame");
    assert_eq!(u16::from(close.code), 1007);
    assert!(close.reason.contains("UTF-8"), "{}", close.reason);
    let id = init["session_id"].as_str().unwrap();
    let (_, init) = app.connect_init(&format!("session_id={id}")).await;
    assert_eq!(init["history_length"], 1, "the session lives on");
}

#[tokio::test]
async fn a_provider_error_is_answered_with_its_code_and_a_fallback() {
    type Case = (fn() -> AgentError, &'static str);
    let cases: [Case; 3] = [
        (
            || AgentError::Llm {
                error: LlmError::Server {
                    status: 503,
                    excerpt: String::new(),
                    retry_after: None,
                },
                attempts: 4,
            },
            "LLM_ERROR",
        ),
        (|| AgentError::Parsing, "PARSING_ERROR"),
        (
            || AgentError::Other("tool failed".to_owned()),
            "AGENT_ERROR",
        ),
    ];
    for (error, code) in cases {
        let provider = ScriptedProvider::new(Duration::ZERO, Script::Fail(error));
        let app = spawn_app_with(test_settings(), Some(provider)).await;
        let (mut client, _) = app.connect_init("").await;
        let mut message = client_says("We already work with a competitor.");
        message["message_id"] = json!(41);
        let answer = client.say(&message).await;
        assert_eq!(answer["error_code"], code, "{answer}");
        assert_eq!(answer["reply_to"], 1);
        assert_eq!(answer["message_id"], 41);
        assert_fallback_fits(&answer, "competitor");
    }
}

#[tokio::test]
async fn a_panicking_provider_gives_internal_error_with_a_fallback_and_the_socket_survives() {
    let provider = ScriptedProvider::new(Duration::ZERO, Script::Panic);
    let app = spawn_app_with(test_settings(), Some(provider)).await;
    let (mut client, _) = app.connect_init("").await;
    let answer = client
        .say(&client_says("I don't understand what you mean."))
        .await;
    assert_eq!(answer["error_code"], "INTERNAL_ERROR", "{answer}");
    assert_fallback_fits(&answer, "confusion");
    assert!(
        !answer.to_string().contains("panic"),
        "no internals leak: {answer}"
    );
    let second = client.say(&client_says("Hello?")).await;
    assert_eq!(second["reply_to"], 2);
}

fn assert_fallback_fits(answer: &Value, signal: &str) {
    let fallback = &answer["fallback_suggestion"];
    let questions = fallback["questions"]
        .as_array()
        .expect("a fallback suggestion");
    assert!((2..=3).contains(&questions.len()));
    let signals = fallback["signals_detected"].as_array().unwrap();
    assert!(
        signals.contains(&json!(signal)),
        "fallback fits the message: {answer}"
    );
}

#[tokio::test]
async fn past_max_pending_messages_a_message_is_stored_and_answered_backpressure() {
    let provider = ScriptedProvider::new(Duration::from_millis(300), Script::Answer);
    let mut settings = test_settings();
    settings.ws.max_pending_messages = 1;
    let app = spawn_app_with(settings, Some(provider)).await;
    let (mut client, init) = app.connect_init("").await;
    for i in 1..=4 {
        client
            .send_json(&client_says(&format!("message {i}")))
            .await;
    }
    let mut answers = Vec::new();
    for _ in 0..4 {
        answers.push(client.recv_json().await);
    }
    let mut replied: Vec<u64> = answers
        .iter()
        .map(|a| a["reply_to"].as_u64().unwrap())
        .collect();
    replied.sort_unstable();
    assert_eq!(
        replied,
        vec![1, 2, 3, 4],
        "exactly one answer per message: {answers:?}"
    );
    let refused: Vec<&Value> = answers
        .iter()
        .filter(|a| a["error_code"] == "BACKPRESSURE")
        .collect();
    assert!(!refused.is_empty(), "{answers:?}");
    assert!(
        refused
            .iter()
            .all(|a| a["fallback_suggestion"]["questions"].is_array())
    );
    let id = init["session_id"].as_str().unwrap();
    let (_, info) = app.get(&format!("/ws/sessions/{id}")).await;
    assert_eq!(info["message_count"], 4, "refused messages are stored too");
}

#[tokio::test]
async fn an_accepted_message_is_stored_before_the_provider_answers() {
    let provider = ScriptedProvider::new(Duration::from_secs(30), Script::Answer);
    let app = spawn_app_with(test_settings(), Some(provider.clone())).await;
    let (mut client, init) = app.connect_init("").await;
    client.send_json(&client_says("Please remember this")).await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    let stored = wait_for(|| async {
        let (_, info) = app.get(&format!("/ws/sessions/{id}")).await;
        info["message_count"] == 1
    })
    .await;
    assert!(
        stored,
        "the message is stored while the provider still works"
    );
    client.close().await;
    let (_, init) = app.connect_init(&format!("session_id={id}")).await;
    assert_eq!(
        init["history_length"], 1,
        "a disconnect loses no accepted message"
    );
    let cancelled = wait_for(|| async { provider.cancelled.load(Ordering::SeqCst) == 1 }).await;
    assert!(
        cancelled,
        "closing the connection cancels its in-flight call"
    );
    assert_eq!(provider.finished.load(Ordering::SeqCst), 0);
}
