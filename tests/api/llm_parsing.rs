//! What the LLM answers, and what the client sees of it: parsing, streaming
//! timeouts and cuts, and no secret anywhere.

use std::time::Duration;

use callshadow::config::ProviderChoice;
use serde_json::json;

use crate::fake_llm::{DEFAULT_SUGGESTION, Reply, Step};
use crate::helpers::{API_KEY, CapturedLogs, PASSWORD, default_suggestion, spawn_llm_app};

#[tokio::test]
async fn fenced_and_prose_wrapped_json_are_parsed() {
    for content in [
        format!("```json\n{DEFAULT_SUGGESTION}\n```"),
        format!("Sure, here is what I suggest: {DEFAULT_SUGGESTION} Good luck with the call!"),
    ] {
        let app = spawn_llm_app(ProviderChoice::OpenAi, |_| {}).await;
        let fake = &app.llm;
        fake.set_default(Step::answer(&content));
        let answer = app.ask("Hello").await;
        assert_eq!(answer["data"], default_suggestion(), "{content}");
    }
}

#[tokio::test]
async fn a_single_question_is_topped_up_to_two() {
    let app = spawn_llm_app(ProviderChoice::OpenAi, |_| {}).await;
    let fake = &app.llm;
    fake.set_default(Step::answer(
        r#"{"questions":["  Only one?  "],"recommended_direction":"Go on."}"#,
    ));
    let answer = app.ask("I'm confused").await;
    let questions = answer["data"]["questions"].as_array().unwrap();
    assert_eq!(questions.len(), 2, "{answer}");
    assert_eq!(questions[0], "Only one?");
}

#[tokio::test]
async fn garbage_is_a_parsing_error_with_a_fallback_and_the_raw_output_stays_in_the_log() {
    let app = spawn_llm_app(ProviderChoice::OpenAi, |_| {}).await;
    let fake = &app.llm;
    fake.set_default(Step::answer(
        "I would suggest asking about their GARBAGE-MARKER budget.",
    ));
    let (logs, _guard) = CapturedLogs::start();
    let answer = app.ask("What does it cost?").await;
    assert_eq!(answer["error_code"], "PARSING_ERROR", "{answer}");
    assert!(answer["fallback_suggestion"]["questions"].is_array());
    assert!(
        !answer.to_string().contains("GARBAGE-MARKER"),
        "no raw output in the frame"
    );
    assert!(
        logs.text().contains("GARBAGE-MARKER"),
        "the raw output is logged"
    );
    assert_eq!(fake.requests(), 1, "a parsing error is not retried");
}

#[tokio::test]
async fn a_stream_without_a_first_token_in_time_is_retried() {
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.stream = true;
        settings.llm.ttft_timeout = Duration::from_millis(200);
    })
    .await;
    let fake = &app.llm;
    fake.push(Step::answer(DEFAULT_SUGGESTION).with_ttft(Duration::from_secs(2)));
    let answer = app.ask("Hello").await;
    assert_eq!(answer["data"], default_suggestion(), "{answer}");
    assert_eq!(fake.requests(), 2);
}

#[tokio::test]
async fn a_stream_cut_after_its_first_token_is_an_error_with_a_fallback_never_a_truncated_suggestion()
 {
    let app = spawn_llm_app(ProviderChoice::OpenAi, |settings| {
        settings.llm.stream = true;
    })
    .await;
    let fake = &app.llm;
    fake.push(Step::reply(Reply::StreamCut {
        content: DEFAULT_SUGGESTION.to_owned(),
        after_chunks: 3,
    }));
    let answer = app.ask("Hello").await;
    assert_eq!(answer["error_code"], "LLM_ERROR", "{answer}");
    assert_eq!(answer["details"]["cause"], "stream_cut");
    assert!(answer["fallback_suggestion"]["questions"].is_array());
    assert_eq!(fake.requests(), 1, "not retried after the first token");
}

#[tokio::test]
async fn secrets_never_reach_logs_frames_or_debug_output() {
    let (logs, _guard) = CapturedLogs::start();
    let openai = spawn_llm_app(ProviderChoice::OpenAi, |_| {}).await;
    openai.llm.push(Step::status(401));
    let aiyou = spawn_llm_app(ProviderChoice::AiYou, |_| {}).await;
    let debug = format!("{:?}", openai.state.settings);
    let first = openai.ask("Hello").await;
    let second = aiyou.ask("Hello").await;
    let text = logs.text();
    assert!(
        text.contains("DEBUG") || text.contains("TRACE"),
        "logs were captured at debug level"
    );
    for secret in [API_KEY, PASSWORD, "tok-1"] {
        assert!(!text.contains(secret), "{secret} leaked into the logs");
        assert!(!debug.contains(secret), "{secret} leaked into Debug output");
        for frame in [&first, &second] {
            assert!(
                !frame.to_string().contains(secret),
                "{secret} leaked into {frame}"
            );
        }
    }
    assert_eq!(second["type"], json!("suggestion"));
}
