//! Long calls at the fake upstream, what the summary remembers: a fact from
//! message 3 still there at message 400 (LLM or analyzer), summarizer failures
//! that never touch a suggestion, a summary kept in Redis.

use serde_json::{Value, json};

use crate::fake_llm::Step;
use crate::helpers::{RedisServer, TestApp, spawn_app, spawn_redis_app, wait_for};
use crate::long_call::{
    FACT_NAME, FACT_NUMBER, SUMMARIZER_PROMPT, answer_to, is_orchestrator, message, play,
    prompt_of, upstream_app,
};

/// A scripted summarizer: the new messages word for word the first time, then
/// the summary so far and which messages it went through; so the fact of
/// message 3 survives only if each summary is handed back to the next fold.
pub fn scripted_summarizer(prompt: &str) -> String {
    let section = |title: &str| {
        let start = prompt.find(title).map_or(prompt.len(), |i| i + title.len());
        let rest = &prompt[start..];
        rest[..rest.find("\n## ").unwrap_or(rest.len())]
            .trim()
            .to_owned()
    };
    let previous = section("## Summary so far");
    let messages = section("## New messages to fold into the summary (oldest first)");
    let seqs: Vec<&str> = messages
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    let summary = if previous.starts_with("(none yet") {
        messages.replace('\n', " ")
    } else {
        format!(
            "{previous} Then messages {} to {}.",
            seqs.first().unwrap_or(&"?"),
            seqs.last().unwrap_or(&"?")
        )
    };
    json!({ "summary": summary }).to_string()
}

/// The session's info, as an operator sees it.
async fn session_info(app: &TestApp, id: &str) -> Value {
    let (status, info) = app.get(&format!("/ws/sessions/{id}")).await;
    assert_eq!(status, 200, "{info}");
    info
}

/// Waits until the session's summary covers message `seq`; the info then.
async fn summary_through(app: &TestApp, id: &str, seq: u64) -> Value {
    let covered = || async {
        session_info(app, id).await["summary"]["through_seq"]
            .as_u64()
            .unwrap_or(0)
            >= seq
    };
    let info_now = wait_for(covered).await;
    let info = session_info(app, id).await;
    assert!(info_now, "the summary never covered message {seq}: {info}");
    info
}

#[tokio::test]
async fn a_fact_from_message_3_is_in_the_summary_at_message_400_with_a_scripted_summarizer() {
    let app = upstream_app(|_| {}).await;
    app.llm
        .when_prompt_contains(SUMMARIZER_PROMPT, Step::computed(scripted_summarizer));
    let (mut client, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();

    play(&mut client, 400).await;

    let info = summary_through(&app, &id, 340).await;
    let summary = &info["summary"];
    assert_eq!(summary["source"], "llm", "{summary}");
    let text = summary["text"].as_str().unwrap();
    assert!(
        text.contains(FACT_NAME) && text.contains(FACT_NUMBER),
        "{text}"
    );
    let last = app
        .llm
        .recorded()
        .into_iter()
        .rev()
        .find(is_orchestrator)
        .unwrap();
    assert!(prompt_of(&last).contains(&format!("Summary of earlier messages: {}", &text[..40])));
}

#[tokio::test]
async fn a_fact_from_message_3_is_in_the_summary_at_message_400_with_the_local_summarizer() {
    let app = spawn_app().await;
    let (mut client, init) = app.connect_init("").await;
    let id = init["session_id"].as_str().unwrap().to_owned();

    play(&mut client, 400).await;

    let info = summary_through(&app, &id, 340).await;
    let summary = &info["summary"];
    assert_eq!(summary["source"], "local", "{summary}");
    let text = summary["text"].as_str().unwrap();
    assert!(
        text.contains(FACT_NAME) && text.contains(FACT_NUMBER),
        "{text}"
    );
    assert_eq!(info["message_count"], 400);
}

#[tokio::test]
async fn summarizer_failures_never_block_or_fail_a_suggestion() {
    let failures = [
        ("an error", Step::status(500)),
        (
            "garbage",
            Step::answer("Sure! Here is a summary: they talked."),
        ),
        ("no answer", Step::reply(crate::fake_llm::Reply::Hang)),
    ];
    for (what, failure) in failures {
        let app = upstream_app(|_| {}).await;
        app.llm.when_prompt_contains(SUMMARIZER_PROMPT, failure);
        let (mut client, init) = app.connect_init("").await;
        let id = init["session_id"].as_str().unwrap().to_owned();

        let answers = play(&mut client, 120).await;

        for answer in &answers {
            assert_eq!(answer["type"], "suggestion", "{what}: {answer}");
            assert_eq!(answer["meta"]["source"], "llm", "{what}: {answer}");
            let latency = answer["meta"]["latency_ms"].as_u64().unwrap();
            assert!(latency < 1000, "{what}: answered in {latency} ms");
        }
        let info = summary_through(&app, &id, 60).await;
        assert_eq!(info["summary"]["source"], "local", "{what}: {info}");
        let text = info["summary"]["text"].as_str().unwrap();
        assert!(text.contains(FACT_NAME), "{what}: {text}");
    }
}

#[tokio::test]
#[cfg_attr(not(callshadow_redis), ignore = "needs redis-server (not installed)")]
async fn a_summary_is_kept_in_redis_and_resumed_on_another_instance() {
    let redis = RedisServer::start();
    let a = spawn_redis_app(&redis, "instance-a", |_| {}).await;
    let b = spawn_redis_app(&redis, "instance-b", |_| {}).await;
    let id = "long-call-in-redis";
    let (mut client, _) = a.connect_init(&format!("session_id={id}")).await;
    play(&mut client, 60).await;
    let on_a = summary_through(&a, id, 20).await;
    client.close().await;

    let on_b = session_info(&b, id).await;
    assert_eq!(on_b["summary"], on_a["summary"], "from Redis: {on_b}");
    let (mut again, init) = b.connect_init(&format!("session_id={id}")).await;
    let through = on_a["summary"]["through_seq"].as_u64().unwrap();
    assert_eq!(init["history_length"], 60 - through, "{init}");
    again.send_json(&message(61)).await;
    assert_eq!(answer_to(&mut again, 61).await["type"], "suggestion");
    let held = b.state.sessions.local(id).unwrap();
    let earlier = callshadow::session::lock(&held).earlier().clone();
    let summary = earlier.summary.expect("the summary came with the session");
    assert!(summary.text.contains(FACT_NAME), "{}", summary.text);
    assert_eq!(
        earlier.tally.messages(),
        through,
        "the folded messages are counted"
    );
}
