//! The embedded analyzer's understanding of the conversation, through a real
//! WebSocket: a session's suggestions do not repeat a question while the entry
//! has unused ones (across a resume too), the stage of the call chooses the
//! advice, and fallbacks during an LLM outage give what the local provider
//! gives.

use std::collections::BTreeSet;

use callshadow::config::ProviderChoice;
use serde_json::{Value, json};

use crate::fake_llm::Step;
use crate::helpers::{
    Client, RedisServer, TestApp, repo, spawn_app, spawn_llm_app, spawn_redis_app, wait_for,
};

/// A client utterance with its sentiment.
fn says(text: &str, sentiment: &str) -> Value {
    json!({ "text": text, "speaker": "client", "sentiment": sentiment, "emotion": "neutral" })
}

/// Sends `message` and returns the frame that answers it (`closing` frames,
/// which come beside answers, are skipped).
async fn answer(client: &mut Client, message: &Value) -> Value {
    client.send_json(message).await;
    loop {
        let frame = client.recv_json().await;
        if frame["type"] != "closing" {
            return frame;
        }
    }
}

/// The questions a suggestion or an error's fallback suggests.
fn questions(frame: &Value) -> Vec<String> {
    let suggestion = if frame["type"] == "suggestion" {
        &frame["data"]
    } else {
        &frame["fallback_suggestion"]
    };
    let list = suggestion["questions"].as_array().expect("questions");
    list.iter()
        .map(|q| q.as_str().expect("a question").to_owned())
        .collect()
}

fn direction(frame: &Value) -> String {
    let suggestion = if frame["type"] == "suggestion" {
        &frame["data"]
    } else {
        &frame["fallback_suggestion"]
    };
    suggestion["recommended_direction"]
        .as_str()
        .expect("a direction")
        .to_owned()
}

/// `path` (such as `en.situations.closing.neutral.questions`) in the shipped playbook.
fn playbook_list(path: &str) -> Vec<String> {
    let text = std::fs::read_to_string(repo("prompts/playbook.toml")).unwrap();
    let mut value: toml::Value = toml::from_str(&text).unwrap();
    for key in path.split('.') {
        value = value.get(key).unwrap_or_else(|| panic!("{path}")).clone();
    }
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// Whether `direction` is one of the entry's directions (an outage's note may follow).
fn is_direction_of(direction: &str, entry: &str) -> bool {
    playbook_list(&format!("{entry}.directions"))
        .iter()
        .any(|d| direction.starts_with(d.as_str()))
}

const DISCOVERY: &str = "We take calls all day, mostly inbound.";

#[tokio::test]
async fn a_session_never_repeats_a_question_while_the_entry_has_unused_ones() {
    // Arrange: the discovery entry has six questions.
    let app = spawn_app().await;
    let pool = playbook_list("en.situations.discovery.neutral.questions");
    let (mut client, _) = app.connect_init("").await;

    // Act
    let first = questions(&answer(&mut client, &says(DISCOVERY, "neutral")).await);
    let second = questions(&answer(&mut client, &says(DISCOVERY, "neutral")).await);
    let third = questions(&answer(&mut client, &says(DISCOVERY, "neutral")).await);

    // Assert: six different questions, then the least recently suggested again.
    let asked: BTreeSet<&String> = first.iter().chain(&second).collect();
    assert_eq!(asked.len(), 6, "{first:?} then {second:?}");
    assert!(asked.iter().all(|q| pool.contains(q)));
    let first_set: BTreeSet<&String> = first.iter().collect();
    let third_set: BTreeSet<&String> = third.iter().collect();
    assert_eq!(third_set, first_set, "the oldest come back first");
}

#[tokio::test]
async fn a_resume_with_last_seq_keeps_the_memory_of_the_questions_suggested() {
    // Arrange
    let app = spawn_app().await;
    let (mut client, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();
    let before = questions(&answer(&mut client, &says(DISCOVERY, "neutral")).await);
    client.close().await;
    assert!(app.all_connections_ended().await);

    // Act
    let (mut client, init) = app
        .connect_init(&format!("session_id={id}&last_seq=1"))
        .await;
    let after = questions(&answer(&mut client, &says(DISCOVERY, "neutral")).await);

    // Assert
    assert_eq!(init["resumed"], true);
    assert!(
        after.iter().all(|q| !before.contains(q)),
        "{before:?} then {after:?}"
    );
}

/// An objection (or a readiness to close) three turns before a neutral message.
async fn neutral_after(app: &TestApp, first: &Value) -> Value {
    let (mut client, _) = app.connect_init("").await;
    answer(&mut client, first).await;
    answer(&mut client, &says("We have forty agents.", "neutral")).await;
    answer(
        &mut client,
        &says("About two hundred calls a day.", "neutral"),
    )
    .await;
    answer(&mut client, &says("Mostly inbound.", "neutral")).await
}

#[tokio::test]
async fn the_stage_of_the_call_chooses_the_advice_for_a_neutral_message() {
    let app = spawn_app().await;
    let objection = says("Honestly, that's way too expensive for us.", "negative");
    let ready = says("Let's do it, send me the contract.", "positive");

    let after_objection = neutral_after(&app, &objection).await;
    let after_readiness = neutral_after(&app, &ready).await;

    let (a, b) = (questions(&after_objection), questions(&after_readiness));
    assert!(a.iter().all(|q| !b.contains(q)), "{a:?} / {b:?}");
    assert!(is_direction_of(
        &direction(&after_objection),
        "en.situations.objection_handling.neutral"
    ));
    assert!(is_direction_of(
        &direction(&after_readiness),
        "en.situations.closing.neutral"
    ));
    for frame in [&after_objection, &after_readiness] {
        assert_eq!(frame["data"]["signals_detected"], json!([]), "{frame}");
    }
}

/// The answers a session gets to `script`, one message after the other.
async fn session_answers(app: &TestApp, script: &[Value]) -> Vec<Value> {
    let (mut client, _) = app.connect_init("").await;
    let mut answers = Vec::with_capacity(script.len());
    for message in script {
        answers.push(answer(&mut client, message).await);
    }
    answers
}

#[tokio::test]
async fn fallbacks_during_an_llm_outage_give_what_the_local_provider_gives() {
    // Arrange: the same call, on the local provider and on an LLM that fails.
    let script = [
        says("Honestly, that's way too expensive for us.", "negative"),
        says("We have forty agents.", "neutral"),
        says("About two hundred calls a day.", "neutral"),
        says("Mostly inbound.", "neutral"),
        says("Mostly inbound.", "neutral"),
    ];
    let local = spawn_app().await;
    let outage = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.max_retries = 0;
    })
    .await;
    outage.llm.set_default(Step::status(503));

    // Act
    let expected = session_answers(&local, &script).await;
    let fallbacks = session_answers(&outage, &script).await;

    // Assert: the same questions (so no repeat either), the same stage's advice.
    for (fallback, local) in fallbacks.iter().zip(&expected) {
        assert!(
            fallback["type"] == "error" || fallback["meta"]["source"] == "fallback",
            "{fallback}"
        );
        assert_eq!(questions(fallback), questions(local), "{fallback}");
        assert!(direction(fallback).starts_with(&direction(local)));
    }
    let last = fallbacks.last().unwrap();
    assert!(is_direction_of(
        &direction(last),
        "en.situations.objection_handling.neutral"
    ));
    let asked: Vec<String> = fallbacks[..3].iter().flat_map(questions).collect();
    let distinct: BTreeSet<&String> = asked.iter().collect();
    assert_eq!(distinct.len(), asked.len(), "{asked:?}");
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn a_session_resumed_on_another_instance_does_not_repeat_the_questions_it_was_suggested() {
    // Arrange: one answer on instance a, which then lets the session go.
    let redis = RedisServer::start();
    let a = spawn_redis_app(&redis, "instance-a", |_| {}).await;
    let b = spawn_redis_app(&redis, "instance-b", |_| {}).await;
    let (mut client, _) = a.connect_init("session_id=remembering-1").await;
    let before = questions(&answer(&mut client, &says(DISCOVERY, "neutral")).await);
    client.close().await;
    let released = || async {
        let (_, info) = b.get("/ws/sessions/remembering-1").await;
        info["connected"] == json!(false)
    };
    assert!(wait_for(released).await, "instance a released the session");

    // Act
    let (mut client, init) = b.connect_init("session_id=remembering-1&last_seq=1").await;
    let after = questions(&answer(&mut client, &says(DISCOVERY, "neutral")).await);

    // Assert
    assert_eq!(init["resumed"], true);
    assert!(
        after.iter().all(|q| !before.contains(q)),
        "{before:?} then {after:?}"
    );
}
